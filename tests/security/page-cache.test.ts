import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  FILL_HEADER,
  fill,
  invalidatePageCache,
  isCacheable,
  isFillRequest,
  lookup,
  PAGE_CACHE_STALE_MS,
  PAGE_CACHE_TTL_MS,
  pageCacheEnabled,
  resetPageCache,
} from "@/lib/proxy/page-cache";

// A stand-in for `next start`: renders a page with a fresh nonce each time and
// records what the cache filler sent.
let server: Server;
let renders = 0;
let lastFillHeader: string | undefined;
let hold: Promise<void> | null = null;
const saved = { ...process.env };

beforeAll(async () => {
  server = createServer(async (req, res) => {
    renders++;
    lastFillHeader = req.headers[FILL_HEADER] as string | undefined;
    if (hold) await hold;
    const nonce = `n${renders}${"x".repeat(20)}`;
    if (req.url === "/redirect") return void res.writeHead(303, { location: "/" }).end();
    res.writeHead(200, {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": `script-src 'nonce-${nonce}'`,
      "cache-control": "private, no-store",
      "x-internal": "dropped",
    });
    res.end(`<html><script nonce="${nonce}">1</script><p>衢江${req.url}</p><script nonce="${nonce}">2</script></html>`);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  process.env.__NEXT_PRIVATE_ORIGIN = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  process.env = { ...saved };
  await new Promise((r) => server.close(r));
});
beforeEach(() => {
  resetPageCache();
  hold = null;
});

describe("isCacheable", () => {
  const req = (over: Partial<Parameters<typeof isCacheable>[0]> = {}) => ({
    method: "GET",
    pathname: "/",
    headers: new Headers({ accept: "text/html,application/xhtml+xml" }),
    cookieNames: [] as string[],
    ...over,
  });
  it("takes a browser's document request, with or without the site cookie", () => {
    expect(isCacheable(req(), "qj_site")).toBe(true);
    expect(isCacheable(req({ pathname: "/indicators/port.cargo_throughput" }), "qj_site")).toBe(true);
    expect(isCacheable(req({ cookieNames: ["qj_site"] }), "qj_site")).toBe(true);
  });
  it.each([
    ["a POST", { method: "POST" }],
    ["a HEAD", { method: "HEAD" }],
    ["an RSC fetch (Accept */*)", { headers: new Headers({ accept: "*/*" }) }],
    ["no Accept", { headers: new Headers() }],
    ["another cookie", { cookieNames: ["qj_site", "editor"] }],
    ["an API path", { pathname: "/api/ingest" }],
    ["a static asset", { pathname: "/_next/static/x.js" }],
    ["the sign-in page", { pathname: "/signin" }],
    ["an Authorization header", { headers: new Headers({ accept: "text/html", authorization: "Bearer x" }) }],
  ])("refuses %s", (_, over) => {
    expect(isCacheable(req(over), "qj_site")).toBe(false);
  });
});

describe("pageCacheEnabled", () => {
  it.each([
    [{ NODE_ENV: "production" }, true],
    [{ NODE_ENV: "development" }, false],
    [{ NODE_ENV: "production", PAGE_CACHE: "off" }, false],
    [{ NODE_ENV: "test", PAGE_CACHE: "on" }, true],
    [{ NODE_ENV: "production", PAGE_CACHE: "bogus" }, true],
  ])("%j → %s", (env, expected) => {
    expect(pageCacheEnabled(env)).toBe(expected);
  });
});

describe("fill and lookup", () => {
  it("renders once through the loopback origin with the fill token, then serves with the new nonce", async () => {
    await fill("/?lang=en", null);
    expect(isFillRequest(new Headers({ [FILL_HEADER]: lastFillHeader! }))).toBe(true);
    expect(isFillRequest(new Headers({ [FILL_HEADER]: "guess" }))).toBe(false);
    const found = lookup("/?lang=en", "FRESH");
    if (found.kind !== "hit") throw new Error(`expected a hit, got ${found.kind}`);
    const page = found.page;
    expect(new TextDecoder().decode(page.body)).toBe('<html><script nonce="FRESH">1</script><p>衢江/?lang=en</p><script nonce="FRESH">2</script></html>');
    expect(page.headers.map(([k]) => k).sort()).toEqual(["cache-control", "content-type"]);
    expect(lookup("/?lang=zh", "FRESH").kind).toBe("miss");
  });

  it("shares one render among concurrent fills of a key", async () => {
    const before = renders;
    await Promise.all([fill("/claims", null), fill("/claims", null), fill("/claims", null)]);
    expect(renders - before).toBe(1);
  });

  it("forgets everything on invalidation, and expires entries after the TTL", async () => {
    await fill("/", null);
    expect(lookup("/", "a")).toMatchObject({ kind: "hit", stale: false });
    // Past the TTL: served stale while a successor renders, then gone.
    expect(lookup("/", "a", Date.now() + PAGE_CACHE_TTL_MS + 1)).toMatchObject({ kind: "hit", stale: true });
    expect(lookup("/", "a", Date.now() + PAGE_CACHE_TTL_MS + PAGE_CACHE_STALE_MS + 1).kind).toBe("miss");
    await fill("/", null);
    invalidatePageCache();
    expect(lookup("/", "a").kind).toBe("miss");
  });

  it("discards a render that an invalidation overtook", async () => {
    let release!: () => void;
    hold = new Promise((r) => (release = r));
    const pending = fill("/slow", null);
    await new Promise((r) => setTimeout(r, 50));
    invalidatePageCache();
    release();
    await pending;
    expect(lookup("/slow", "a").kind).toBe("miss");
  });

  it("remembers an answer it cannot cache (a redirect) as pass-through until the TTL", async () => {
    await fill("/redirect", null);
    expect(lookup("/redirect", "a").kind).toBe("pass");
    expect(lookup("/redirect", "a", Date.now() + PAGE_CACHE_TTL_MS + 1).kind).toBe("miss");
  });
});

describe("the write path drops the cache itself", () => {
  it("a committed write announced by db/changes.ts empties the cache, without the route calling anything", async () => {
    const { dataChanged } = await import("@/db/changes");
    await fill("/changed", null);
    expect(lookup("/changed", "fresh-nonce-000000000000").kind).toBe("hit");
    dataChanged();
    expect(lookup("/changed", "fresh-nonce-000000000000").kind).toBe("miss");
  });
});
