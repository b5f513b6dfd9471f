"use client";
// Marks a number the extractor missed: the editor selects (or pastes) its span
// of the article text and fills in the record.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { REVIEW_TEXT } from "@/lib/review/strings";
import type { Lang } from "@/lib/i18n";
import { send } from "./api";
import { ClaimFieldsInputs, toFields, type FieldValues, type IndicatorChoice } from "./ClaimFieldsInputs";

const EMPTY: FieldValues = {
  value: "",
  unit: "",
  qualifier: "eq",
  metric: "",
  subject: "",
  sector: "macro",
  indicatorId: "",
  period: "",
  area: "",
  status: "actual",
  cumulative: false,
};

export function AddClaimForm({
  articleId,
  indicators,
  lang,
  sectorNames,
  qualifierNames,
}: {
  articleId: number;
  indicators: IndicatorChoice[];
  lang: Lang;
  sectorNames: Record<string, string>;
  qualifierNames: Record<string, string>;
}) {
  const t = REVIEW_TEXT[lang];
  const router = useRouter();
  const [quote, setQuote] = useState("");
  const [occurrence, setOccurrence] = useState("0");
  const [values, setValues] = useState(EMPTY);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const fields = toFields(values);
    if (!fields) return setMessage(`${t.failed}${t.value}`);
    const r = await send("POST", "/api/claims", { ...fields, articleId, quote: quote.trim(), occurrence: Number(occurrence) || 0 });
    setMessage(r.ok ? t.saved : `${t.failed}${r.error}`);
    if (r.ok) {
      setQuote("");
      setValues(EMPTY);
      startTransition(() => router.refresh());
    }
  };

  return (
    <details data-testid="add-claim">
      <summary>{t.addClaim}</summary>
      <form onSubmit={submit}>
        <p className="sub">{t.addHint}</p>
        <p>
          <label htmlFor="add-quote">{t.quote}</label>
          <br />
          <input id="add-quote" value={quote} onChange={(e) => setQuote(e.target.value)} required size={40} maxLength={300} />{" "}
          <button type="button" onClick={() => setQuote(window.getSelection()?.toString().trim() ?? "")}>
            {t.useSelection}
          </button>{" "}
          <label htmlFor="add-occurrence">{t.occurrence}</label>{" "}
          <input id="add-occurrence" value={occurrence} onChange={(e) => setOccurrence(e.target.value)} inputMode="numeric" size={3} />
        </p>
        <ClaimFieldsInputs idPrefix="add" values={values} onChange={setValues} indicators={indicators} sectorNames={sectorNames} qualifierNames={qualifierNames} t={t} />
        <div className="actions">
          <button type="submit" disabled={pending}>
            {t.add}
          </button>
          {message && <span role="status">{message}</span>}
        </div>
      </form>
    </details>
  );
}
