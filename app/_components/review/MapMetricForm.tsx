"use client";
// Maps a metric phrase with no indicator to an existing indicator or a new one.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { MEASURES, SECTORS } from "@/extract/types";
import { REVIEW_TEXT } from "@/lib/review/strings";
import type { Lang } from "@/lib/i18n";
import { send } from "./api";
import { IndicatorOptions, type IndicatorChoice } from "./ClaimFieldsInputs";

export function MapMetricForm({
  metric,
  unit,
  sector,
  indicators,
  lang,
  sectorNames,
  idPrefix,
}: {
  metric: string;
  unit: string;
  sector: string;
  indicators: IndicatorChoice[];
  lang: Lang;
  sectorNames: Record<string, string>;
  idPrefix: string;
}) {
  const t = REVIEW_TEXT[lang];
  const router = useRouter();
  const [existing, setExisting] = useState("");
  const [fresh, setFresh] = useState({ id: "", nameZh: metric, nameEn: "", sector, measure: "level" });
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const id = (k: string) => `${idPrefix}-${k}`;

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const body = existing
      ? { metric, indicatorId: existing }
      : { metric, indicatorId: fresh.id.trim(), create: { nameZh: fresh.nameZh, nameEn: fresh.nameEn, sector: fresh.sector, unit, measure: fresh.measure } };
    const r = await send("POST", "/api/mappings", body);
    setMessage(r.ok ? t.saved : `${t.failed}${r.error}`);
    if (r.ok) startTransition(() => router.refresh());
  };

  return (
    <details data-testid="map-metric">
      <summary>
        {t.mapMetric}: 「{metric}」 ({unit})
      </summary>
      <form onSubmit={submit}>
        <p className="sub">{t.mapHint}</p>
        <p>
          <label htmlFor={id("existing")}>{t.existingIndicator}</label>{" "}
          <select id={id("existing")} value={existing} onChange={(e) => setExisting(e.target.value)}>
            <option value="">—</option>
            <IndicatorOptions indicators={indicators} />
          </select>
        </p>
        {!existing && (
          <fieldset>
            <legend>{t.newIndicator}</legend>
            <label htmlFor={id("id")}>{t.newId}</label>{" "}
            <input id={id("id")} value={fresh.id} onChange={(e) => setFresh({ ...fresh, id: e.target.value })} required size={28} />{" "}
            <label htmlFor={id("zh")}>{t.nameZh}</label>{" "}
            <input id={id("zh")} value={fresh.nameZh} onChange={(e) => setFresh({ ...fresh, nameZh: e.target.value })} required size={12} />{" "}
            <label htmlFor={id("en")}>{t.nameEn}</label>{" "}
            <input id={id("en")} value={fresh.nameEn} onChange={(e) => setFresh({ ...fresh, nameEn: e.target.value })} required size={16} />{" "}
            <label htmlFor={id("sector")}>{t.sector}</label>{" "}
            <select id={id("sector")} value={fresh.sector} onChange={(e) => setFresh({ ...fresh, sector: e.target.value })}>
              {SECTORS.map((s) => (
                <option key={s} value={s}>
                  {sectorNames[s] ?? s}
                </option>
              ))}
            </select>{" "}
            <label htmlFor={id("measure")}>{t.measure}</label>{" "}
            <select id={id("measure")} value={fresh.measure} onChange={(e) => setFresh({ ...fresh, measure: e.target.value })}>
              {MEASURES.map((m) => (
                <option key={m} value={m}>
                  {m}
                </option>
              ))}
            </select>
          </fieldset>
        )}
        <div className="actions">
          <button type="submit" disabled={pending}>
            {t.map}
          </button>
          {message && <span role="status">{message}</span>}
        </div>
      </form>
    </details>
  );
}
