// A series is one indicator in one area: fixture articles for 衢江区 and
// 衢州市, signed projects in two quarters, link previews in Chinese, embed and
// phone layout. Runs on both databases (playwright.config.ts: the postgres
// project repeats the data-bearing specs against a fresh PostgreSQL database).
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { upload } from "./security-helpers";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const FIXTURES = ["qujiang-gdp-2024.md", "quzhou-gdp-2025.md", "signed-2023-q3.md", "signed-2023-q4.md"];

// Uploads are idempotent (same bytes, same document), so each test can make sure they are there.
async function ingestFixtures(request: APIRequestContext) {
  for (const f of FIXTURES) {
    const res = await upload(request, f, readFileSync(path.join(HERE, "../fixtures/areas", f), "utf8"));
    expect([200, 201], `${f}: ${await res.text()}`).toContain(res.status());
  }
}

test.beforeEach(async ({ request }) => ingestFixtures(request));

/** The highlighted span a claim link lands on, and its article's text. */
async function landing(page: Page, href: string): Promise<{ mark: string; article: string }> {
  await page.goto(href);
  const mark = page.locator(`mark#${href.split("#")[1]}`);
  await expect(mark).toBeVisible();
  return { mark: (await mark.textContent()) ?? "", article: (await page.getByTestId("article-text").textContent()) ?? "" };
}

test("衢江区's overview compares nothing with 衢州市's figure; area=衢州市 shows only 衢州市", async ({ page }) => {
  // Needs the extractor's areas: 衢江区 and 衢州市 named in the fixtures' sentences.
  await page.goto("/?sector=macro");
  await expect(page.getByLabel("地区", { exact: true })).toHaveValue("330803");
  const card = page.locator('[data-testid="headline-card"][data-indicator="macro.gdp_growth"]');
  await expect(card).toHaveCount(1);
  await expect(card).toHaveAttribute("data-area", "330803");
  // The fixture's (and the bundled page's) 10.8%, or the review spec's contradicting 7.5%: never 衢州市's 6.1%.
  await expect(card.locator(".big")).toHaveText(/^(10\.8|7\.5)%$/);
  // 2025 is 衢州市's year: 衢江区 has no 2023 figure to compare its 2024 with.
  await expect(card.getByTestId("card-change")).toHaveText("无可比的更早数据点");
  await expect(card).toHaveAttribute("data-prev-claim", "");
  await expect(page.locator('[data-testid="small-chart"]:not([data-area="330803"])')).toHaveCount(0);

  await page.goto("/?area=衢州市&sector=macro");
  await expect(page.getByLabel("地区", { exact: true })).toHaveValue("330800");
  const charts = page.getByTestId("small-chart");
  await expect(charts.first()).toBeVisible();
  await expect(page.locator('[data-testid="small-chart"]:not([data-area="330800"])')).toHaveCount(0);
  const qz = page.locator('[data-testid="headline-card"][data-indicator="macro.gdp_growth"]');
  await expect(qz.locator(".big")).toHaveText("6.1%");
  await expect(qz.getByTestId("card-change")).toHaveText("无可比的更早数据点");
  // The filter wrote the code back: links the app writes use codes.
  await page.getByLabel("地区", { exact: true }).selectOption("330803");
  await expect(page).not.toHaveURL(/area=/);
});

