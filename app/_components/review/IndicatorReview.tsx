// The indicator page's data-quality section: conflicting figures (both quotes,
// both links), each dated target against its reported result, and the latest
// corrections by name ("由 张三 更正 · 2026-12-01 10:32").
import { getDb } from "@/db/client";
import { recentCorrections } from "@/db/review/claims";
import { indicatorConflicts, type ConflictClaim } from "@/db/review/conflicts";
import { indicatorTargets, type TargetClaim } from "@/db/review/targets";
import { formatValue, periodText, qualifierPrefix, type Lang } from "@/lib/i18n";
import { claimHref } from "@/lib/links";
import { REVIEW_TEXT } from "@/lib/review/strings";
import { auditTime } from "./ArticleReview";

const claimLink = (c: { articleId: number | null; id: number }, lang: Lang) => claimHref(c.articleId, c.id, lang);

type Figured = Pick<ConflictClaim | TargetClaim, "id" | "articleId" | "quote" | "value" | "unit" | "qualifier">;

function Figure({ c, lang }: { c: Figured; lang: Lang }) {
  const link = claimLink(c, lang);
  const value = `${qualifierPrefix(c.qualifier, lang)}${formatValue(c.value, c.unit, lang)}`;
  return (
    <>
      <strong>{link ? <a href={link}>{value}</a> : value}</strong>
      <blockquote style={{ margin: "0.2rem 0 0.4rem" }}>{link ? <a href={link}>{c.quote}</a> : c.quote}</blockquote>
    </>
  );
}

const RESULT_COLOR: Record<string, string> = { met: "#006b4f", not_met: "#a63d00", pending: "#5b6570" };

/** What the section shows. Reads of the trigger-kept conflict groups and of index ranges: nothing to cache in the process. */
export async function loadIndicatorReview(indicatorId: string) {
  const db = await getDb();
  return Promise.all([indicatorConflicts(db, indicatorId), indicatorTargets(db, indicatorId), recentCorrections(db, indicatorId)]);
}

/** `data`: the section's reads, started by the page beside its own (else read here, after the page's). */
export async function IndicatorReview({ indicatorId, lang, data }: { indicatorId: string; lang: Lang; data?: ReturnType<typeof loadIndicatorReview> }) {
  const t = REVIEW_TEXT[lang];
  const [conflicts, targets, corrections] = await (data ?? loadIndicatorReview(indicatorId));
  return (
    <>
      <section aria-labelledby="h-conflicts" data-testid="conflicts">
        <h2 id="h-conflicts">
          {t.conflicts} ({conflicts.filter((c) => c.open).length})
        </h2>
        <p className="sub">{t.conflictsHint}</p>
        {conflicts.length === 0 ? (
          <p className="sub">{t.noConflicts}</p>
        ) : (
          <ul className="claims">
            {conflicts.map((c) => (
              <li key={`${c.subject}|${c.period}|${c.unit}`} data-testid="conflict" data-period={c.period} data-claims={c.pair.map((p) => p.id).join(" ")}>
                <div className="meta">
                  {periodText(c.period, null, null, lang)} · {c.subject ?? t.subjectNone} · <span className="pill">{c.open ? t.open : t.resolved}</span>
                </div>
                <Figure c={c.pair[0]} lang={lang} />
                <div className="meta">{t.versus}</div>
                <Figure c={c.pair[1]} lang={lang} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="h-targets" data-testid="targets">
        <h2 id="h-targets">{t.targets}</h2>
        <p className="sub">{t.targetsHint}</p>
        {targets.length === 0 ? (
          <p className="sub">{t.noTargets}</p>
        ) : (
          <ul className="claims">
            {targets.map((x) => {
              const ratio = x.actual && x.plan.value > 0 ? Math.max(0, Math.min(1.5, x.actual.value / x.plan.value)) : 0;
              return (
                <li key={x.plan.id} data-testid="target" data-result={x.result}>
                  <div className="meta">
                    {periodText(x.plan.period, null, null, lang)}
                    {x.plan.subject ? ` · ${x.plan.subject}` : ""} ·{" "}
                    <strong style={{ color: RESULT_COLOR[x.result] }}>{t.results[x.result]}</strong>
                  </div>
                  {t.target}: <Figure c={x.plan} lang={lang} />
                  {x.actual && (
                    <>
                      {t.result}: <Figure c={x.actual} lang={lang} />
                    </>
                  )}
                  {x.actual && (
                    // The target drawn as a bar: reported value against it (100% = target).
                    <svg width="240" height="14" role="img" aria-label={`${Math.round(ratio * 100)}%`}>
                      <rect x="0" y="3" width="160" height="8" fill="#eef1f4" />
                      <rect x="0" y="3" width={Math.min(240, 160 * ratio)} height="8" fill={RESULT_COLOR[x.result]} />
                      <line x1="160" x2="160" y1="0" y2="14" stroke="#1f2933" strokeWidth="2" />
                    </svg>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>
      {corrections.length > 0 && (
        <section aria-labelledby="h-corrections" data-testid="corrections">
          <h2 id="h-corrections">{t.recentCorrections}</h2>
          <ul className="claims">
            {corrections.map((c) => (
              <li key={c.claimId} data-testid="correction" data-claim-id={c.claimId}>
                <Figure c={{ ...c, id: c.claimId }} lang={lang} />
                <p className="meta" data-testid="corrected-by">
                  <time dateTime={c.at}>{t.correctedBy(c.actor, auditTime(c.at))}</time>
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
