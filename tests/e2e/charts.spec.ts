// The indicator chart in two steps: the server-rendered static SVG chart first
// (all a reader without JavaScript gets), then, after the page has loaded, the
// interactive recharts chart in its place, fetched as a chunk of its own. Both
// draw every point as a link to its sentence, the same links as the data table's.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test, type Page } from "@playwright/test";
import { upload } from "./security-helpers";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const FIXTURES = ["qujiang-gdp-2024.md", "quzhou-gdp-2025.md", "signed-2023-q3.md", "signed-2023-q4.md"];
/** Two series (衢江区, 衢州市): a legend, a line each. */
const COMPARE = "/indicators/macro.gdp_growth?compare=330800";
const INTERACTIVE = '[data-testid="indicator-chart"][data-chart="interactive"]';
const STATIC = '[data-testid="indicator-chart"][data-chart="static"]';
/** A string only the recharts code carries: tells its chunk from the others. */
const RECHARTS_MARK = "recharts-surface";

test.beforeEach(async ({ request }) => {
  for (const f of FIXTURES) {
    const res = await upload(request, f, readFileSync(path.join(HERE, "../fixtures/areas", f), "utf8"));
    expect([200, 201], `${f}: ${await res.text()}`).toContain(res.status());
  }
});

async function hrefs(page: Page, selector: string): Promise<string[]> {
  const all = await page.locator(selector).evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  return [...new Set(all)].sort();
}

/** The source links of the chart's data table (its accessible alternative). */
function tableHrefs(page: Page): Promise<string[]> {
  return hrefs(page, 'section[aria-labelledby="h-chart"] details table a[href*="#claim-"]');
}

