// Calendar days as plain values. The one place that knows month lengths,
// leap years and the YYYY-MM-DD form; everything else in extract/ and db/
// asks here.

export interface YMD {
  y: number;
  m: number;
  d: number;
}

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

const pad2 = (n: number) => String(n).padStart(2, "0");

/** Days in month `m` (1–12) of year `y`. */
export function lastDay(y: number, m: number): number {
  // Day 0 of the next month is the last day of this one (UTC: no DST drift).
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) && y >= MIN_YEAR && y <= MAX_YEAR && m >= 1 && m <= 12 && d >= 1 && d <= lastDay(y, m);
}

export function formatYMD({ y, m, d }: YMD): string {
  return `${String(y).padStart(4, "0")}-${pad2(m)}-${pad2(d)}`;
}

/** A real calendar day written YYYY-MM-DD, else null. */
export function parseYMD(s: string | null | undefined): YMD | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s ?? "");
  if (!m) return null;
  const ymd = { y: +m[1], m: +m[2], d: +m[3] };
  return isValidDay(ymd.y, ymd.m, ymd.d) ? ymd : null;
}

export function compareYMD(a: YMD, b: YMD): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

/** Days since 1970-01-01 (UTC): days as numbers, for spans and distances. */
export function dayIndex(t: YMD): number {
  return Date.UTC(t.y, t.m - 1, t.d) / 86_400_000;
}

export function daysBetween(a: YMD, b: YMD): number {
  return dayIndex(b) - dayIndex(a);
}

/** The month `delta` months from (y, m). */
export function addMonths(y: number, m: number, delta: number): { y: number; m: number } {
  const i = y * 12 + (m - 1) + delta;
  return { y: Math.floor(i / 12), m: (i % 12) + 1 };
}

/**
 * The year of a month and day written without one: the reference year, or the
 * year before when that day lies ahead of the reference (a January paper
 * reporting 12月 means last December). A day up to one past the reference
 * counts as this year: papers print the next morning's date.
 */
export function yearOfMonthDay(m: number, d: number | null, ref: YMD): number {
  if (m > ref.m || (m === ref.m && d != null && d > ref.d + 1)) return ref.y - 1;
  return ref.y;
}
