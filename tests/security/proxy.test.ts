import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { proxy } from "@/proxy";
import { sessionToken } from "@/lib/auth/site";

// The proxy as a function: what it answers, redirects and forwards. The
// browser-level proof (real server, real headers) is tests/e2e/security*.spec.ts.

const saved = { ...process.env };
beforeEach(() => {
  delete process.env.SITE_PASSWORD;
});
afterEach(() => {
  process.env = { ...saved };
});

const req = (url: string, init: { method?: string; headers?: Record<string, string> } = {}) =>
  new NextRequest(new URL(url, "http://127.0.0.1:3100"), init);

describe("proxy without site password", () => {
  it("passes the request on with a nonce that matches the CSP", async () => {
    const res = await proxy(req("/claims?sector=port"));
    expect(res.headers.get("x-middleware-next")).toBe("1");
    const csp = res.headers.get("content-security-policy")!;
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    // Next forwards overridden request headers as x-middleware-request-*.
    expect(res.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
    expect(res.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
  });
  it("overrides a nonce the client tried to supply", async () => {
    const res = await proxy(req("/", { headers: { "x-nonce": "attacker" } }));
    expect(res.headers.get("x-middleware-request-x-nonce")).not.toBe("attacker");
  });
  it("lets an embeddable chart be framed", async () => {
    const res = await proxy(req("/indicators/port.cargo_throughput?embed=1"));
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors *");
    expect(res.headers.get("x-frame-options")).toBeNull();
  });
  it("puts the headers on static assets too", async () => {
    const res = await proxy(req("/_next/static/chunks/app.js"));
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });
});

describe("proxy with SITE_PASSWORD", () => {
  beforeEach(() => {
    process.env.SITE_PASSWORD = "open sesame";
  });

  it("sends a page visitor to sign in, remembering where they were going", async () => {
    const res = await proxy(req("/indicators/x?lang=en"));
    expect(res.status).toBe(303);
    const to = new URL(res.headers.get("location")!);
    expect(to.pathname).toBe("/signin/site");
    expect(to.searchParams.get("next")).toBe("/indicators/x?lang=en");
    expect(res.headers.get("content-security-policy")).toBeTruthy();
  });
  it("answers API calls with 401 instead of a redirect", async () => {
    const res = await proxy(req("/api/claims"));
    expect(res.status).toBe(401);
  });
  it("refuses a forged or stale cookie", async () => {
    const res = await proxy(req("/", { headers: { cookie: `qj_site=${sessionToken("old password")}` } }));
    expect(res.status).toBe(303);
  });
  it("admits the right cookie", async () => {
    const res = await proxy(req("/", { headers: { cookie: `qj_site=${sessionToken("open sesame")}` } }));
    expect(res.headers.get("x-middleware-next")).toBe("1");
  });
  it("keeps the sign-in pages and bundles reachable, and the upload behind the site password", async () => {
    for (const path of ["/signin", "/signin/site", "/_next/static/chunks/x.js"]) {
      expect((await proxy(req(path))).headers.get("x-middleware-next"), path).toBe("1");
    }
    expect((await proxy(req("/api/ingest", { method: "POST" }))).status).toBe(401);
    expect((await proxy(req("/api/ingest"))).status).toBe(401);
  });
});

describe("proxy with a misconfigured secret", () => {
  it("closes the site (503) rather than opening it", async () => {
    process.env.SITE_PASSWORD = "short";
    const res = await proxy(req("/"));
    expect(res.status).toBe(503);
  });
});
