// Per-string memo for the per-claim readers. Claims in the same sentence read
// the same sentence, paragraph and clause strings again and again (a page with
// a list of figures re-scanned its paragraph once per figure); remembering the
// last few hundred answers makes that work once per string. Bounded, so memory
// stays flat however many pages go through; the functions memoised are pure.
export function memoByString<R>(fn: (s: string) => R, cap = 512): (s: string) => R {
  let cache = new Map<string, R>();
  return (s: string) => {
    const hit = cache.get(s);
    if (hit !== undefined || cache.has(s)) return hit as R;
    const r = fn(s);
    if (cache.size >= cap) cache = new Map();
    cache.set(s, r);
    return r;
  };
}
