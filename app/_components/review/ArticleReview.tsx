// The article page's review section. Everyone sees each claim's review state
// and audit log (who changed what, when); a signed-in editor also gets the
// edit controls, rejected claims (to restore them), the add form and the
// metric mapping form. Each corrected claim says who corrected it and when
// ("由 张三 更正 · 2026-12-01 10:32"), from the audit trail's account name.
import { getDb } from "@/db/client";
import { articleReview, indicatorChoices, type ReviewClaim } from "@/db/review/article";
import { groupBySector } from "@/lib/indicator-groups";
import type { AuditEntry } from "@/db/review/claims";
import { dict, formatValue, localName, qualifierPrefix, SECTOR_NAMES, type Lang } from "@/lib/i18n";
import { REVIEW_TEXT, type ReviewText } from "@/lib/review/strings";
import { AddClaimForm } from "./AddClaimForm";
import { ClaimEditor } from "./ClaimEditor";
import { editorState } from "./editor";
import { EditorBar } from "./EditorBar";
import { MapMetricForm } from "./MapMetricForm";

export async function ArticleReview({ articleId, lang, path }: { articleId: number; lang: Lang; path: string }) {
  const t = REVIEW_TEXT[lang];
  const who = await editorState();
  const editor = who.account !== null;
  const db = await getDb();
  const claims = await articleReview(db, articleId);
  const shown = editor ? claims : claims.filter((c) => c.audit.length > 0 && c.reviewState !== "rejected");
  if (!who.writable && shown.length === 0) return null;

  const indicators = editor
    ? // Every indicator (an editor may file a figure under one nobody has reported yet), by sector in catalogue order.
      groupBySector(await indicatorChoices(db), lang).flatMap((g) => g.indicators.map((i) => ({ id: i.id, name: localName(i, lang), group: g.name })))
    : [];
  const sectorNames = Object.fromEntries(Object.entries(SECTOR_NAMES).map(([k, v]) => [k, v[lang]]));
  const qualifierNames = dict(lang).qualifierNames;
  const next = lang === "en" ? `${path}?lang=en` : path;
  const mapped = new Set<string>();

  return (
    <section aria-labelledby="h-review" data-testid="review" style={{ marginTop: "2rem" }}>
      <h2 id="h-review">{t.review}</h2>
      <EditorBar who={who} next={next} lang={lang} />
      {editor && <p className="sub">{t.reviewHint}</p>}
      {shown.length === 0 && <p className="sub">{t.noHistory}</p>}
      <ul className="claims">
        {shown.map((c) => {
          const canMap = editor && !c.indicatorId && !mapped.has(`${c.metric}\u0000${c.unit}`);
          if (canMap) mapped.add(`${c.metric}\u0000${c.unit}`);
          return (
            <li key={c.id} id={`review-${c.id}`} data-testid="review-claim" data-claim-id={c.id} data-review-state={c.reviewState}>
              <a href={`#claim-${c.id}`}>
                <strong>
                  {qualifierPrefix(c.qualifier, lang)}
                  {formatValue(c.value, c.unit, lang)}
                </strong>
              </a>{" "}
              · {c.metric} <span className="pill">{t.states[c.reviewState] ?? c.reviewState}</span>
              <blockquote>{c.quote}</blockquote>
              <CorrectedBy entries={c.audit} t={t} />
              {c.original && <OriginalNote original={c.original} t={t} lang={lang} />}
              <AuditLog entries={c.audit} t={t} />
              {editor && (
                <ClaimEditor claim={c} indicators={indicators} lang={lang} sectorNames={sectorNames} qualifierNames={qualifierNames} />
              )}
              {canMap && (
                <MapMetricForm
                  metric={c.metric}
                  unit={c.unit}
                  sector={c.sector}
                  indicators={indicators}
                  lang={lang}
                  sectorNames={sectorNames}
                  idPrefix={`map-${c.id}`}
                />
              )}
            </li>
          );
        })}
      </ul>
      {editor && (
        <AddClaimForm articleId={articleId} indicators={indicators} lang={lang} sectorNames={sectorNames} qualifierNames={qualifierNames} />
      )}
    </section>
  );
}

/** The audit's time as the page shows it: Beijing time, minutes (2026-12-01 10:32). */
export function auditTime(at: string): string {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return at;
  return new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace("T", " ");
}

/** "由 张三 更正 · 2026-12-01 10:32": the latest correction of the claim, by account name. */
export function CorrectedBy({ entries, t }: { entries: AuditEntry[]; t: ReviewText }) {
  const last = entries.filter((e) => e.action === "correct").at(-1);
  if (!last) return null;
  return (
    <p className="meta" data-testid="corrected-by" data-user-id={last.userId ?? undefined}>
      <time dateTime={last.at}>{t.correctedBy(last.actor, auditTime(last.at))}</time>
    </p>
  );
}

function OriginalNote({ original, t, lang }: { original: Record<string, unknown>; t: ReviewText; lang: Lang }) {
  const value = typeof original.value === "number" ? original.value : null;
  const unit = typeof original.unit === "string" ? original.unit : "";
  const qualifier = typeof original.qualifier === "string" ? original.qualifier : "eq";
  return (
    <div className="meta">
      {t.original}: {value === null ? "—" : `${qualifierPrefix(qualifier, lang)}${formatValue(value, unit, lang)}`} ·{" "}
      {String(original.metric ?? "")}
    </div>
  );
}

function show(v: unknown): string {
  if (v === null || v === undefined) return "—";
  return typeof v === "string" ? v : JSON.stringify(v);
}

export function AuditLog({ entries, t }: { entries: AuditEntry[]; t: ReviewText }) {
  if (entries.length === 0) return null;
  return (
    <details open={entries.length <= 3} data-testid="audit-log">
      <summary>
        {t.history} ({entries.length})
      </summary>
      <ol style={{ margin: "0.25rem 0", paddingLeft: "1.25rem", fontSize: "0.9rem" }}>
        {entries.map((e) => (
          <li key={e.id}>
            <time dateTime={e.at}>{auditTime(e.at)}</time> · <strong>{e.actor}</strong> · {t.actions[e.action] ?? e.action}
            {Object.keys(e.after).length > 0 && (
              <>
                {": "}
                {Object.entries(e.after)
                  .filter(([k]) => e.action !== "add" || k === "value" || k === "unit")
                  .map(([k, v]) => `${k} ${e.before && k in e.before ? `${show(e.before[k])} → ` : ""}${show(v)}`)
                  .join("; ")}
              </>
            )}
          </li>
        ))}
      </ol>
    </details>
  );
}

export type { ReviewClaim };
