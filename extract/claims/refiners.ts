// The refiner shape: every field a claim decides (period, area, indicator,
// status, sector) is carried as one shape, `{ value, source, cue }` — what was
// decided, how it was known, and the words that decided it — so the article
// page can say why a point is in its series as it says why it is at its period.
// The refiners run in this order for every figure, each reading the sentence
// context built once per sentence (extract.ts) and the fields decided before it.
import type { Status } from "../types";
import { CLAUSE_PLAN_CUES, SENTENCE_PLAN_CUES, detectStatus } from "./status";

export interface Decided<T> {
  value: T;
  /** How it was known (sentence, paragraph, headline …; own words, list, carry …; or why nothing was: part, measure …). */
  source: string;
  /** The words that decided it, or null when it was defaulted. */
  cue: string | null;
}

/** Which refiner decides which field, what it reads, in the order they run. */
export const REFINERS: readonly { field: "status" | "period" | "area" | "indicator" | "sector" | "breakdown"; module: string; reads: string }[] = [
  { field: "status", module: "status.ts", reads: "plan cues in the clause, frame cues in the sentence, a time ahead of the paper" },
  { field: "period", module: "period.ts, frames.ts", reads: "the sentence's times, then the paragraph's, headline's and lead's frames; the status (a plan takes its target time)" },
  { field: "area", module: "area.ts, frames.ts", reads: "places in the sentence, a 分别 list, the paragraph's place, the headline or lead, the paper's home" },
  { field: "indicator", module: "indicator.ts (concepts.ts × measures.ts)", reads: "the number's own words, a 分别 list, the figure before it in the sentence; the period (a single month) and the places (parts)" },
  { field: "breakdown", module: "indicator.ts, breakdown.ts", reads: "其中/仅…就 before the number, unless the part is a series or a place of its own" },
  { field: "sector", module: "sectors.ts", reads: "the series' (or the concept's) sector, else the words of the clause, sentence and article" },
];

/** Status with the words that made it a plan. */
export function decideStatus(clauseBefore: string, sentenceBefore: string, timeAhead: string | null): Decided<Status> {
  if (detectStatus({ clauseBefore, sentenceBefore }) === "plan") {
    for (const re of CLAUSE_PLAN_CUES) {
      const m = re.exec(clauseBefore);
      if (m) return { value: "plan", source: "clause", cue: m[0] };
    }
    for (const re of SENTENCE_PLAN_CUES) {
      const m = re.exec(sentenceBefore);
      if (m) return { value: "plan", source: "sentence", cue: m[0] };
    }
    return { value: "plan", source: "sentence", cue: null };
  }
  if (timeAhead !== null) return { value: "plan", source: "time", cue: timeAhead };
  return { value: "actual", source: "none", cue: null };
}
