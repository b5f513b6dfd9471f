// When do two figures for the same indicator, subject and period disagree?
// Each claim stands for an interval of values it allows: 3100万吨 is exactly
// that, 超3000万吨 is anything above 3000万, 约3000万 is ±APPROX of it. Each
// interval is widened by half the tolerance on each side, so two exact figures
// agree when they are within TOLERANCE of each other. Two claims agree when
// their intervals meet. Intervals on a line have the Helly property: a group
// of claims all agree pairwise exactly when max(lo) ≤ min(hi), so a group's
// conflict is witnessed by the claim with the highest floor and the one with
// the lowest ceiling — the SQL in db/review/conflicts.ts counts with the same
// rule, and tests check the two against each other.

export const TOLERANCE = 0.02;
/** How much 约/近/左右 allows either way. */
export const APPROX = 0.05;

export interface Comparable {
  value: number;
  qualifier: string;
  unit: string;
}

export interface Bounds {
  lo: number;
  hi: number;
}

/** The widened interval a claim allows. */
export function bounds(c: Comparable, tolerance = TOLERANCE): Bounds {
  const slack = Math.abs(c.value) * (tolerance / 2) + absoluteSlack(c.unit);
  switch (c.qualifier) {
    case "gt":
    case "gte":
      return { lo: c.value - slack, hi: Infinity };
    case "lt":
      return { lo: -Infinity, hi: c.value + slack };
    case "approx": {
      const wide = Math.abs(c.value) * APPROX + slack;
      return { lo: c.value - wide, hi: c.value + wide };
    }
    default:
      return { lo: c.value - slack, hi: c.value + slack };
  }
}

/**
 * Percentages are rounded to one decimal in print (5.2% vs 5.25%): half a
 * rounding step either way so two roundings of the same rate agree.
 */
export function absoluteSlack(unit: string): number {
  return unit === "%" || unit === "百分点" ? 0.05 : 0;
}

export function agree(a: Comparable, b: Comparable, tolerance = TOLERANCE): boolean {
  if (a.unit !== b.unit) return true; // not comparable, so not a conflict
  const x = bounds(a, tolerance);
  const y = bounds(b, tolerance);
  return x.lo <= y.hi && y.lo <= x.hi;
}

/** The pair that proves a group disagrees (highest floor, lowest ceiling), or null when all agree. */
export function findConflict<T extends Comparable>(group: readonly T[], tolerance = TOLERANCE): [T, T] | null {
  let top: T | undefined;
  let topLo = -Infinity;
  let bottom: T | undefined;
  let bottomHi = Infinity;
  for (const c of group) {
    const b = bounds(c, tolerance);
    if (top === undefined || b.lo > topLo) [top, topLo] = [c, b.lo];
    if (bottom === undefined || b.hi < bottomHi) [bottom, bottomHi] = [c, b.hi];
  }
  if (!top || !bottom || top === bottom || topLo <= bottomHi) return null;
  return [bottom, top];
}