test("after load the recharts chart takes the static chart's place: the data table's links, legend, tooltip, keyboard", async ({ page }) => {
  // What the server sends: the static chart, and no recharts in any script the page loads first.
  const res = await page.request.get(COMPARE);
  const html = await res.text();
  expect(html).toContain('data-chart="static"');
  expect(html).not.toContain("recharts");
  const firstLoad = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]);
  expect(firstLoad.length).toBeGreaterThan(0);
  for (const src of firstLoad) expect((await (await page.request.get(src)).text()).includes(RECHARTS_MARK), src).toBe(false);

  await page.goto(COMPARE);
  const chart = page.locator(INTERACTIVE);
  await expect(chart.locator(".recharts-wrapper svg.recharts-surface")).toBeVisible();
  await expect(page.locator("svg.chart-svg")).toHaveCount(0);

  // The recharts chunk was fetched after the load event.
  const timing = await page.evaluate(() => ({
    load: (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).loadEventStart,
    chunks: performance
      .getEntriesByType("resource")
      .filter((e) => e.name.includes("/_next/static/chunks/") && e.name.endsWith(".js"))
      .map((e) => ({ url: e.name, start: e.startTime })),
  }));
  const lazy = [];
  for (const c of timing.chunks) if ((await (await page.request.get(c.url)).text()).includes(RECHARTS_MARK)) lazy.push(c);
  expect(lazy.length).toBeGreaterThan(0);
  for (const c of lazy) expect(c.start, c.url).toBeGreaterThanOrEqual(timing.load);

  // One series per area, told apart in the legend; every point a link to its sentence, the data table's links.
  await expect(chart.getByTestId("chart-legend").locator("li")).toHaveText(["衢江区", "衢州市"]);
  const points = chart.locator("a.chart-point");
  expect(await points.count()).toBeGreaterThanOrEqual(2);
  for (const code of ["330803", "330800"]) expect(await chart.locator(`a.chart-point[data-series="${code}"]`).count(), code).toBeGreaterThan(0);
  const chartLinks = await hrefs(page, `${INTERACTIVE} a.chart-point`);
  for (const h of chartLinks) expect(h).toMatch(/^\/articles\/\d+#claim-\d+$/);
  expect(chartLinks).toEqual(await tableHrefs(page));
  for (const label of await points.evaluateAll((as) => as.map((a) => a.getAttribute("aria-label") ?? ""))) expect(label).toMatch(/\d/);

  // The mouse gets recharts' tooltip: the hovered period's figures.
  const first = points.first();
  const name = (await first.getAttribute("aria-label"))!;
  await first.hover();
  await expect(chart.getByTestId("chart-tooltip")).toContainText(name);

  // The keyboard reaches the points with Tab, focus shows the figure, Enter follows the link.
  await page.mouse.move(0, 0);
  await first.focus();
  await expect(first).toBeFocused();
  await page.keyboard.press("Tab");
  const second = points.nth(1);
  await expect(second).toBeFocused();
  await expect(chart.locator(".chart-tip")).toHaveText((await second.getAttribute("aria-label"))!);
  const target = (await second.getAttribute("href"))!;
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${target.replace(/[?#]/g, "\\$&")}$`));
  await expect(page.locator(`mark#${target.split("#")[1]}`)).toHaveClass(/is-target/);
});

test("the SVG and PNG downloads take the interactive chart", async ({ page }) => {
  await page.goto(COMPARE);
  await expect(page.locator(`${INTERACTIVE} .recharts-wrapper`)).toBeVisible();
  const [svg] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载 SVG" }).click()]);
  expect(svg.suggestedFilename()).toBe("macro.gdp_growth.svg");
  const text = readFileSync((await svg.path())!, "utf8");
  expect(text).toContain(RECHARTS_MARK);
  expect(text).toMatch(/href="\/articles\/\d+#claim-\d+"/);
  const [png] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载 PNG" }).click()]);
  expect(png.suggestedFilename()).toBe("macro.gdp_growth.png");
  expect(readFileSync((await png.path())!).subarray(1, 4).toString()).toBe("PNG");
});

test("without JavaScript the static chart is the chart: every point a visible link to its sentence", async ({ browser }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto(COMPARE);
  const chart = page.locator(STATIC);
  await expect(chart.locator("svg.chart-svg")).toBeVisible();
  await expect(page.locator(".recharts-wrapper")).toHaveCount(0);
  await expect(chart.getByTestId("chart-legend").locator("li")).toHaveText(["衢江区", "衢州市"]);
  const points = chart.locator("a.chart-point");
  expect(await points.count()).toBeGreaterThanOrEqual(2);
  for (const p of await points.all()) {
    await expect(p).toBeVisible();
    await expect(p).toHaveAttribute("href", /^\/articles\/\d+#claim-\d+$/);
    await expect(p).toHaveAttribute("aria-label", /\d/);
  }
  expect(await hrefs(page, `${STATIC} a.chart-point`)).toEqual(await tableHrefs(page));
  // Following one lands on its sentence, highlighted.
  const target = (await points.first().getAttribute("href"))!;
  await points.first().click();
  await expect(page.locator(`mark#${target.split("#")[1]}`)).toBeVisible();
  await ctx.close();
});

test("if the interactive chart cannot be fetched, the static chart stays and its downloads work", async ({ page }) => {
  let blocked = 0;
  await page.route("**/_next/static/chunks/**", async (route) => {
    const res = await route.fetch();
    const body = await res.text();
    if (body.includes(RECHARTS_MARK)) {
      blocked++;
      return route.abort();
    }
    return route.fulfill({ response: res, body });
  });
  await page.goto(COMPARE);
  await expect.poll(() => blocked).toBeGreaterThan(0);
  await page.waitForLoadState("networkidle");
  await expect(page.locator(`${STATIC} svg.chart-svg`)).toBeVisible();
  await expect(page.locator(".recharts-wrapper")).toHaveCount(0);
  expect(await page.locator(`${STATIC} a.chart-point`).count()).toBeGreaterThanOrEqual(2);
  const [svg] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载 SVG" }).click()]);
  expect(svg.suggestedFilename()).toBe("macro.gdp_growth.svg");
  expect(readFileSync((await svg.path())!, "utf8")).toContain("chart-svg");
});

test("bars: per-period sums as recharts bars, each a link to its list of events; at 390 px no sideways scroll, labels apart", async ({ browser }) => {
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await ctx.newPage();
  await page.goto("/indicators/investment.signed_investment?area=all&from=2023-01&to=2023-12");
  const chart = page.locator(INTERACTIVE);
  await expect(chart.locator(".recharts-wrapper")).toBeVisible();
  const bars = chart.locator("a.chart-point[data-bucket]");
  expect(await bars.evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual(["#bucket-2023-Q3", "#bucket-2023-Q4"]);
  await expect(bars.locator("rect")).toHaveCount(2);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const ticks = await chart.locator("text.x-tick").evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => [r.left, r.right]));
  expect(ticks.length).toBeGreaterThan(0);
  for (let i = 1; i < ticks.length; i++) expect(ticks[i][0]).toBeGreaterThanOrEqual(ticks[i - 1][1]);
  await ctx.close();
});
