// A short-lived, in-process cache of rendered HTML pages, served by the proxy.
//
// Why: every page is rendered per request (the nonce CSP forces dynamic
// rendering), and rendering the overview costs ~100 ms of CPU — a 2-core box
// then serves a handful of pages a second. Pages depend only on their URL and
// the data, so the HTML of one render can be served again with the nonce
// swapped: the nonce is a random 128-bit string, so replacing every
// occurrence of the old one with a fresh one is exact.
//
// What: GET requests of a browser document (Accept: text/html — Next's own
// client-side navigations fetch RSC payloads with Accept: */* and are never
// served from here), with no cookie other than the site sign-in cookie, for a
// 200 text/html answer without Set-Cookie. Key: path + query.
//
// Invalidation: every entry lives PAGE_CACHE_TTL_MS at most (so an ingest by
// the CLI in another process shows within that time), and invalidatePageCache()
// drops everything at once. The write path itself triggers that: the ingest and
// the editorial review announce every committed write (db/changes.ts), and the
// cache listens, so no route has to remember to. PAGE_CACHE=off disables it.
//
// Filling: on a miss the proxy renders the URL through the app's own loopback
// origin (never the request's Host header: that would let a stranger fill the
// cache from a server of their choosing) and serves the result; concurrent
// misses of one URL share that one render. An entry past its TTL is still
// served while one request renders its successor (stale-while-revalidate), so
// expiry under load costs one render, not one per waiting connection. An
// invalidated entry is never served. A URL whose answer cannot be cached (a
// 404, a redirect, CSV) is remembered as such for a TTL and passed straight on.
import { z } from "zod";
import { onDataChanged } from "@/db/changes";

export const PAGE_CACHE_TTL_MS = 10_000;
/** How long past its TTL an entry may be served while its successor renders. */
export const PAGE_CACHE_STALE_MS = 30_000;
const MAX_ENTRIES = 500;
const MAX_HTML_BYTES = 2_000_000;
export const FILL_HEADER = "x-qj-page-fill";

interface Entry {
  /** The HTML, UTF-8 encoded once, cut at every occurrence of the nonce it was rendered with. */
  parts: Buffer[];
  /** Not cacheable: pass requests for this key straight on until it expires. */
  pass?: boolean;
  status: number;
  headers: [string, string][];
  at: number;
  generation: number;
}

interface Store {
  entries: Map<string, Entry>;
  filling: Map<string, Promise<void>>;
  generation: number;
  /** Proves a fill request came from this process. */
  token: string;
  /** Set when the loopback origin cannot be reached: stop trying. */
  broken?: boolean;
}

const KEY = Symbol.for("qujiang.page-cache");
type WithStore = typeof globalThis & { [KEY]?: Store };

function store(): Store {
  const g = globalThis as WithStore;
  if (!g[KEY]) {
    g[KEY] = { entries: new Map(), filling: new Map(), generation: 0, token: randomToken() };
    // Once per process, however many bundles load this module: every committed write drops the cache.
    onDataChanged(invalidatePageCache);
  }
  return g[KEY];
}

function randomToken(): string {
  const b = new Uint8Array(24);
  crypto.getRandomValues(b);
  return Buffer.from(b).toString("base64url");
}

const Enabled = z
  .enum(["on", "off"])
  .optional()
  .catch(undefined);

export function pageCacheEnabled(env: Record<string, string | undefined> = process.env): boolean {
  const setting = Enabled.parse(env.PAGE_CACHE?.trim().toLowerCase());
  if (setting) return setting === "on";
  return env.NODE_ENV === "production";
}

/** Drops every cached page. Called on every committed write (db/changes.ts); tests call it directly. */
export function invalidatePageCache(): void {
  const s = store();
  s.generation++;
  s.entries.clear();
}

export function isFillRequest(headers: Headers): boolean {
  const v = headers.get(FILL_HEADER);
  return v !== null && v === store().token;
}

export interface CacheableRequest {
  method: string;
  pathname: string;
  headers: Headers;
  /** Cookie names present on the request. */
  cookieNames: string[];
}

/** Whether this request may be answered from (and fill) the cache. */
export function isCacheable(r: CacheableRequest, allowedCookie: string): boolean {
  if (r.method !== "GET") return false;
  if (!(r.headers.get("accept") ?? "").includes("text/html")) return false;
  if (r.cookieNames.some((n) => n !== allowedCookie)) return false;
  if (r.headers.has("authorization")) return false;
  const p = r.pathname;
  return !(p.startsWith("/api/") || p.startsWith("/_next/") || p === "/signin" || p.startsWith("/signin/"));
}

