// What makes two figures comparable, and which kind of period a chart draws.
// Pure: the pages and the link-preview image share it, the tests pin it.
import type { Freq, SeriesPoint } from "@/db/queries";

export const FREQS: readonly Freq[] = ["day", "month", "quarter", "half", "ytd", "year"];

/** Points a chart of this kind of period draws: one kind at a time, plans only when asked for. */
export function visiblePoints<P extends Pick<SeriesPoint, "freq" | "status">>(points: P[], opts: { freq: Freq | null; plan: boolean }): P[] {
  return points.filter((p) => (opts.freq === null || p.freq === opts.freq) && (opts.plan || p.status !== "plan"));
}

/** The kinds of period present, the best-filled first (most reported points; ties: the coarser, steadier kind). */
export function freqsByFill(points: Pick<SeriesPoint, "freq" | "status">[]): { freq: Freq; points: number }[] {
  const counts = new Map<Freq, number>();
  for (const p of points) counts.set(p.freq, (counts.get(p.freq) ?? 0) + (p.status === "plan" ? 0.001 : 1));
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || FREQS.indexOf(b[0]) - FREQS.indexOf(a[0]))
    .map(([freq, n]) => ({ freq, points: Math.round(n) }));
}

export function bestFreq(points: Pick<SeriesPoint, "freq" | "status">[]): Freq | null {
  return freqsByFill(points)[0]?.freq ?? null;
}

/**
 * The period a figure of this kind is compared with: a month with the month
 * before, a quarter or half with the one before, a year with the year before,
 * a year-to-date total with the same span a year earlier, a day with the day
 * before. Null when the period cannot be read (an undated running total).
 */
export function comparablePeriod(freq: Freq, period: string | null): string | null {
  if (!period) return null;
  let m: RegExpExecArray | null;
  switch (freq) {
    case "year":
      return /^\d{4}$/.test(period) ? String(Number(period) - 1) : null;
    case "ytd":
      return (m = /^(\d{4})-(\d{2})$/.exec(period)) ? `${Number(m[1]) - 1}-${m[2]}` : null;
    case "month":
      if (!(m = /^(\d{4})-(\d{2})$/.exec(period))) return null;
      return Number(m[2]) === 1 ? `${Number(m[1]) - 1}-12` : `${m[1]}-${String(Number(m[2]) - 1).padStart(2, "0")}`;
    case "quarter":
      if (!(m = /^(\d{4})-Q([1-4])$/.exec(period))) return null;
      return m[2] === "1" ? `${Number(m[1]) - 1}-Q4` : `${m[1]}-Q${Number(m[2]) - 1}`;
    case "half":
      if (!(m = /^(\d{4})-H([12])$/.exec(period))) return null;
      return m[2] === "1" ? `${Number(m[1]) - 1}-H2` : `${m[1]}-H1`;
    case "day": {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(period)) return null;
      const d = new Date(`${period}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() - 1);
      return d.toISOString().slice(0, 10);
    }
  }
}

/**
 * The latest reported point of one series and the point it may be compared
 * with: same indicator and area (the series), same status (reported), same
 * kind of period, the same subject (a company's revenue is not another's),
 * and exactly the comparable period — else none.
 */
export function latestAndComparable<P extends Pick<SeriesPoint, "freq" | "status" | "period" | "areaCode" | "date" | "subject">>(
  points: P[],
  freq: Freq,
): { last: P | null; prev: P | null } {
  const actual = points.filter((p) => p.status !== "plan" && p.freq === freq);
  const last = actual.reduce<P | null>((best, p) => (!best || p.date > best.date ? p : best), null);
  if (!last) return { last: null, prev: null };
  const want = comparablePeriod(freq, last.period);
  const prev = want === null ? null : (actual.find((p) => p.period === want && p.areaCode === last.areaCode && p.subject === last.subject) ?? null);
  return { last, prev };
}

/**
 * Does `b` follow `a` with no period of the kind missing between them (2024 →
 * 2025, 2025-Q1 → 2025-Q2, 2025-H2 → 2026-H1, Jan–Sep → Jan–Oct, Jan–Nov 2024
 * → Jan–Feb 2025)? A line is drawn only between such neighbours, so a chart
 * breaks where a period is missing instead of joining 2018 to 2024 (as FRED
 * does). Days are irregular by nature (a running total reported when an
 * article says so): always joined. Unreadable periods: joined, as before.
 */
export function consecutive(freq: Freq, a: string | null | undefined, b: string | null | undefined): boolean {
  if (freq === "day" || !a || !b) return true;
  if (freq === "ytd") {
    const pa = /^(\d{4})-(\d{2})$/.exec(a);
    const pb = /^(\d{4})-(\d{2})$/.exec(b);
    if (!pa || !pb) return true;
    const [ya, ma, yb, mb] = [+pa[1], +pa[2], +pb[1], +pb[2]];
    // A year-to-date span grows a month at a time and starts again in January (Jan–Feb is often the first report).
    return (yb === ya && mb === ma + 1) || (yb === ya + 1 && ma >= 11 && mb <= 2);
  }
  const next = nextPeriod(freq, a);
  return next === null || next === b;
}

/** The period after this one, of the same kind; null when it cannot be read. */
export function nextPeriod(freq: Exclude<Freq, "day" | "ytd">, period: string): string | null {
  let m: RegExpExecArray | null;
  switch (freq) {
    case "year":
      return /^\d{4}$/.test(period) ? String(Number(period) + 1) : null;
    case "month":
      if (!(m = /^(\d{4})-(\d{2})$/.exec(period))) return null;
      return m[2] === "12" ? `${Number(m[1]) + 1}-01` : `${m[1]}-${String(Number(m[2]) + 1).padStart(2, "0")}`;
    case "quarter":
      if (!(m = /^(\d{4})-Q([1-4])$/.exec(period))) return null;
      return m[2] === "4" ? `${Number(m[1]) + 1}-Q1` : `${m[1]}-Q${Number(m[2]) + 1}`;
    case "half":
      if (!(m = /^(\d{4})-H([12])$/.exec(period))) return null;
      return m[2] === "2" ? `${Number(m[1]) + 1}-H1` : `${m[1]}-H2`;
  }
}
