// Where a claim sits on a time axis. A number describes a period; it is drawn
// at the period's last day, so a year's total and December's month line up.
// An undated running total (累计 … with no period) is drawn at the date of the
// article that reported it, because that is the day the total was "as of".
// Period arithmetic lives in extract/time (one calendar for the whole product).
import { formatYMD, parseYMD } from "@/extract/time/calendar";
import { periodEnd } from "@/extract/time/period";
import type { PeriodKind } from "@/extract/types";

export { periodEnd };

export interface AsOfInput {
  period: string | null;
  periodKind?: PeriodKind | null;
  cumulative: boolean;
}

/**
 * The claim's chart position: end of its period; for a running total with no
 * period, the article's date (or, lacking that, the document's). Null when
 * nothing fixes it — such a claim is listed but not charted.
 */
export function computeAsOf(claim: AsOfInput, articleDate: string | null, documentDate: string | null): string | null {
  if (claim.period) return periodEnd(claim.period, claim.periodKind);
  if (claim.cumulative) return validDate(articleDate) ?? validDate(documentDate);
  return null;
}

/** The date itself when it is a real calendar day (YYYY-MM-DD), else null. */
export function validDate(date: string | null | undefined): string | null {
  const d = parseYMD(date);
  return d ? formatYMD(d) : null;
}
