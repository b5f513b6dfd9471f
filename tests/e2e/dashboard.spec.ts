// The dashboard's promises, in a real browser against the production build on a
// fresh database holding the bundled sample articles (see playwright.config.ts).
// Nothing here knows which indicators the extractor finds: each test reads the
// overview first and works with whatever sector and indicator have data.
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test, type Page } from "@playwright/test";
import { upload } from "./security-helpers";

// The package is ESM: no __dirname.
const HERE = path.dirname(fileURLToPath(import.meta.url));
const ARTIFACTS = path.resolve(HERE, "../artifacts");
mkdirSync(ARTIFACTS, { recursive: true });

// The sample pages alone give no series two points long (the overview draws small charts only
// from two points on): two signings in two quarters make one, whatever spec ran before this one.
// Uploads are idempotent (same bytes, same document).
test.beforeEach(async ({ request }) => {
  for (const f of ["signed-2023-q3.md", "signed-2023-q4.md"]) {
    const res = await upload(request, f, readFileSync(path.join(HERE, "../fixtures/areas", f), "utf8"));
    expect([200, 201], `${f}: ${await res.text()}`).toContain(res.status());
  }
});

async function shot(page: Page, name: string) {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** A sector and one of its indicators, as the overview shows them. */
async function firstChart(page: Page): Promise<{ sector: string; indicator: string }> {
  await page.goto("/");
  const card = page.getByTestId("small-chart").first();
  await expect(card).toBeVisible();
  return { sector: (await card.getAttribute("data-sector"))!, indicator: (await card.getAttribute("data-indicator"))! };
}

test("choosing a sector updates the URL and the charts; the URL reproduces the view elsewhere", async ({ page, browser }) => {
  const { sector } = await firstChart(page);
  const allCharts = await page.getByTestId("small-chart").count();
  await shot(page, "overview-all");

  await page.getByLabel("行业", { exact: true }).selectOption(sector);
  await expect(page).toHaveURL(new RegExp(`[?&]sector=${sector}(&|$)`));
  // Every chart now belongs to the chosen sector, and there is at least one.
  const charts = page.getByTestId("small-chart");
  await expect(charts.first()).toBeVisible();
  await expect(page.locator(`[data-testid="small-chart"]:not([data-sector="${sector}"])`)).toHaveCount(0);
  const indicators = await charts.evaluateAll((els) => els.map((e) => e.getAttribute("data-indicator")));
  expect(indicators.length).toBeGreaterThan(0);
  expect(indicators.length).toBeLessThanOrEqual(allCharts);
  const headline = await page.locator("#h-headline").textContent();
  await shot(page, "overview-sector");

  // Same URL in a fresh context (no cookies, no history): same view.
  const url = page.url();
  const other = await browser.newContext();
  const p2 = await other.newPage();
  await p2.goto(url);
  await expect(p2.getByLabel("行业", { exact: true })).toHaveValue(sector);
  await expect(p2.locator("#h-headline")).toHaveText(headline!);
  expect(await p2.getByTestId("small-chart").evaluateAll((els) => els.map((e) => e.getAttribute("data-indicator")))).toEqual(indicators);
  await other.close();

  if (process.env.SAVE_DOCS_SCREENSHOT) {
    // The README's picture: SAVE_DOCS_SCREENSHOT=1 npm run test:e2e (kept out of normal runs so they leave no diff).
    mkdirSync(path.resolve(HERE, "../../docs"), { recursive: true });
    await page.setViewportSize({ width: 1280, height: 1000 });
    await page.goto("/");
    await expect(page.getByTestId("chart-grid")).toBeVisible();
    await page.screenshot({ path: path.resolve(HERE, "../../docs/screenshot.png"), fullPage: false });
  }
});

test("clicking a data point opens the article with the claim's span highlighted", async ({ page }) => {
  // A series of levels or rates (an event series' bars open its list of events, not one sentence).
  await page.goto("/");
  const row = page.locator('[data-testid="key-indicators"] tr[data-indicator]:not([data-kind="event"])').first();
  const indicator = (await row.getAttribute("data-indicator"))!;
  await page.goto(`/indicators/${indicator}`);
  // The point clicked is one of the interactive (recharts) chart's, swapped in after load.
  await expect(page.locator('[data-testid="indicator-chart"][data-chart="interactive"] .recharts-wrapper')).toBeVisible();
  await shot(page, "indicator");
  const point = page.locator("a.chart-point").first();
  await expect(point).toBeVisible();
  const claimId = await point.getAttribute("data-claim");
  await point.click();
  await expect(page).toHaveURL(new RegExp(`/articles/\\d+.*#claim-${claimId}$`));
  const mark = page.locator(`mark#claim-${claimId}`);
  await expect(mark).toBeVisible();
  await expect(mark).toHaveClass(/is-target/);
  expect(await mark.evaluate((el) => el.matches(":target"))).toBe(true);
  await expect(mark).toBeInViewport();
  await shot(page, "article");
});

test("a source link in the indicator's data table lands on the highlighted claim", async ({ page }) => {
  const { indicator } = await firstChart(page);
  await page.goto(`/indicators/${indicator}`);
  const link = page.getByTestId("claims-table").locator("a[href*='#claim-']").first();
  const target = await link.getAttribute("href");
  expect(target).toMatch(/^\/articles\/\d+(\?lang=en)?#claim-\d+$/);
  await link.click();
  const id = target!.split("#")[1];
  await expect(page.locator(`mark#${id}`)).toHaveClass(/is-target/);
  expect(await page.locator(`mark#${id}`).evaluate((el) => el.matches(":target"))).toBe(true);
});

test("a malformed parameter shows the default view and a notice, never an error page", async ({ page }) => {
  const res = await page.goto("/?sector=harbour&from=2024-13&lang=xx");
  expect(res?.status()).toBe(200);
  const notice = page.getByRole("status").filter({ hasText: "sector=harbour" });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText("from=2024-13");
  await expect(page.getByLabel("行业", { exact: true })).toHaveValue("all");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("衢江经济指标看板");
  await shot(page, "overview-notice");

  const { indicator } = await firstChart(page);
  const r2 = await page.goto(`/indicators/${indicator}?chart=pie&to=never`);
  expect(r2?.status()).toBe(200);
  await expect(page.getByRole("status").filter({ hasText: "chart=pie" })).toBeVisible();
  await expect(page.getByTestId("indicator-chart")).toBeVisible();
});

test("switching to English changes the labels, and the language stays in the URL", async ({ page }) => {
  await page.goto("/");
  await page.getByTestId("lang-switch").click();
  await expect(page).toHaveURL(/[?&]lang=en(&|$)/);
  await expect(page.getByLabel("Sector", { exact: true })).toBeVisible();
  await expect(page.getByLabel("行业", { exact: true })).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Qujiang Economic Indicators");
  await expect(page.getByLabel("Sector", { exact: true }).locator("option").first()).toHaveText("All");
  // Indicator names switch too: the first chart's title is the catalogue's English name (ASCII letters).
  await expect(page.getByTestId("small-chart").first().locator("h3")).toHaveText(/[A-Za-z]/);
  await shot(page, "overview-en");
  await page.getByRole("link", { name: "Claims explorer", exact: true }).click();
  await expect(page).toHaveURL(/\/claims\?lang=en$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Claims explorer");
  await shot(page, "claims-en");
});

test("claims explorer filters on the server and exports what it shows", async ({ page, request }) => {
  const { sector } = await firstChart(page);
  await page.goto(`/claims?sector=${sector}&sort=value_desc`);
  const status = page.getByRole("status").filter({ hasText: /条结果/ });
  const total = Number((await status.textContent())!.match(/\d+/)![0]);
  expect(total).toBeGreaterThan(0);
  await shot(page, "claims");
  // Column headers sort too: value descending, then ascending.
  const valueHeader = page.getByRole("columnheader", { name: /数值/ });
  await expect(valueHeader).toHaveAttribute("aria-sort", "descending");
  await valueHeader.getByRole("link").click();
  await expect(page).toHaveURL(/sort=value_asc/);
  await expect(page.getByRole("columnheader", { name: /数值/ })).toHaveAttribute("aria-sort", "ascending");
  const res = await request.get(`/claims/export?sector=${sector}&sort=value_desc&format=json`);
  expect(res.status()).toBe(200);
  const rows = (await res.json()) as { sector: string; value: number }[];
  expect(rows.length).toBe(total);
  expect(rows.every((r) => r.sector === sector)).toBe(true);
  expect(rows.map((r) => r.value)).toEqual([...rows.map((r) => r.value)].sort((a, b) => b - a));
  const csv = await request.get(`/claims/export?sector=${sector}&format=csv`);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  // Headers in the page's language, the codes for machines after them.
  const header = (await csv.text()).replace(/^\uFEFF/, "").split("\n")[0];
  expect(header).toMatch(/^时期,地区,指标,数值,单位,限定,状态,/);
  expect(header).toContain("period,period_kind,as_of,area_code,indicator,unit,qualifier,status");
});

test("works at phone width without sideways scrolling, and the filter is keyboard operable", async ({ browser }) => {
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await ctx.newPage();
  const { sector } = await firstChart(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await shot(page, "overview-390");
  // The filters are folded into one line; its summary opens them from the keyboard.
  const fold = page.locator("details.fold > summary");
  await fold.focus();
  await page.keyboard.press("Enter");
  // The select takes keyboard focus; choosing from it navigates like a click.
  const select = page.getByLabel("行业", { exact: true });
  await select.focus();
  await expect(select).toBeFocused();
  await select.selectOption(sector);
  await expect(page).toHaveURL(new RegExp(`sector=${sector}`));
  const { indicator } = await firstChart(page);
  await page.goto(`/indicators/${indicator}`);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await shot(page, "indicator-390");
  await ctx.close();
});

test("downloads: indicator CSV and the link preview image", async ({ page, request }) => {
  const { indicator } = await firstChart(page);
  const csv = await request.get(`/indicators/${indicator}/csv`);
  expect(csv.status()).toBe(200);
  const lines = (await csv.text()).trim().split("\n");
  expect(lines.length).toBeGreaterThan(1);
  expect(lines.slice(1).every((l) => l.includes(indicator))).toBe(true);
  await page.goto(`/indicators/${indicator}?from=2020-01`);
  const og = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(og).toContain(`/og?indicator=${indicator}`);
  const img = await request.get(new URL(og!).pathname + new URL(og!).search);
  expect(img.status()).toBe(200);
  expect(img.headers()["content-type"]).toBe("image/png");
});
