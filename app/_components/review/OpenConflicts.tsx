// The overview's count of open data conflicts, with a link to each indicator that has some.
import { getDb } from "@/db/client";
import { listIndicators } from "@/db/queries";
import { openConflictsByIndicator } from "@/db/review/conflicts";
import { localName, type Lang } from "@/lib/i18n";
import { REVIEW_TEXT } from "@/lib/review/strings";

export async function OpenConflicts({ lang }: { lang: Lang }) {
  const t = REVIEW_TEXT[lang];
  const db = await getDb();
  const [byIndicator, indicators] = await Promise.all([openConflictsByIndicator(db), listIndicators(db)]);
  const total = byIndicator.reduce((n, x) => n + x.open, 0);
  const names = new Map(indicators.map((i) => [i.id, localName(i, lang)]));
  const q = lang === "en" ? "?lang=en" : "";
  return (
    <p className="sub" data-testid="open-conflicts" data-count={total}>
      {total === 0 ? (
        t.openConflictsNone
      ) : (
        <>
          {t.openConflicts}: <strong>{total}</strong> ·{" "}
          {byIndicator.slice(0, 8).map((x, i) => (
            <span key={x.indicatorId}>
              {i > 0 ? (lang === "zh" ? "、" : ", ") : ""}
              <a href={`/indicators/${encodeURIComponent(x.indicatorId)}${q}#h-conflicts`}>{names.get(x.indicatorId) ?? x.indicatorId}</a> ({x.open})
            </span>
          ))}
        </>
      )}
    </p>
  );
}
