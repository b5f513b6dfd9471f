// axe-core in the browser on every kind of page: no WCAG 2.1 A/AA violation.
import { AxeBuilder } from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

async function audit(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator("main#main")).toBeVisible();
  await expect(page.locator("[aria-busy=true]")).toHaveCount(0);
  // An indicator page is audited as readers use it: with the interactive (recharts) chart swapped in after load.
  if (await page.getByTestId("indicator-chart").count()) await expect(page.locator('[data-chart="interactive"] .recharts-wrapper')).toBeVisible();
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`);
  expect(summary, url).toEqual([]);
}

test("every page kind passes axe (WCAG 2.1 AA)", async ({ page, request }) => {
  await page.goto("/?area=all");
  // The key-indicators table is there whatever the sample data's series lengths (small charts need two points).
  const indicator = await page.locator('[data-testid="key-indicators"] tr[data-indicator]').first().getAttribute("data-indicator");
  const article = await page.locator('a[href^="/articles/"]').first().getAttribute("href");
  const exported = (await (await request.get("/claims/export?area=all&format=json")).json()) as { indicator: string | null }[];
  const event = exported.find((r) => r.indicator === "investment.signed_investment" || r.indicator === "investment.project_investment")?.indicator;
  const pages = [
    "/",
    "/?area=all",
    "/?lang=en&area=all",
    `/indicators/${indicator}?area=all`,
    `/indicators/${indicator}?area=all&embed=1`,
    "/claims?area=all",
    article!,
    "/signin",
    "/signin/site",
    "/accounts",
    "/upload",
    "/indicators/no.such_indicator",
    "/?sector=harbour",
  ];
  if (event) pages.push(`/indicators/${event}?area=all`);
  for (const url of pages) await audit(page, url);
});
