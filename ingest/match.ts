// Which stored claim is which new claim, when a document is extracted again
// (a newer extractor, or a fetched page whose content changed). One matcher for
// every stored claim, reviewed or not, so "the same claim" means one thing:
//   1. the same span of the text (start, end), else
//   2. the same quote with the same unit.
// For a claim an editor corrected, the unit compared is the extractor's own
// (kept in `original`), since the new extraction knows nothing of the edit.
import type { ClaimRow } from "@/db/schema";

export interface ClaimKey {
  start: number;
  end: number;
  quote: string;
  unit: string;
}

export interface StoredKey extends ClaimKey {
  id: number;
}

export interface Match {
  /** Stored claim id → position of the new claim it is. */
  pairs: Array<{ id: number; seq: number }>;
  /** Stored claims that no new claim matches. */
  unpaired: number[];
}

/** The key of a stored claim as the extractor would produce it. */
export function storedKey(c: Pick<ClaimRow, "id" | "start" | "end" | "quote" | "unit" | "original">): StoredKey {
  const originalUnit = (c.original as { unit?: unknown } | null)?.unit;
  return { id: c.id, start: c.start, end: c.end, quote: c.quote, unit: typeof originalUnit === "string" ? originalUnit : c.unit };
}

const spanKey = (c: ClaimKey) => `${c.start}:${c.end}`;
const quoteKey = (c: ClaimKey) => `${c.unit}\u0000${c.quote}`;

/**
 * Pairs each stored claim (in the order given) with at most one new claim not
 * yet in `taken` (the lowest position first), span before quote. Marks the
 * positions it pairs in `taken`, so a second call (unreviewed claims after
 * reviewed ones) only sees what is left. Pure apart from `taken`.
 */
export function matchClaims(stored: readonly StoredKey[], fresh: readonly ClaimKey[], taken: Set<number> = new Set()): Match {
  const bySpan = new Map<string, number[]>();
  const byQuote = new Map<string, number[]>();
  fresh.forEach((c, seq) => {
    if (taken.has(seq)) return;
    const s = spanKey(c);
    const q = quoteKey(c);
    (bySpan.get(s) ?? bySpan.set(s, []).get(s)!).push(seq);
    (byQuote.get(q) ?? byQuote.set(q, []).get(q)!).push(seq);
  });
  const take = (list: number[] | undefined): number | undefined => {
    if (!list) return undefined;
    while (list.length > 0) {
      const seq = list.shift()!;
      if (!taken.has(seq)) {
        taken.add(seq);
        return seq;
      }
    }
    return undefined;
  };
  const pairs: Match["pairs"] = [];
  const left: StoredKey[] = [];
  for (const c of stored) {
    const seq = take(bySpan.get(spanKey(c)));
    if (seq === undefined) left.push(c);
    else pairs.push({ id: c.id, seq });
  }
  const unpaired: number[] = [];
  for (const c of left) {
    const seq = take(byQuote.get(quoteKey(c)));
    if (seq === undefined) unpaired.push(c.id);
    else pairs.push({ id: c.id, seq });
  }
  return { pairs, unpaired };
}
