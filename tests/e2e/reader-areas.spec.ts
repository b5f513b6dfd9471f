// What a reader meets first (issue 15): missing pages answer 404, the overview
// fits a phone in three screens, the area picker offers areas in the order a
// reader looks for them with their data points, 同级比较 adds the peers in one
// click, an article is titled by its headline, and quotes keep their list.
// Runs on both databases (the file name matches playwright.config.ts PG_SPECS).
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { AxeBuilder } from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { DB_ROWS_LOCK, upload } from "./security-helpers";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const FIXTURE = "peers-industry-2022.md";
const HEADLINE = "去年衢州各县（市、区）工业经济稳中有进";
const INDICATOR = "/indicators/industry.value_added_growth";
/** 柯城区, 常山县, 龙游县, 江山市: 衢江区's peers in the fixture, by code. */
const PEERS = ["330802", "330822", "330825", "330881"];

test.describe.configure({ lock: DB_ROWS_LOCK });

async function axe(page: Page, what: string) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`), what).toEqual([]);
}

test("a missing article or indicator answers 404 with the helpful page", async ({ page, request }) => {
  for (const url of ["/articles/999999", "/indicators/nope", "/articles/not-a-number"]) {
    expect((await request.get(url)).status(), url).toBe(404);
  }
  const res = await page.goto("/indicators/nope");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("未找到");
  await expect(page.getByRole("link", { name: "返回概览" })).toHaveAttribute("href", "/");
  await axe(page, "404");
});

test("at 390 px the overview is at most three screens tall, and 'more' shows the rest", async ({ browser }) => {
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await ctx.newPage();
  await page.goto("/");
  await expect(page.getByTestId("small-multiples")).toBeVisible();
  // Keyboard: the skip link to the filters comes right after the one to the content.
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(page.getByTestId("skip-filters")).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(page.locator("#filters summary")).toBeFocused();
  await page.goto("/");
  // Measured as a reader sees it once loaded: the filters folded to their summary line.
  await expect(page.locator("#filters")).not.toHaveAttribute("open");
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height).toBeLessThanOrEqual(3 * 844);
  // Sparklines only where there is a trend to draw.
  for (const n of await page.locator(".spark").evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-points"))))) expect(n).toBeGreaterThanOrEqual(2);
  const series = page.getByTestId("small-chart");
  const all = await series.count();
  const more = page.getByTestId("more-charts");
  if (await more.isVisible()) {
    expect(await series.filter({ visible: true }).count()).toBeLessThan(all);
    await more.click();
    await expect(series.filter({ visible: true })).toHaveCount(all);
  }
  await axe(page, "overview at 390 px");
  await ctx.close();
});

test("the area picker: selected, parent, peers, others, with their points; 同级比较 adds the peers; an area without points says so", async ({ page, request }) => {
  const res = await upload(request, FIXTURE, readFileSync(path.join(HERE, "../fixtures/areas", FIXTURE), "utf8"));
  expect([200, 201], await res.text()).toContain(res.status());

  await page.goto(INDICATOR);
  const picker = page.getByLabel("地区", { exact: true });
  await expect(picker).toHaveValue("330803");
  const groups = await picker.locator("optgroup").evaluateAll((gs) => gs.map((g) => g.getAttribute("label")));
  expect(groups[0]).toBe("当前地区");
  const canonical = ["当前地区", "上级地区", "同级地区", "其他有数据的地区"];
  expect(groups.map((g) => canonical.indexOf(g!))).toEqual([...groups.map((g) => canonical.indexOf(g!))].sort());
  await expect(picker.locator('optgroup[label="当前地区"] option')).toHaveText([/^衢江区（1 个数据点）$/]);
  expect(await picker.locator('optgroup[label="同级地区"] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual(PEERS);
  // Every area offered has points for this indicator (the selected and home areas may say 无数据); 开化县 has none.
  for (const text of await picker.locator("optgroup option").allTextContents()) expect(text).toMatch(/（(\d+ 个数据点|无数据)）$/);
  await expect(picker.locator('option[value="330824"]')).toHaveCount(0);

  // One click compares the peers: the chart, its data table, the claims table and the CSV carry them.
  await page.getByTestId("compare-peers").click();
  await expect(page).toHaveURL(new RegExp(`compare=${PEERS.join("%2C")}|compare=${PEERS.join(",")}`));
  await expect(page.getByTestId("chart-legend").locator("li")).toHaveText(["衢江区", "柯城区", "常山县", "龙游县", "江山市"]);
  const claims = page.getByTestId("claims-table");
  for (const name of ["衢江区", "柯城区", "常山县", "龙游县", "江山市"]) await expect(claims.locator("tbody tr", { hasText: name }).first()).toBeVisible();
  const csv = await (await request.get(`${INDICATOR}/csv?compare=${PEERS.join(",")}`)).text();
  for (const name of ["衢江区", "柯城区", "江山市"]) expect(csv).toContain(name);

  // The quote keeps its list: the names, what they measure and every figure, not "7.6%和7.3%".
  const row = claims.locator("tbody tr", { hasText: "7.6%" }).first();
  await expect(row).toContainText("柯城区、衢江区、龙游县规模以上工业增加值分别增长6.2%、7.6%和7.3%");

  // The article is titled by its headline, not its first line or the hotline.
  await row.locator('a[href^="/articles/"]').first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(HEADLINE);
  await expect(page).toHaveTitle(new RegExp(`^${HEADLINE.replace(/[()（）]/g, ".")}`));

  // A compared area without points is named in a sentence, not a bare legend entry.
  await page.goto(`${INDICATOR}?compare=330824`);
  await expect(page.getByTestId("no-points").locator('li[data-area="330824"]')).toContainText("开化县");
  await expect(page.getByTestId("chart-legend").locator("li", { hasText: "开化县" })).toHaveCount(0);
  await axe(page, "indicator page comparing an area without points");
});
