// A period as a value: what time a figure describes. Written out only at the
// edges (the claim record's `period` string); everything inside extract/
// passes Period values, so nothing parses a period string back.
//
//   kind     written      ends on                example
//   day      YYYY-MM-DD   that day               截至5月20日, 1月24日单日
//   month    YYYY-MM      the month's last day   3月, 截至6月底
//   ytd      YYYY-MM      the month's last day   1—10月, 前三季度 (→ YYYY-09), 前5个月
//   quarter  YYYY-Qn      the quarter's end      一季度, 首季
//   half     YYYY-H1/H2   June 30 / December 31  上半年
//   year     YYYY         December 31            2025年, 全年
//
// `month` and `ytd` share a written form (2025-09 is September or January to
// September); the kind keeps them apart for charts, which compare like with like.
import type { PeriodKind } from "../types";
import { formatYMD, isValidDay, lastDay, type YMD } from "./calendar";

export interface Period {
  kind: PeriodKind;
  y: number;
  /** month (day, month, ytd), or the last month of a quarter or half */
  m: number;
  /** day (day kind only) */
  d?: number;
}

const pad2 = (n: number) => String(n).padStart(2, "0");

export const dayPeriod = (t: YMD): Period => ({ kind: "day", y: t.y, m: t.m, d: t.d });
export const monthPeriod = (y: number, m: number): Period => ({ kind: "month", y, m });
export const ytdPeriod = (y: number, m: number): Period => (m === 12 ? yearPeriod(y) : { kind: "ytd", y, m });
export const quarterPeriod = (y: number, q: number): Period => ({ kind: "quarter", y, m: q * 3 });
export const halfPeriod = (y: number, h: 1 | 2): Period => ({ kind: "half", y, m: h * 6 });
export const yearPeriod = (y: number): Period => ({ kind: "year", y, m: 12 });

/** The claim record's form of a period. */
export function formatPeriod(p: Period): string {
  switch (p.kind) {
    case "day":
      return formatYMD({ y: p.y, m: p.m, d: p.d ?? 1 });
    case "month":
    case "ytd":
      return `${p.y}-${pad2(p.m)}`;
    case "quarter":
      return `${p.y}-Q${p.m / 3}`;
    case "half":
      return `${p.y}-H${p.m / 6}`;
    case "year":
      return String(p.y);
  }
}

/** Last day of the period: where a figure sits on a time axis. */
export function periodEndDay(p: Period): YMD {
  if (p.kind === "day") return { y: p.y, m: p.m, d: p.d ?? 1 };
  return { y: p.y, m: p.m, d: lastDay(p.y, p.m) };
}

/** First day of the period (a ytd span starts in January). */
export function periodStartDay(p: Period): YMD {
  switch (p.kind) {
    case "day":
      return periodEndDay(p);
    case "month":
      return { y: p.y, m: p.m, d: 1 };
    case "quarter":
      return { y: p.y, m: p.m - 2, d: 1 };
    case "half":
      return { y: p.y, m: p.m - 5, d: 1 };
    case "ytd":
    case "year":
      return { y: p.y, m: 1, d: 1 };
  }
}

export function isValidPeriod(p: Period): boolean {
  const end = periodEndDay(p);
  return isValidDay(end.y, end.m, end.d);
}

/**
 * A written period back to a value, for stored rows and editors' input. The
 * written form cannot tell a month from a year-to-date span: `kind` says which
 * when known (a stored claim's period_kind), else YYYY-MM reads as a month.
 */
export function parsePeriod(s: string | null | undefined, kind?: PeriodKind | null): Period | null {
  if (!s) return null;
  let m: RegExpExecArray | null;
  let p: Period | null = null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s))) p = { kind: "day", y: +m[1], m: +m[2], d: +m[3] };
  else if ((m = /^(\d{4})-(\d{2})$/.exec(s))) p = { kind: kind === "ytd" ? "ytd" : "month", y: +m[1], m: +m[2] };
  else if ((m = /^(\d{4})-Q([1-4])$/.exec(s))) p = quarterPeriod(+m[1], +m[2]);
  else if ((m = /^(\d{4})-H([12])$/.exec(s))) p = halfPeriod(+m[1], +m[2] as 1 | 2);
  else if ((m = /^(\d{4})$/.exec(s))) p = yearPeriod(+m[1]);
  return p && isValidPeriod(p) ? p : null;
}

/** YYYY-MM-DD end of a written period, or null when it is not one. */
export function periodEnd(s: string, kind?: PeriodKind | null): string | null {
  const p = parsePeriod(s, kind);
  return p ? formatYMD(periodEndDay(p)) : null;
}

/** Does the period start after `ref` (a figure for a time still ahead)? */
export function startsAfter(p: Period, ref: YMD): boolean {
  const s = periodStartDay(p);
  return s.y > ref.y || (s.y === ref.y && (s.m > ref.m || (s.m === ref.m && s.d > ref.d + 1)));
}

/** The same span a year earlier (2025-Q3 → 2024-Q3, 1—9月 2025 → 1—9月 2024): what 同比 compares with. Same kind, always. */
export function yearBefore(p: Period): Period {
  if (p.kind === "day") {
    // 29 February a year earlier is 28 February.
    const d = Math.min(p.d ?? 1, lastDay(p.y - 1, p.m));
    return { kind: "day", y: p.y - 1, m: p.m, d };
  }
  return { ...p, y: p.y - 1 };
}

/**
 * The kinds a written period can be (2025-09 is September or 1—9月; the rest
 * say theirs), the cumulative reading first: statistical tables report year to date.
 */
export function kindsOfWritten(s: string): PeriodKind[] {
  if (/^\d{4}-\d{2}$/.test(s)) return ["ytd", "month"];
  const p = parsePeriod(s);
  return p ? [p.kind] : [];
}
