// Per-string memo for the per-claim readers. Claims in the same sentence read
// the same sentence, paragraph and clause strings again and again (a page with
// a list of figures re-scanned its paragraph once per figure); remembering the
// last few hundred answers makes that work once per string. Bounded, so memory
// stays flat however many pages go through; the functions memoised are pure.
//
// Keys are slices of one page's text and would keep that page alive, so
// extractClaims clears every memo when it starts a page (clearStringMemos).
const ALL: Map<string, unknown>[] = [];

/** A Map registered for clearing between pages. */
export function pageMap<R>(): Map<string, R> {
  const m = new Map<string, R>();
  ALL.push(m as Map<string, unknown>);
  return m;
}

export function clearStringMemos(): void {
  for (const m of ALL) m.clear();
}

export function memoByString<R>(fn: (s: string) => R, cap = 512): (s: string) => R {
  const cache = pageMap<R>();
  return (s: string) => {
    const hit = cache.get(s);
    if (hit !== undefined || cache.has(s)) return hit as R;
    const r = fn(s);
    if (cache.size >= cap) cache.clear();
    cache.set(s, r);
    return r;
  };
}
