import { expect, test } from "@playwright/test";
import { expectSecurityHeaders } from "./security-helpers";

// Headers as the production server sends them, on every kind of response.

test("pages, route handlers, static assets, 404s and the upload endpoint all carry the security headers", async ({ request }) => {
  const home = await request.get("/");
  expect(home.status()).toBe(200);
  expectSecurityHeaders(home, "/");
  const html = await home.text();
  const asset = /\/_next\/static\/[^"'\s]+\.js/.exec(html)?.[0];
  expect(asset, "the overview loads at least one framework bundle").toBeTruthy();

  const others = [
    asset!,
    "/claims",
    "/claims/export?format=json",
    "/claims/export",
    "/api/ingest",
    "/signin",
    "/no-such-page",
    "/articles/999999999",
  ];
  for (const p of others) {
    const res = await request.get(p);
    expect(res.status(), p).toBeLessThan(500);
    expectSecurityHeaders(res, p);
  }
});

test("every script the page ships carries this response's nonce, and the nonce changes per response", async ({ request }) => {
  const nonces = new Set<string>();
  for (let i = 0; i < 2; i++) {
    const res = await request.get("/");
    const nonce = /'nonce-([^']+)'/.exec(res.headers()["content-security-policy"])?.[1];
    expect(nonce).toBeTruthy();
    nonces.add(nonce!);
    const scripts = (await res.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, tag).toContain(`nonce="${nonce}"`);
  }
  expect(nonces.size).toBe(2);
});

test("only embeddable chart views may be framed", async ({ request }) => {
  const overview = await request.get("/");
  expect(overview.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(overview.headers()["x-frame-options"]).toBe("DENY");

  const html = await overview.text();
  const indicator = /href="(\/indicators\/[^"?#]+)/.exec(html)?.[1];
  expect(indicator, "the overview links to an indicator").toBeTruthy();
  const plain = await request.get(indicator!);
  expect(plain.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  const embed = await request.get(`${indicator}?embed=1`);
  expect(embed.status()).toBe(200);
  expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
  expect(embed.headers()["x-frame-options"]).toBeUndefined();
});

test("in the browser the CSP blocks nothing the app needs and Next's inline scripts run", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  for (const p of ["/", "/claims"]) {
    await page.goto(p);
    await page.waitForLoadState("networkidle");
    // The RSC payload arrives in nonce'd inline scripts: if the CSP blocked
    // them, this global would never be defined.
    expect(await page.evaluate(() => typeof (self as unknown as { __next_f?: unknown }).__next_f), p).toBe("object");
    expect(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []), p).toEqual([]);
  }
  expect(violations).toEqual([]);
});