export interface CachedPage {
  body: Uint8Array<ArrayBuffer>;
  status: number;
  headers: [string, string][];
}

export type Lookup =
  | { kind: "hit"; page: CachedPage; stale: boolean }
  | { kind: "pass" } // known not cacheable
  | { kind: "miss" };

/** The cached page for `key` with `nonce` in place of the one it was rendered with. */
export function lookup(key: string, nonce: string, now = Date.now()): Lookup {
  const s = store();
  const e = s.entries.get(key);
  if (!e) return { kind: "miss" };
  const age = now - e.at;
  if (e.generation !== s.generation || age > PAGE_CACHE_TTL_MS + (e.pass ? 0 : PAGE_CACHE_STALE_MS)) {
    s.entries.delete(key);
    return { kind: "miss" };
  }
  if (e.pass) return age > PAGE_CACHE_TTL_MS ? { kind: "miss" } : { kind: "pass" };
  return { kind: "hit", page: { body: withNonce(e.parts, nonce), status: e.status, headers: e.headers }, stale: age > PAGE_CACHE_TTL_MS };
}

/** Joins the parts around a fresh nonce; no re-encoding of the page per request. */
function withNonce(parts: Buffer[], nonce: string): Uint8Array<ArrayBuffer> {
  const n = Buffer.from(nonce, "utf8");
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0) + n.length * (parts.length - 1));
  let offset = 0;
  parts.forEach((p, i) => {
    if (i > 0) {
      out.set(n, offset);
      offset += n.length;
    }
    out.set(p, offset);
    offset += p.length;
  });
  return out;
}

/** Where the app listens, as `next start` itself records it (falls back to PORT on loopback). */
function loopbackOrigin(): string | undefined {
  const own = process.env.__NEXT_PRIVATE_ORIGIN;
  if (own) return own.replace("://localhost:", "://127.0.0.1:");
  if (process.env.PORT) return `http://127.0.0.1:${process.env.PORT}`;
  return undefined;
}

const KEPT_HEADERS = new Set(["content-type", "cache-control", "vary", "content-language", "link"]);

/**
 * Renders `key` through the loopback origin and stores it. Concurrent calls
 * for one key share one render (the returned promise).
 */
export function fill(key: string, cookie: string | null): Promise<void> {
  const s = store();
  const running = s.filling.get(key);
  if (running) return running;
  if (s.broken) return Promise.resolve();
  const origin = loopbackOrigin();
  if (!origin) return Promise.resolve();
  const pending = render(s, origin, key, cookie).finally(() => s.filling.delete(key));
  s.filling.set(key, pending);
  return pending;
}

async function render(s: Store, origin: string, key: string, cookie: string | null): Promise<void> {
  const generation = s.generation;
  const remember = (entry: Omit<Entry, "at" | "generation">) => {
    // An invalidation while we rendered means this answer may predate the write.
    if (generation !== s.generation) return;
    if (s.entries.size >= MAX_ENTRIES) s.entries.delete(s.entries.keys().next().value!);
    s.entries.set(key, { ...entry, at: Date.now(), generation });
  };
  try {
    const res = await fetch(origin + key, {
      headers: { accept: "text/html", [FILL_HEADER]: s.token, ...(cookie ? { cookie } : {}) },
      redirect: "manual",
      cache: "no-store",
      signal: AbortSignal.timeout(30_000),
    });
    const type = res.headers.get("content-type") ?? "";
    const nonce = /'nonce-([^']+)'/.exec(res.headers.get("content-security-policy") ?? "")?.[1];
    if (res.status !== 200 || !type.startsWith("text/html") || res.headers.has("set-cookie") || !nonce) {
      await res.body?.cancel();
      return remember({ parts: [], pass: true, status: res.status, headers: [] });
    }
    const html = await res.text();
    if (html.length > MAX_HTML_BYTES) return remember({ parts: [], pass: true, status: 200, headers: [] });
    const headers = [...res.headers].filter(([k]) => KEPT_HEADERS.has(k.toLowerCase()));
    remember({ parts: html.split(nonce).map((p) => Buffer.from(p, "utf8")), status: 200, headers });
  } catch (err) {
    if ((err as { cause?: { code?: string } }).cause?.code === "ECONNREFUSED") s.broken = true;
  }
}

/** For tests: forget everything, including a broken origin. */
export function resetPageCache(): void {
  const s = store();
  s.entries.clear();
  s.filling.clear();
  s.broken = false;
  s.generation++;
}
