// What a reader takes away from a page: a period shown as a period (a year, a
// half, a quarter, a year-to-date span and a day, in Chinese and English) in
// the explorer's table, the chart's tooltip and the CSV; a downloaded chart
// that carries its title, legend and source; no catalogue id or internal code
// (eq/gt/plan) in the text a reader sees; axe on the pages this changes.
// Few page loads: the tooltips are read from the served HTML (a point's
// accessible name is its tooltip text) and one is hovered in the browser.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { AxeBuilder } from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { upload } from "./security-helpers";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const FIXTURE = "qujiang-port-periods.md";
const TITLE = "衢江港吞吐量持续攀升";
/** What the explorer shows of the fixture: q matches every one of its quotes. */
const EXPLORER = "/claims?area=all&q=货物吞吐量";

/** [written period, kind, value as shown in zh, in en, label zh, label en] */
const PERIODS = [
  ["2024", "year", "1200万吨", "12M tonnes", "2024年", "2024"],
  ["2025-H1", "half", "650万吨", "6.5M tonnes", "2025年上半年", "H1 2025"],
  ["2025-Q1", "quarter", "300万吨", "3M tonnes", "2025年一季度", "Q1 2025"],
  ["2025-09", "ytd", "980万吨", "9.8M tonnes", "2025年1—9月", "Jan–Sep 2025"],
  ["2025-10-07", "day", "5万吨", "50k tonnes", "2025年10月7日", "7 Oct 2025"],
] as const;

test.beforeEach(async ({ request }) => {
  const res = await upload(request, FIXTURE, readFileSync(path.join(HERE, "../fixtures/periods", FIXTURE), "utf8"));
  expect([200, 201], await res.text()).toContain(res.status());
});

interface Exported {
  period: string | null;
  period_kind: string | null;
  indicator: string | null;
  area_code: string | null;
  article_title: string | null;
  value: number;
}

async function fixtureClaims(page: Page): Promise<Exported[]> {
  const rows = (await (await page.request.get(`/claims/export?area=all&q=货物吞吐量&format=json`)).json()) as Exported[];
  return rows.filter((r) => r.article_title === TITLE);
}

/** Catalogue ids (macro.gdp_growth) and the claim record's codes, as words in the visible text. */
const CODES = /\b(?:port|investment|drama|industry|macro|services|agriculture|tourism|social)\.[a-z_]+\b|\b(?:eq|gt|gte|lt|approx|plan|actual)\b|\bindex\b/;

async function visibleCodes(page: Page): Promise<string[]> {
  const text = await page.locator("body").innerText();
  return text.split("\n").filter((line) => CODES.test(line));
}

test("a year, a half, a quarter, a year to date and a day read as periods in zh and en: explorer table, tooltip, CSV", async ({ page }) => {
  const claims = await fixtureClaims(page);
  expect(claims.map((c) => c.period).sort()).toEqual(PERIODS.map((p) => p[0]).sort());
  for (const lang of ["zh", "en"] as const) {
    const q = lang === "en" ? "&lang=en" : "";
    // The explorer's table: the row of each figure starts with its period.
    await page.goto(`${EXPLORER}${q}`);
    for (const [, , zhValue, enValue, zh, en] of PERIODS) {
      const row = page.locator("[data-testid=claims-table] tbody tr").filter({ hasText: lang === "zh" ? zhValue : enValue }).first();
      await expect(row.locator("td").first()).toHaveText(lang === "zh" ? zh : en);
    }
    expect(await visibleCodes(page), `explorer ${lang}`).toEqual([]);
    // The CSV: the period column first, in the page's language, the ISO period beside it.
    const csv = (await (await page.request.get(`/claims/export?area=all&q=货物吞吐量&format=csv${q}`)).text()).replace(/^\uFEFF/, "").split("\n");
    expect(csv[0].split(",")[0]).toBe(lang === "zh" ? "时期" : "Period");
    const periodCol = csv[0].split(",").indexOf("period");
    for (const [period, , , , zh, en] of PERIODS) {
      const line = csv.find((l) => l.includes(TITLE) && l.split(",")[periodCol] === period);
      expect(line, period).toBeDefined();
      expect(line!.split(",")[0]).toBe(lang === "zh" ? zh : en);
    }
    // The tooltip: each point's accessible name (the text its tooltip shows), read from the served page of its series.
    let checked = 0;
    for (const [period, kind, , , zh, en] of PERIODS) {
      const c = claims.find((x) => x.period === period);
      if (!c?.indicator) continue;
      const html = await (await page.request.get(`/indicators/${c.indicator}?freq=${kind}${q}`)).text();
      const area = lang === "zh" ? "衢江区" : "Qujiang District";
      expect(html, `${period} ${lang}`).toContain(`aria-label="${area} ${lang === "zh" ? zh : en} `);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(4);
  }
  // And the interactive chart's own tooltip on hover, for the half year.
  const half = claims.find((c) => c.period === "2025-H1")!;
  await page.goto(`/indicators/${half.indicator}?freq=half&lang=en`);
  const point = page.locator('[data-chart="interactive"] a.chart-point').first();
  await point.hover();
  await expect(page.getByTestId("chart-tooltip")).toContainText("H1 2025");
});

test("a downloaded SVG carries title, legend and source; the share menu gives the embed code; no codes or axe violations", async ({ page }) => {
  const claims = await fixtureClaims(page);
  const indicator = claims.find((c) => c.period === "2024")!.indicator!;
  await page.goto(`/indicators/${indicator}?freq=year`);
  await expect(page.locator('[data-chart="interactive"] .recharts-wrapper')).toBeVisible();
  const [svg] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载 SVG" }).click()]);
  const text = readFileSync((await svg.path())!, "utf8");
  const texts = (role: string) => [...text.matchAll(new RegExp(`<text[^>]*data-role="${role}"[^>]*>([^<]*)</text>`, "g"))].map((m) => m[1]);
  expect(texts("title")[0]).toContain("港口货物吞吐量");
  expect(texts("legend")).toContain("衢江区");
  expect(texts("subtitle")[0]).toContain("年度");
  expect(texts("source")[0]).toMatch(/^衢江经济指标看板 · 来源: 新闻报道, \d+ 篇$/);
  expect(texts("url")[0]).toContain(`/indicators/${indicator}`);
  // The share menu: the link and an <iframe> of the same view with embed=1.
  await page.getByTestId("share-menu").locator("summary").click();
  await expect(page.getByTestId("share-embed")).toHaveValue(new RegExp(`^<iframe src="http[^"]+/indicators/${indicator.replace(".", "\\.")}\\?[^"]*embed=1`));
  expect(await visibleCodes(page), "indicator zh").toEqual([]);

  for (const url of [`/indicators/${indicator}?freq=year&lang=en`, "/?area=all&lang=en"]) {
    await page.goto(url);
    await expect(page.locator("main#main")).toBeVisible();
    if (url.startsWith("/indicators")) {
      await expect(page.locator('[data-chart="interactive"] .recharts-wrapper')).toBeVisible();
      await expect(page.locator("h1")).toContainText("Qujiang District");
    }
    expect(await visibleCodes(page), url).toEqual([]);
    const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`), url).toEqual([]);
  }
});
