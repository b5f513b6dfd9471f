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
// drops everything at once — the upload endpoint calls it after each write, and
// any future editing endpoint must too. PAGE_CACHE=off disables it.
//
// Filling: a miss is rendered normally for its visitor, and the proxy renders
// the same URL once more in the background for the cache, through the app's
// own loopback origin (never the request's Host header: that would let a
// stranger fill the cache from a server of their choosing).
import { z } from "zod";

export const PAGE_CACHE_TTL_MS = 10_000;
const MAX_ENTRIES = 500;
const MAX_HTML_BYTES = 2_000_000;
export const FILL_HEADER = "x-qj-page-fill";

interface Entry {
  html: string;
  nonce: string;
  status: number;
  headers: [string, string][];
  at: number;
  generation: number;
}

interface Store {
  entries: Map<string, Entry>;
  filling: Set<string>;
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
  g[KEY] ??= { entries: new Map(), filling: new Set(), generation: 0, token: randomToken() };
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

/** Drops every cached page; call after any write. */
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
  body: string;
  status: number;
  headers: [string, string][];
}

/** The cached page for `key` with `nonce` in place of the one it was rendered with. */
export function lookup(key: string, nonce: string, now = Date.now()): CachedPage | undefined {
  const s = store();
  const e = s.entries.get(key);
  if (!e) return undefined;
  if (e.generation !== s.generation || now - e.at > PAGE_CACHE_TTL_MS) {
    s.entries.delete(key);
    return undefined;
  }
  return { body: e.html.split(e.nonce).join(nonce), status: e.status, headers: e.headers };
}

/** Where the app listens, as `next start` itself records it (falls back to PORT on loopback). */
function loopbackOrigin(): string | undefined {
  const own = process.env.__NEXT_PRIVATE_ORIGIN;
  if (own) return own.replace("://localhost:", "://127.0.0.1:");
  if (process.env.PORT) return `http://127.0.0.1:${process.env.PORT}`;
  return undefined;
}

const KEPT_HEADERS = new Set(["content-type", "cache-control", "vary", "content-language", "link"]);

/** Renders `key` once in the background and stores it; concurrent calls for the same key share one render. */
export async function fill(key: string, cookie: string | null): Promise<void> {
  const s = store();
  if (s.broken || s.filling.has(key)) return;
  const origin = loopbackOrigin();
  if (!origin) return;
  s.filling.add(key);
  const generation = s.generation;
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
      return;
    }
    const html = await res.text();
    // An invalidation while we rendered means this HTML may predate the write.
    if (html.length > MAX_HTML_BYTES || generation !== s.generation) return;
    const headers = [...res.headers].filter(([k]) => KEPT_HEADERS.has(k.toLowerCase()));
    if (s.entries.size >= MAX_ENTRIES) s.entries.delete(s.entries.keys().next().value!);
    s.entries.set(key, { html, nonce, status: 200, headers, at: Date.now(), generation });
  } catch (err) {
    if ((err as { cause?: { code?: string } }).cause?.code === "ECONNREFUSED") s.broken = true;
  } finally {
    s.filling.delete(key);
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
