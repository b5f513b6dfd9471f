// 同比: the change against the same period a year earlier. Stated growth (the
// `_growth` indicator of the same area and period) wins; else it is computed
// from the level a year earlier of the same kind of period — never across
// kinds (a month is not compared with a year-to-date total).
import type { SeriesPoint } from "@/db/queries";
import { formatPeriod, parsePeriod, periodEnd, yearBefore } from "@/extract/time/period";
import type { PeriodKind } from "@/extract/types";

export type YoyPoint = Pick<SeriesPoint, "value" | "qualifier" | "freq" | "period" | "date" | "claimId" | "articleId">;

export type Yoy =
  | { source: "stated"; value: number; unit: "%"; qualifier: string; claimId: number; articleId: number | null }
  /** Computed: percent change of a level, or the difference in percentage points of a rate. */
  | { source: "computed"; value: number; unit: "%" | "pp"; prevPeriod: string | null; claimId: number; articleId: number | null };

/** The written period and end date a year before a point's (same kind), or null when its period cannot be read. */
export function yearBeforeKey(p: Pick<SeriesPoint, "period" | "freq">): { period: string; date: string } | null {
  const parsed = parsePeriod(p.period, p.freq as PeriodKind);
  if (!parsed || parsed.kind !== p.freq) return null;
  const before = yearBefore(parsed);
  const period = formatPeriod(before);
  const date = periodEnd(period, before.kind);
  return date ? { period, date } : null;
}

/**
 * `level` is the point of the row; `growth` the growth indicator's point of the
 * same area (any kind: only one on the same kind and date counts); `earlier`
 * the level's points to look a year back in. `rate`: the indicator is a
 * percentage itself, so its change is in percentage points.
 */
export function yoyOf(level: YoyPoint, growth: YoyPoint[], earlier: YoyPoint[], rate: boolean): Yoy | null {
  const stated = growth.find((g) => g.freq === level.freq && g.date === level.date);
  if (stated) return { source: "stated", value: stated.value, unit: "%", qualifier: stated.qualifier, claimId: stated.claimId, articleId: stated.articleId };
  const want = yearBeforeKey(level);
  if (!want) return null;
  const prev = earlier.find((p) => p.freq === level.freq && p.date === want.date);
  if (!prev) return null;
  if (rate) return { source: "computed", value: level.value - prev.value, unit: "pp", prevPeriod: prev.period, claimId: prev.claimId, articleId: prev.articleId };
  if (prev.value === 0) return null;
  return {
    source: "computed",
    value: ((level.value - prev.value) / Math.abs(prev.value)) * 100,
    unit: "%",
    prevPeriod: prev.period,
    claimId: prev.claimId,
    articleId: prev.articleId,
  };
}
