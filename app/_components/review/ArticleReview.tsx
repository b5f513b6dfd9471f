// The article page's review section. Everyone sees each claim's review state
// and audit log (who changed what, when); a signed-in editor also gets the
// edit controls, rejected claims (to restore them), the add form and the
// metric mapping form. With no WRITE_SECRET, no control and no sign-in renders.
import { getDb } from "@/db/client";
import { articleReview, indicatorChoices, type ReviewClaim } from "@/db/review/article";
import type { AuditEntry } from "@/db/review/claims";
import { dict, formatValue, localName, qualifierPrefix, SECTOR_NAMES, type Lang } from "@/lib/i18n";
import { REVIEW_TEXT, type ReviewText } from "@/lib/review/strings";
import { AddClaimForm } from "./AddClaimForm";
import { ClaimEditor } from "./ClaimEditor";
import { editorState } from "./editor";
import { MapMetricForm } from "./MapMetricForm";
import { SigninNotice } from "./SigninNotice";

export async function ArticleReview({ articleId, lang, path }: { articleId: number; lang: Lang; path: string }) {
  const t = REVIEW_TEXT[lang];
  const who = await editorState();
  const db = await getDb();
  const claims = await articleReview(db, articleId);
  const shown = who.editor ? claims : claims.filter((c) => c.audit.length > 0 && c.reviewState !== "rejected");
  if (!who.writable && shown.length === 0) return null;

  const indicators = who.editor
    ? (await indicatorChoices(db)).map((i) => ({ id: i.id, name: localName(i, lang) }))
    : [];
  const sectorNames = Object.fromEntries(Object.entries(SECTOR_NAMES).map(([k, v]) => [k, v[lang]]));
  const qualifierNames = dict(lang).qualifierNames;
  const next = lang === "en" ? `${path}?lang=en` : path;
  const mapped = new Set<string>();

  return (
    <section aria-labelledby="h-review" data-testid="review" style={{ marginTop: "2rem" }}>
      <h2 id="h-review">{t.review}</h2>
      {who.writable && !who.editor && (
        <details data-testid="editor-signin">
          <summary>{t.editorSignin}</summary>
          <SigninNotice text={t.signinFailed} />
          <form method="post" action="/api/claims/session">
            <input type="hidden" name="next" value={next} />
            <label htmlFor="editor-secret">{t.editorSecret}</label>{" "}
            <input id="editor-secret" name="secret" type="password" autoComplete="current-password" required />{" "}
            <label htmlFor="editor-name">{t.editorName}</label> <input id="editor-name" name="name" maxLength={40} size={12} />{" "}
            <button type="submit">{t.signIn}</button>
          </form>
        </details>
      )}
      {who.editor && (
        <form method="post" action="/api/claims/session" className="actions">
          <span>
            {t.signedInAs}
            <strong>{who.name}</strong>
          </span>
          <input type="hidden" name="next" value={next} />
          <input type="hidden" name="signout" value="1" />
          <button type="submit">{t.signOut}</button>
        </form>
      )}
      {who.editor && <p className="sub">{t.reviewHint}</p>}
      {shown.length === 0 && <p className="sub">{t.noHistory}</p>}
      <ul className="claims">
        {shown.map((c) => {
          const canMap = who.editor && !c.indicatorId && !mapped.has(`${c.metric}\u0000${c.unit}`);
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
              {c.original && <OriginalNote original={c.original} t={t} lang={lang} />}
              <AuditLog entries={c.audit} t={t} />
              {who.editor && (
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
      {who.editor && (
        <AddClaimForm articleId={articleId} indicators={indicators} lang={lang} sectorNames={sectorNames} qualifierNames={qualifierNames} />
      )}
    </section>
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
            <time dateTime={e.at}>{e.at.slice(0, 16).replace("T", " ")}</time> · <strong>{e.actor}</strong> · {t.actions[e.action] ?? e.action}
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
