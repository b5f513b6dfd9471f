// Where a claim sits on a time axis. A number describes a period; it is drawn
// at the period's last day, so a year's total and December's month line up.
// An undated running total (累计 … with no period) is drawn at the date of the
// article that reported it, because that is the day the total was "as of".

export interface AsOfInput {
  period: string | null;
  cumulative: boolean;
}

const PERIOD_RULES: Array<{ pattern: RegExp; end: (m: RegExpMatchArray) => string | null }> = [
  // 2025-05-20 → that day
  { pattern: /^(\d{4})-(\d{2})-(\d{2})$/, end: (m) => validDay(+m[1], +m[2], +m[3]) },
  // 2025-05 → last day of the month
  { pattern: /^(\d{4})-(\d{2})$/, end: (m) => monthEnd(+m[1], +m[2]) },
  // 2025-Q1 → 2025-03-31
  { pattern: /^(\d{4})-Q([1-4])$/, end: (m) => monthEnd(+m[1], +m[2] * 3) },
  // 2025-H1 → 2025-06-30, 2025-H2 → 2025-12-31
  { pattern: /^(\d{4})-H([12])$/, end: (m) => monthEnd(+m[1], +m[2] * 6) },
  // 2025 → 2025-12-31
  { pattern: /^(\d{4})$/, end: (m) => monthEnd(+m[1], 12) },
];

/** End date (YYYY-MM-DD) of a CLAIMS.md period string, or null when it is not one. */
export function periodEnd(period: string): string | null {
  for (const rule of PERIOD_RULES) {
    const m = period.match(rule.pattern);
    if (m) return rule.end(m);
  }
  return null;
}

/**
 * The claim's chart position: end of its period; for a running total with no
 * period, the article's date (or, lacking that, the document's). Null when
 * nothing fixes it — such a claim is listed but not charted.
 */
export function computeAsOf(claim: AsOfInput, articleDate: string | null, documentDate: string | null): string | null {
  if (claim.period) return periodEnd(claim.period);
  if (claim.cumulative) return validDate(articleDate) ?? validDate(documentDate);
  return null;
}

function monthEnd(year: number, month: number): string | null {
  if (month < 1 || month > 12) return null;
  // Day 0 of the next month is the last day of this one (UTC, so no DST drift).
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return iso(year, month, day);
}

function validDay(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= last ? iso(year, month, day) : null;
}

/** The date itself when it is a real calendar day (YYYY-MM-DD), else null. */
export function validDate(date: string | null | undefined): string | null {
  if (!date) return null;
  const m = date.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  return m ? validDay(+m[1], +m[2], +m[3]) : null;
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");
const iso = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
