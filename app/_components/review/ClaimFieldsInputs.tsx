"use client";
// The claim record's fields as form inputs, shared by the edit and add forms.
import { QUALIFIERS, SECTORS, STATUSES } from "@/extract/types";
import type { ReviewText } from "@/lib/review/strings";

export interface FieldValues {
  value: string;
  unit: string;
  qualifier: string;
  metric: string;
  subject: string;
  sector: string;
  indicatorId: string;
  period: string;
  area: string;
  status: string;
  cumulative: boolean;
}

export interface IndicatorChoice {
  id: string;
  name: string;
  /** The sector's name: choices come in catalogue order, one <optgroup> per sector. */
  group?: string;
}

/** The choices as options, one group per sector (consecutive choices of one group). */
export function IndicatorOptions({ indicators }: { indicators: IndicatorChoice[] }) {
  const groups: { name: string; items: IndicatorChoice[] }[] = [];
  for (const i of indicators) {
    const last = groups[groups.length - 1];
    if (last && last.name === (i.group ?? "")) last.items.push(i);
    else groups.push({ name: i.group ?? "", items: [i] });
  }
  const options = (items: IndicatorChoice[]) =>
    items.map((i) => (
      <option key={i.id} value={i.id}>
        {i.name} ({i.id})
      </option>
    ));
  return (
    <>
      {groups.map((g, k) =>
        g.name ? (
          <optgroup key={`${g.name}-${k}`} label={g.name}>
            {options(g.items)}
          </optgroup>
        ) : (
          options(g.items)
        ),
      )}
    </>
  );
}

const box: React.CSSProperties = { display: "flex", flexWrap: "wrap", gap: "0.5rem 0.75rem", alignItems: "flex-end" };
const label: React.CSSProperties = { display: "flex", flexDirection: "column", fontSize: "0.85rem", gap: "0.15rem" };

export function ClaimFieldsInputs({
  idPrefix,
  values,
  onChange,
  indicators,
  sectorNames,
  qualifierNames,
  t,
}: {
  idPrefix: string;
  values: FieldValues;
  onChange: (v: FieldValues) => void;
  indicators: IndicatorChoice[];
  sectorNames: Record<string, string>;
  qualifierNames: Record<string, string>;
  t: ReviewText;
}) {
  const set = <K extends keyof FieldValues>(k: K, v: FieldValues[K]) => onChange({ ...values, [k]: v });
  const id = (k: string) => `${idPrefix}-${k}`;
  return (
    <div style={box}>
      <label style={label} htmlFor={id("value")}>
        {t.value}
        <input id={id("value")} name="value" inputMode="decimal" value={values.value} onChange={(e) => set("value", e.target.value)} required size={14} />
      </label>
      <label style={label} htmlFor={id("unit")}>
        {t.unit}
        <input id={id("unit")} name="unit" value={values.unit} onChange={(e) => set("unit", e.target.value)} required size={6} />
      </label>
      <label style={label} htmlFor={id("qualifier")}>
        {t.qualifier}
        <select id={id("qualifier")} name="qualifier" value={values.qualifier} onChange={(e) => set("qualifier", e.target.value)}>
          {QUALIFIERS.map((q) => (
            <option key={q} value={q}>
              {q}
              {qualifierNames[q] ? ` (${qualifierNames[q]})` : ""}
            </option>
          ))}
        </select>
      </label>
      <label style={label} htmlFor={id("metric")}>
        {t.metric}
        <input id={id("metric")} name="metric" value={values.metric} onChange={(e) => set("metric", e.target.value)} required size={12} />
      </label>
      <label style={label} htmlFor={id("area")}>
        {t.area}
        {/* A full name or a code; the server checks it against the gazetteer (the gazetteer stays out of the browser bundle). */}
        <input id={id("area")} name="area" value={values.area} onChange={(e) => set("area", e.target.value)} size={8} placeholder="衢江区 / 330803" />
      </label>
      <label style={label} htmlFor={id("subject")}>
        {t.subject}
        <input id={id("subject")} name="subject" value={values.subject} onChange={(e) => set("subject", e.target.value)} size={12} />
      </label>
      <label style={label} htmlFor={id("sector")}>
        {t.sector}
        <select id={id("sector")} name="sector" value={values.sector} onChange={(e) => set("sector", e.target.value)}>
          {SECTORS.map((s) => (
            <option key={s} value={s}>
              {sectorNames[s] ?? s}
            </option>
          ))}
        </select>
      </label>
      <label style={label} htmlFor={id("indicator")}>
        {t.indicator}
        <select id={id("indicator")} name="indicatorId" value={values.indicatorId} onChange={(e) => set("indicatorId", e.target.value)}>
          <option value="">{t.noIndicator}</option>
          <IndicatorOptions indicators={indicators} />
        </select>
      </label>
      <label style={label} htmlFor={id("period")}>
        {t.period}
        <input id={id("period")} name="period" value={values.period} onChange={(e) => set("period", e.target.value)} size={10} pattern="\d{4}(-(0[1-9]|1[0-2])(-\d{2})?|-Q[1-4]|-H[12])?" />
      </label>
      <label style={label} htmlFor={id("status")}>
        {t.status}
        <select id={id("status")} name="status" value={values.status} onChange={(e) => set("status", e.target.value)}>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {s === "plan" ? t.plan : t.actual}
            </option>
          ))}
        </select>
      </label>
      <label style={{ ...label, flexDirection: "row", alignItems: "center" }} htmlFor={id("cumulative")}>
        <input id={id("cumulative")} type="checkbox" name="cumulative" checked={values.cumulative} onChange={(e) => set("cumulative", e.target.checked)} />
        {t.cumulative}
      </label>
    </div>
  );
}

/** Form values → the API's fields; null when the value is not a number. */
export function toFields(v: FieldValues) {
  const value = Number(v.value.replace(/[,\s]/g, ""));
  if (!Number.isFinite(value) || v.value.trim() === "") return null;
  return {
    value,
    unit: v.unit.trim(),
    qualifier: v.qualifier,
    metric: v.metric.trim(),
    subject: v.subject.trim() || null,
    sector: v.sector,
    indicatorId: v.indicatorId || null,
    period: v.period.trim() || null,
    area: v.area.trim() || null,
    status: v.status,
    cumulative: v.cumulative,
  };
}
