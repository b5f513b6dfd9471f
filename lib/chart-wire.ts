// The indicator chart's series as the server sends them to the browser. The
// chart is a client component, so its props travel in React's payload beside
// the HTML the server renders from them; a series of hundreds of points, each
// an object with its link and accessible name spelled out, was ~250 kB there.
// Packed, a point is a short tuple; its axis text is listed once per period,
// its link and its name are rebuilt in the browser by unpackChart, so both
// sides draw the same ChartSeries (lib/chart-layout.ts).
import type { ChartPoint, ChartSeries } from "./chart-layout";

/** date, index into `periods`, value, the value as text (qualifier and unit), PLAN | BOUND, article id, claim id. */
export type PackedPoint = [date: string, period: number, value: number, text: string, flags: number, articleId: number | null, claimId: number];

export interface PackedChart {
  /** Each period drawn, once: as written (2025-Q1) and its axis text (2025年一季度). */
  periods: [period: string | null, tick: string][];
  /** A point's accessible name: `${series.who} ${tick} ${reported|planned}: ${text}`. */
  words: { reported: string; planned: string };
  /** `?lang=en` on English pages: what a source link carries after the article id (lib/links.ts claimHref). */
  linkQuery: string;
  series: (Omit<ChartSeries, "points"> & { who: string; points: PackedPoint[] })[];
}

export const PLAN = 1;
export const BOUND = 2;

/** What the server knows of a point beyond ChartPoint's drawing fields. */
export interface PointSource {
  date: string;
  period: string | null;
  tick: string;
  value: number;
  text: string;
  plan: boolean;
  bound: boolean;
  articleId: number | null;
  claimId: number;
}

export function packChart(
  series: (Omit<ChartSeries, "points"> & { who: string; points: PointSource[] })[],
  words: PackedChart["words"],
  linkQuery: string,
): PackedChart {
  const periods: PackedChart["periods"] = [];
  const index = new Map<string, number>();
  const periodOf = (p: PointSource) => {
    const key = `${p.period ?? ""}\u0000${p.tick}`;
    let i = index.get(key);
    if (i === undefined) index.set(key, (i = periods.push([p.period, p.tick]) - 1));
    return i;
  };
  return {
    periods,
    words,
    linkQuery,
    series: series.map((s) => ({
      ...s,
      points: s.points.map((p): PackedPoint => [p.date, periodOf(p), p.value, p.text, (p.plan ? PLAN : 0) | (p.bound ? BOUND : 0), p.articleId, p.claimId]),
    })),
  };
}

export function unpackChart(c: PackedChart): ChartSeries[] {
  return c.series.map(({ who, points, ...s }) => ({
    ...s,
    points: points.map(([date, pi, value, text, flags, articleId, claimId]): ChartPoint => {
      const [period, tick] = c.periods[pi];
      const plan = (flags & PLAN) !== 0;
      return {
        date,
        tick,
        period,
        value,
        plan,
        bound: (flags & BOUND) !== 0,
        href: articleId === null ? null : `/articles/${articleId}${c.linkQuery}#claim-${claimId}`,
        label: `${who} ${tick} ${plan ? c.words.planned : c.words.reported}: ${text}`,
        claimId,
      };
    }),
  }));
}