test("compare draws one series per area, each point linking to its own sentence", async ({ page }) => {
  // Needs the extractor's areas.
  await page.goto("/indicators/macro.gdp_growth");
  await page.getByTestId("compare-link").click();
  await expect(page).toHaveURL(/compare=330800,330000/);
  await page.goto("/indicators/macro.gdp_growth?compare=衢州市");
  const chart = page.getByTestId("indicator-chart");
  await expect(chart).toHaveAttribute("data-chart", "interactive");
  await expect(chart).toHaveAttribute("data-series", "2");
  await expect(page.getByTestId("chart-legend").locator("li")).toHaveText(["衢江区", "衢州市"]);
  const hrefs: [string, string][] = [];
  for (const code of ["330803", "330800"]) {
    const links = await chart.locator(`a.chart-point[data-series="${code}"]`).evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
    expect(links.length, code).toBeGreaterThan(0);
    for (const h of links) {
      expect(h).toMatch(/^\/articles\/\d+#claim-\d+$/);
      hrefs.push([code, h]);
    }
  }
  for (const [code, h] of hrefs) {
    const { mark, article } = await landing(page, h);
    if (code === "330800") {
      expect(mark).toBe("6.1%");
      expect(article).toContain("衢州市");
    } else {
      expect(mark).not.toBe("6.1%");
      expect(article).toContain("衢江");
    }
  }
  // The data table carries the area of every row.
  await page.goto("/indicators/macro.gdp_growth?compare=330800");
  const table = page.locator('section[aria-labelledby="h-chart"] table');
  await page.locator('section[aria-labelledby="h-chart"] details', { has: page.locator("table") }).locator("> summary").first().click();
  await expect(table.locator("tbody tr", { hasText: "衢州市" })).toHaveCount(1);
});

test("signed projects: one bar per quarter whose total is the sum of the events listed under it", async ({ page }) => {
  await page.goto("/indicators/investment.signed_investment?area=all&from=2023-01&to=2023-12");
  await expect(page.locator('[data-testid="indicator-chart"][data-chart="interactive"] .recharts-wrapper')).toBeVisible();
  const bars = page.locator("a.chart-point[data-bucket]");
  await expect(bars).toHaveCount(2);
  const events = page.getByTestId("event");
  await expect(events).toHaveCount(3);
  // No line joins one project to the next.
  await expect(page.locator('[data-testid="indicator-chart"] path[fill="none"]')).toHaveCount(0);
  for (const bar of await bars.all()) {
    const bucket = (await bar.getAttribute("data-bucket"))!;
    const total = Number(await bar.getAttribute("data-value"));
    const listed = await page
      .locator(`section[data-bucket="${bucket}"] [data-testid="event"]`)
      .evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-value"))));
    expect(listed.length).toBeGreaterThan(0);
    expect(total).toBeCloseTo(listed.reduce((a, b) => a + b, 0), 0);
  }
  expect(await bars.evaluateAll((as) => as.map((a) => a.getAttribute("data-bucket")))).toEqual(["2023-Q3", "2023-Q4"]);
  // Each event links to its sentence.
  const first = events.first().locator("a");
  await expect(first).toHaveAttribute("href", /^\/articles\/\d+#claim-\d+$/);
});

test("the bundled pages' headline cards compare only like with like", async ({ page, request }) => {
  const all = (await (await request.get("/claims/export?area=all&format=json")).json()) as {
    id: number;
    indicator: string | null;
    area_code: string | null;
    subject: string | null;
    status: string;
    period: string | null;
  }[];
  const byId = new Map(all.map((r) => [r.id, r]));
  let cards = 0;
  for (const url of ["/?area=all", "/"]) {
    await page.goto(url);
    for (const card of await page.locator('[data-testid="headline-card"]').all()) {
      cards++;
      const prevId = await card.getAttribute("data-prev-claim");
      if (!prevId) {
        await expect(card.getByTestId("card-change")).not.toContainText(/[▲▼]/);
        continue;
      }
      const last = byId.get(Number(await card.getAttribute("data-last-claim")))!;
      const prev = byId.get(Number(prevId))!;
      expect(prev.indicator).toBe(last.indicator);
      expect(prev.area_code).toBe(last.area_code);
      expect(prev.subject).toBe(last.subject);
      expect(prev.status).toBe(last.status);
      expect((prev.period ?? "") < (last.period ?? "")).toBe(true);
    }
  }
  expect(cards).toBeGreaterThan(0);
});

test("a Chinese link preview: title in Noto Sans SC, every character covered, drawn; SITE_URL, not the forwarded host", async ({ page, request }) => {
  const res = await page.request.get("/?sector=port", { headers: { "X-Forwarded-Host": "evil.example" } });
  const html = await res.text();
  const og = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, "&");
  expect(og).toBeTruthy();
  expect(og).not.toContain("evil.example");
  expect(new URL(og!).origin).toBe(new URL(process.env.E2E_SITE_URL ?? "https://qujiang.example").origin);

  const img = await request.get(`/og?sector=port&area=330803`);
  expect(img.status()).toBe(200);
  expect(img.headers()["content-type"]).toBe("image/png");
  expect(img.headers()["content-language"]).toBe("zh-CN");
  expect(img.headers()["x-glyphs-missing"]).toBe("0");
  const en = await request.get(`/og?sector=port&lang=en`);
  expect(en.headers()["content-language"]).toBe("en");

  // Drawn: the title band (衢江区 · 港航物流, all Han but the dot) has ink across its width.
  const b64 = (await img.body()).toString("base64");
  await page.setContent(`<img id="og" src="data:image/png;base64,${b64}">`);
  const ink = await page.evaluate(async () => {
    const el = document.getElementById("og") as HTMLImageElement;
    await el.decode();
    const c = document.createElement("canvas");
    c.width = el.naturalWidth;
    c.height = el.naturalHeight;
    const ctx = c.getContext("2d")!;
    ctx.drawImage(el, 0, 0);
    const { data } = ctx.getImageData(48, 50, 420, 70);
    const cols = new Set<number>();
    for (let i = 0; i < data.length; i += 4) if (data[i] < 100 && data[i + 1] < 100 && data[i + 2] < 100) cols.add((i / 4) % 420);
    return cols.size;
  });
  // Seven glyphs of 48 px: well over a hundred inked columns; missing glyphs would leave only the dot.
  expect(ink).toBeGreaterThan(150);
});

test("embed=1 shows the chart and its source links alone", async ({ page }) => {
  await page.goto("/indicators/investment.signed_investment?area=all&from=2023-01&to=2023-12&embed=1");
  await expect(page.getByTestId("indicator-chart")).toBeVisible();
  await expect(page.locator("nav")).toHaveCount(0);
  await expect(page.locator("form")).toHaveCount(0);
  await expect(page.locator("header")).toHaveCount(0);
  await expect(page.locator('a[href*="#claim-"]')).toHaveCount(3);
  const res = await page.request.get("/indicators/investment.signed_investment?embed=1");
  expect(res.headers()["content-security-policy"]).toContain("frame-ancestors *");

  await page.goto("/indicators/macro.gdp_growth?area=all&embed=1");
  await expect(page.locator("nav")).toHaveCount(0);
  const points = page.locator("a.chart-point");
  expect(await points.count()).toBeGreaterThan(0);
  await expect(points.first()).toHaveAttribute("href", /^\/articles\/\d+#claim-\d+$/);
});

test("at 390 px: filters fold into one line, one card per row, no sideways scroll, axis labels apart", async ({ browser }) => {
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await ctx.newPage();
  for (const url of ["/?area=all", "/indicators/macro.gdp_growth?area=all", "/indicators/investment.signed_investment?area=all", "/claims?area=all"]) {
    await page.goto(url);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), url).toBeLessThanOrEqual(390);
  }
  await page.goto("/?area=all");
  const summary = page.locator("details.fold > summary");
  await expect(summary).toBeVisible();
  expect((await summary.boundingBox())!.height).toBeLessThan(60);
  await expect(page.getByLabel("地区", { exact: true })).toBeHidden();
  await summary.click();
  await expect(page.getByLabel("地区", { exact: true })).toBeVisible();
  const xs = await page.getByTestId("headline-card").evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().left)));
  expect(new Set(xs).size).toBe(1);

  await page.goto("/indicators/investment.signed_investment?area=all&freq=month");
  await expect(page.locator('[data-testid="indicator-chart"][data-chart="interactive"] .recharts-wrapper')).toBeVisible();
  const ticks = await page.locator('[data-testid="indicator-chart"] text.x-tick').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => [r.left, r.right]));
  expect(ticks.length).toBeGreaterThan(0);
  for (let i = 1; i < ticks.length; i++) expect(ticks[i][0]).toBeGreaterThanOrEqual(ticks[i - 1][1]);
  await ctx.close();
});
