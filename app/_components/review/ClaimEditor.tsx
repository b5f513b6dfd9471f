"use client";
// Edit controls for one claim (rendered only for a signed-in editor): correct
// any field, confirm, reject or restore. Sends only the fields that changed.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { REVIEW_TEXT } from "@/lib/review/strings";
import type { ReviewClaim } from "@/db/review/article";
import type { Lang } from "@/lib/i18n";
import { send } from "./api";
import { ClaimFieldsInputs, toFields, type FieldValues, type IndicatorChoice } from "./ClaimFieldsInputs";

/** What the editor needs of a claim: the server's review record less its quote and history. */
export type EditableClaim = Omit<ReviewClaim, "quote" | "original" | "audit">;

export function ClaimEditor({
  claim,
  indicators,
  lang,
  sectorNames,
  qualifierNames,
}: {
  claim: EditableClaim;
  indicators: IndicatorChoice[];
  lang: Lang;
  sectorNames: Record<string, string>;
  qualifierNames: Record<string, string>;
}) {
  const t = REVIEW_TEXT[lang];
  const router = useRouter();
  const initial: FieldValues = {
    value: String(claim.value),
    unit: claim.unit,
    qualifier: claim.qualifier,
    metric: claim.metric,
    subject: claim.subject ?? "",
    sector: claim.sector,
    indicatorId: claim.indicatorId ?? "",
    period: claim.period ?? "",
    area: claim.area ?? "",
    status: claim.status,
    cumulative: claim.cumulative,
  };
  const [values, setValues] = useState(initial);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const done = (r: { ok: true } | { ok: false; error: string }) => {
    setMessage(r.ok ? t.saved : `${t.failed}${r.error}`);
    if (r.ok) startTransition(() => router.refresh());
  };

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    const fields = toFields(values);
    if (!fields) return setMessage(`${t.failed}${t.value}`);
    const before = toFields(initial)!;
    const patch = Object.fromEntries(Object.entries(fields).filter(([k, v]) => before[k as keyof typeof before] !== v));
    if (Object.keys(patch).length === 0) return setMessage(t.saved);
    done(await send("PATCH", `/api/claims/${claim.id}`, patch));
  };
  const act = async (action: "confirm" | "reject" | "restore") => done(await send("POST", `/api/claims/${claim.id}/review`, { action }));

  return (
    <form onSubmit={save} data-testid="claim-editor" data-claim-id={claim.id} aria-label={`${t.edit} #${claim.id}`} style={{ margin: "0.5rem 0" }}>
      <ClaimFieldsInputs
        idPrefix={`edit-${claim.id}`}
        values={values}
        onChange={setValues}
        indicators={indicators}
        sectorNames={sectorNames}
        qualifierNames={qualifierNames}
        t={t}
      />
      <div className="actions">
        <button type="submit" disabled={pending}>
          {t.save}
        </button>
        {claim.reviewState === "rejected" ? (
          <button type="button" onClick={() => act("restore")} disabled={pending}>
            {t.restore}
          </button>
        ) : (
          <>
            {claim.reviewState === "auto" && (
              <button type="button" onClick={() => act("confirm")} disabled={pending}>
                {t.confirm}
              </button>
            )}
            <button type="button" onClick={() => act("reject")} disabled={pending}>
              {t.reject}
            </button>
          </>
        )}
        {message && <span role="status">{message}</span>}
      </div>
    </form>
  );
}
