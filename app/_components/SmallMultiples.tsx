// The overview's small multiples: one sparkline per series with at least two
// points (lib/models/overview.ts smallMultiples; a single point is no trend,
// the key-indicators table has it). On a phone the first few show and a plain
// "more" link (#charts-all, CSS :target, no JavaScript) shows the rest, so the
// overview fits in about three screens.
import Link from "next/link";
import { areaLabel } from "@/lib/area-en";
import { countOf, dict, formatValue, localName, periodText, qualifierPrefix, sectorName, unitName, type Lang } from "@/lib/i18n";
import type { SmallMultiple } from "@/lib/models/overview";
import { href, INDICATOR_PARAMS, type ViewState } from "@/lib/url-state";
import { PointTable } from "./PointTable";
import { Sparkline } from "./Sparkline";

const TEXT = {
  zh: { more: (n: number) => `显示全部图表（另有 ${n} 个）` },
  en: { more: (n: number) => `Show all charts (${n} more)` },
};

/** On a phone, this many sparklines show before the "more" link (globals.css: .grid > .card:nth-child(n + 3)). */
export const PHONE_CHARTS = 2;

export function indicatorLink(g: Pick<SmallMultiple, "ind" | "areaCode">, state: ViewState): string {
  // The series' own area (under area=all, each card opens its area).
  const area = state.area === "all" ? (g.areaCode ?? "all") : state.area;
  return href(`/indicators/${g.ind.id}`, { ...state, area }, INDICATOR_PARAMS);
}

export function SmallMultiples({ groups, lang, state }: { groups: SmallMultiple[]; lang: Lang; state: ViewState }) {
  const t = dict(lang);
  const hidden = Math.max(0, groups.length - PHONE_CHARTS);
  return (
    <div id="charts-all" className="multiples" data-testid="small-multiples">
      <div className="legend" aria-hidden="true">
        <span>{t.reported}</span>
        <span className="l-plan">{t.planned}</span>
        <span className="l-bound">{t.lowerBound}</span>
      </div>
      <div className="grid" data-testid="chart-grid">
        {groups.map((g) => (
          <SmallChart key={`${g.ind.id}|${g.areaCode}`} g={g} lang={lang} state={state} />
        ))}
      </div>
      {hidden > 0 && (
        <p className="more-link">
          <a href="#charts-all" data-testid="more-charts">
            {TEXT[lang].more(hidden)}
          </a>
        </p>
      )}
    </div>
  );
}

function SmallChart({ g, lang, state }: { g: SmallMultiple; lang: Lang; state: ViewState }) {
  const t = dict(lang);
  const name = localName(g.ind, lang);
  const where = areaLabel(g.area, lang) ?? t.noArea;
  const moreHref = indicatorLink(g, state);
  const meta = (
    <div className="meta">
      {where} · {sectorName(g.ind.sector, lang)} · {unitName(g.ind.unit, lang) ? `${unitName(g.ind.unit, lang)} · ` : ""}
      {g.events ? t.eventsPer.quarter : t.freqNames[g.freq]}
    </div>
  );
  const head = (
    <h3>
      <Link href={moreHref}>{name}</Link>
      {state.area === "all" && <span className="sub"> · {where}</span>}
    </h3>
  );
  if (g.events) {
    const bars = g.events.map((b) => ({ date: b.date, value: b.sum, status: "actual", qualifier: b.lowerBound ? "gt" : "eq" }));
    const lastB = g.events[g.events.length - 1];
    return (
      <article className="card" data-testid="small-chart" data-indicator={g.ind.id} data-sector={g.ind.sector} data-area={g.areaCode ?? ""} data-kind="event">
        {head}
        {meta}
        <Sparkline bars points={bars} label={`${t.chartOf}${name} · ${where}, ${t.eventsPer.quarter}, ${countOf(bars.length, "points", lang)}`} />
        {lastB && (
          <div className="meta">
            {periodText(lastB.bucket, "quarter", lastB.date, lang)}: {lastB.lowerBound ? qualifierPrefix("gt", lang) : ""}
            {formatValue(lastB.sum, g.ind.unit, lang)} · {countOf(lastB.count, "events", lang)}
          </div>
        )}
        <p className="sub">
          <Link href={moreHref}>{t.eventsList} →</Link>
        </p>
      </article>
    );
  }
  const lastP = g.points[g.points.length - 1];
  return (
    <article className="card" data-testid="small-chart" data-indicator={g.ind.id} data-sector={g.ind.sector} data-area={g.areaCode ?? ""} data-freq={g.freq}>
      {head}
      {meta}
      <Sparkline points={g.points} label={`${t.chartOf}${name} · ${where}, ${countOf(g.points.length, "points", lang)}`} />
      {lastP && (
        <div className="meta">
          {periodText(lastP.period, lastP.freq, lastP.date, lang)}: {qualifierPrefix(lastP.qualifier, lang)}
          {formatValue(lastP.value, g.ind.unit, lang)}
          {lastP.status === "plan" ? ` (${t.plan})` : ""}
        </div>
      )}
      <PointTable points={g.points} unit={g.ind.unit} lang={lang} caption={`${name} · ${where}`} last={4} moreHref={moreHref} showArea={state.area === "all"} />
    </article>
  );
}
