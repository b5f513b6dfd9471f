import { expect, test, type APIRequestContext } from "@playwright/test";
import { DB_ROWS_LOCK, upload } from "./security-helpers";

// The proxy's page cache (lib/proxy/page-cache.ts): a repeated page is served
// from memory with a fresh nonce, and an upload makes the next visit render anew.

test.describe.configure({ lock: DB_ROWS_LOCK });

const HTML = { accept: "text/html,application/xhtml+xml" };

async function untilHit(request: APIRequestContext, path: string) {
  for (let i = 0; i < 40; i++) {
    const res = await request.get(path, { headers: HTML });
    if (res.headers()["x-page-cache"] === "hit") return res;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${path} never came from the cache`);
}

test("a cached page carries its own fresh nonce on every script, matching its CSP", async ({ request }) => {
  const path = `/claims?lang=en&sort=date_asc`;
  const first = await untilHit(request, path);
  const second = await untilHit(request, path);
  const nonces = [first, second].map((r) => /'nonce-([^']+)'/.exec(r.headers()["content-security-policy"])![1]);
  expect(nonces[0]).not.toBe(nonces[1]);
  for (const [i, res] of [first, second].entries()) {
    const body = await res.text();
    const tags = body.match(/<script\b[^>]*>/g) ?? [];
    expect(tags.length).toBeGreaterThan(0);
    for (const tag of tags) expect(tag).toContain(`nonce="${nonces[i]}"`);
    expect(body).not.toContain(nonces[1 - i]);
    expect(res.headers()["x-content-type-options"]).toBe("nosniff");
  }
});

test("client-side navigations (RSC, Accept */*) never come from the cache", async ({ request }) => {
  await untilHit(request, "/");
  const rsc = await request.get("/", { headers: { accept: "*/*", rsc: "1" } });
  expect(rsc.headers()["x-page-cache"]).toBeUndefined();
  expect(rsc.headers()["content-type"]).toContain("text/x-component");
});

test("an upload invalidates the cache", async ({ request }) => {
  await untilHit(request, "/");
  const res = await upload(request, `cache-${Date.now()}.txt`, `衢江新闻 cache ${Date.now()} ${Math.random()}\n\n本报讯 货物吞吐量达到77万吨。\n`);
  expect(res.status()).toBe(201);
  const next = await request.get("/", { headers: HTML });
  expect(next.headers()["x-page-cache"]).toBe("miss");
});

test("the browser renders and hydrates a cached page under its CSP", async ({ page, request }) => {
  await untilHit(request, "/?lang=en");
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  const res = await page.goto("/?lang=en");
  expect(res?.headers()["x-page-cache"]).toBe("hit");
  await page.waitForLoadState("networkidle");
  expect(await page.evaluate(() => typeof (self as unknown as { __next_f?: unknown }).__next_f)).toBe("object");
  expect(violations).toEqual([]);
});
