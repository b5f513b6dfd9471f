// Open data conflicts on the overview. An editors' worklist, so only a
// signed-in editor sees the banner (the count and a link to each indicator
// that has some) at the top; a reader gets at most one line below the
// indicators, without links, saying that some figures disagree and are being
// checked. The first screen is the reader's indicators, and keyboard users do
// not tab through an editor's links to reach the filters.
import { getDb } from "@/db/client";
import { listIndicators } from "@/db/queries";
import { openConflictsByIndicator } from "@/db/review/conflicts";
import { localName, type Lang } from "@/lib/i18n";
import { REVIEW_TEXT } from "@/lib/review/strings";
import { editorState } from "./editor";

const READER_NOTE = {
  zh: (n: number) => `有 ${n} 处数字与其他报道不一致，正在核对。`,
  en: (n: number) => `${n} figure${n === 1 ? " disagrees" : "s disagree"} between reports: being checked.`,
};

/** `place="banner"`: the editors' banner (renders nothing for readers); `place="note"`: the readers' line (nothing for editors). */
export async function OpenConflicts({ lang, place }: { lang: Lang; place: "banner" | "note" }) {
  const { account } = await editorState();
  if ((place === "banner") !== (account !== null)) return null;
  const t = REVIEW_TEXT[lang];
  const db = await getDb();
  const byIndicator = await openConflictsByIndicator(db);
  const total = byIndicator.reduce((n, x) => n + x.open, 0);
  if (place === "note") {
    if (total === 0) return null;
    return (
      <p className="sub conflicts-note" data-testid="open-conflicts-note" data-count={total}>
        {READER_NOTE[lang](total)}
      </p>
    );
  }
  const names = new Map((await listIndicators(db)).map((i) => [i.id, localName(i, lang)]));
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
