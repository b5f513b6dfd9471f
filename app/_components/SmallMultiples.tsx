// The overview's small multiples: a sparkline only for a series with at least
// two points (a single dot is no trend); the series with one point are one row
// each of a compact table. On a phone the first few of each show, and a plain
// "more" link (#charts-all, CSS :target, no JavaScript) shows the rest, so the
// overview fits in about three screens.
import Link from "next/link";
import type { EventBucket, Freq, IndicatorInfo, SeriesPoint } from "@/db/queries";
import { dict, formatValue, localName, qualifierPrefix, sectorName, unitName, type Lang } from "@/lib/i18n";
import { claimHref } from "@/lib/links";
import { href, INDICATOR_PARAMS, type ViewState } from "@/lib/url-state";
import { PointTable } from "./PointTable";
import { Sparkline } from "./Sparkline";

/** One indicator in one area, with the kind of period its chart draws (the overview's group). */
export interface SmallMultiple {
  ind: IndicatorInfo;
  areaCode: string | null;
  area: string | null;
  freq: Freq;
  /** The points of `freq` (plans included). */
  points: SeriesPoint[];
  events?: EventBucket[];
}

const TEXT = {
  zh: {
    single: "只有一个数据点的指标",
    singleNote: "一个数据点还看不出走势：这些指标只列出最新的数字。",
    more: (n: number) => `显示全部（另有 ${n} 项）`,
    indicator: "指标",
    latest: "最新数值",
  },
  en: {
    single: "Indicators with one data point",
    singleNote: "One point shows no trend: these indicators list their latest figure only.",
    more: (n: number) => `Show all (${n} more)`,
    indicator: "Indicator",
    latest: "Latest figure",
  },
};

/** On a phone, this many sparklines and table rows show before the "more" link. */
export const PHONE_CHARTS = 2;
export const PHONE_ROWS = 4;

const pointCount = (g: SmallMultiple) => (g.events ? g.events.length : g.points.length);

export function indicatorLink(g: Pick<SmallMultiple, "ind" | "areaCode">, state: ViewState): string {
  // The series' own area (under area=all, each card opens its area).
  const area = state.area === "all" ? (g.areaCode ?? "all") : state.area;
  return href(`/indicators/${g.ind.id}`, { ...state, area }, INDICATOR_PARAMS);
}

export function SmallMultiples({ groups, lang, state }: { groups: SmallMultiple[]; lang: Lang; state: ViewState }) {
  const t = dict(lang);
  const x = TEXT[lang];
  const trends = groups.filter((g) => pointCount(g) >= 2);
  const singles = groups.filter((g) => pointCount(g) < 2);
  const hidden = Math.max(0, trends.length - PHONE_CHARTS) + Math.max(0, singles.length - PHONE_ROWS);
  const showArea = state.area === "all";
  return (
    <div id="charts-all" className="multiples" data-testid="small-multiples">
      {trends.length > 0 && (
        <>
          <div className="legend" aria-hidden="true">
            <span>{t.reported}</span>
            <span className="l-plan">{t.planned}</span>
            <span className="l-bound">{t.lowerBound}</span>
          </div>
          <div className="grid" data-testid="chart-grid">
            {trends.map((g) => (
              <SmallChart key={`${g.ind.id}|${g.areaCode}`} g={g} lang={lang} state={state} />
            ))}
          </div>
        </>
      )}
      {singles.length > 0 && (
        <section aria-labelledby="h-single" data-testid="single-points">
          <h3 id="h-single">
            {x.single} ({singles.length})
          </h3>
          <p className="sub singles-note">{x.singleNote}</p>
          <div className="table-scroll">
            <table className="singles">
              <thead>
                <tr>
                  <th scope="col">{x.indicator}</th>
                  {showArea && <th scope="col">{t.area}</th>}
                  <th scope="col" className="num">
                    {x.latest}
                  </th>
                  <th scope="col">{t.period}</th>
                </tr>
              </thead>
              <tbody>
                {singles.map((g) => (
                  <SingleRow key={`${g.ind.id}|${g.areaCode}`} g={g} lang={lang} state={state} showArea={showArea} />
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      {hidden > 0 && (
        <p className="more-link">
          <a href="#charts-all" data-testid="more-charts">
            {x.more(hidden)}
          </a>
        </p>
      )}
    </div>
  );
}

function SingleRow({ g, lang, state, showArea }: { g: SmallMultiple; lang: Lang; state: ViewState; showArea: boolean }) {
  const t = dict(lang);
  const b = g.events?.[g.events.length - 1];
  const p = g.points[g.points.length - 1];
  const link = p ? claimHref(p.articleId, p.claimId, lang) : null;
  const value = b
    ? `${b.lowerBound ? qualifierPrefix("gt", lang) : ""}${formatValue(b.sum, g.ind.unit, lang)}`
    : p
      ? `${qualifierPrefix(p.qualifier, lang)}${formatValue(p.value, g.ind.unit, lang)}`
      : "—";
  return (
    // The test id names a series shown on the overview, drawn or listed (the browser tests find series by it).
    <tr data-testid="small-chart" data-kind="single" data-indicator={g.ind.id} data-sector={g.ind.sector} data-area={g.areaCode ?? ""}>
      <td>
        <Link href={indicatorLink(g, state)}>{localName(g.ind, lang)}</Link>
      </td>
      {showArea && <td>{g.area ?? t.noArea}</td>}
      <td className="num">
        {link ? <a href={link}>{value}</a> : value}
        {p?.status === "plan" ? ` (${t.plan})` : ""}
      </td>
      <td>{b ? `${b.bucket} · ${t.eventsPer.quarter}` : (p?.period ?? p?.date ?? "—")}</td>
    </tr>
  );
}

function SmallChart({ g, lang, state }: { g: SmallMultiple; lang: Lang; state: ViewState }) {
  const t = dict(lang);
  const name = localName(g.ind, lang);
  const where = g.area ?? t.noArea;
  const moreHref = indicatorLink(g, state);
  const meta = (
    <div className="meta">
      {where} · {sectorName(g.ind.sector, lang)} · {unitName(g.ind.unit, lang) || g.ind.unit} · {g.events ? t.eventsPer.quarter : t.freqNames[g.freq]}
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
        <Sparkline bars points={bars} label={`${t.chartOf}${name} · ${where}, ${t.eventsPer.quarter}, ${bars.length} ${t.points}`} />
        {lastB && (
          <div className="meta">
            {lastB.bucket}: {lastB.lowerBound ? qualifierPrefix("gt", lang) : ""}
            {formatValue(lastB.sum, g.ind.unit, lang)} · {lastB.count} {t.eventsCount}
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
      <Sparkline points={g.points} label={`${t.chartOf}${name} · ${where}, ${g.points.length} ${t.points}`} />
      {lastP && (
        <div className="meta">
          {lastP.period ?? lastP.date}: {qualifierPrefix(lastP.qualifier, lang)}
          {formatValue(lastP.value, g.ind.unit, lang)}
          {lastP.status === "plan" ? ` (${t.plan})` : ""}
        </div>
      )}
      <PointTable points={g.points} unit={g.ind.unit} lang={lang} caption={`${name} · ${where}`} last={4} moreHref={moreHref} showArea={state.area === "all"} />
    </article>
  );
}
