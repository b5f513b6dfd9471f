// Requests no page of this app can mean, refused at the edge with a 400 before
// any page, query or database sees them. Found by tests/e2e/security-fuzz.spec.ts:
//  - NUL (%00): Postgres rejects it inside text ("invalid byte sequence"), so a
//    NUL in a search box became a 500;
//  - percent-encoded bytes that are not UTF-8 (a lone surrogate %ED%A0%80, a
//    cut sequence %E0%A4%A): Next's own decoding of route params fails with 500;
//  - query keys that name Object.prototype members (constructor, toString …):
//    Next builds searchParams as a plain object, so `?constructor=1` arrives as
//    [Object, "1"] and breaks any page that reads its parameters.

const PROTOTYPE_KEYS = new Set(Object.getOwnPropertyNames(Object.prototype));

function decode(component: string): string | null {
  try {
    return decodeURIComponent(component.replace(/\+/g, " "));
  } catch {
    return null;
  }
}

/** Why this request is malformed, or null when it is fine. `search` is raw, with or without "?". */
export function malformedReason(rawPathname: string, rawSearch: string): string | null {
  const path = decode(rawPathname);
  if (path === null) return "path is not valid percent-encoded UTF-8";
  if (path.includes("\u0000")) return "path contains NUL";
  const query = rawSearch.startsWith("?") ? rawSearch.slice(1) : rawSearch;
  if (query === "") return null;
  for (const pair of query.split("&")) {
    if (pair === "") continue;
    const eq = pair.indexOf("=");
    const key = decode(eq === -1 ? pair : pair.slice(0, eq));
    const value = eq === -1 ? "" : decode(pair.slice(eq + 1));
    if (key === null || value === null) return "query is not valid percent-encoded UTF-8";
    if (key.includes("\u0000") || value.includes("\u0000")) return "query contains NUL";
    if (PROTOTYPE_KEYS.has(key)) return `query parameter name not allowed: ${key}`;
  }
  return null;
}
