// The overview's 主要经济指标 table and an indicator's peers view (同级比较):
// their accessible names, axe-core, the phone layout and the chart download.
import { AxeBuilder } from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

async function axe(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`);
}

test("the key-indicators table and the peers view: names, axe, phone width, downloads", async ({ page }) => {
  await page.goto("/");
  const section = page.getByTestId("key-section");
  await expect(section.getByRole("heading", { name: "主要经济指标", exact: true })).toBeVisible();
  const table = section.locator("table");
  await expect(table.getByRole("columnheader", { name: "同比" })).toBeVisible();
  expect(await table.locator("tbody tr[data-indicator]").count()).toBeGreaterThan(3);
  // The first row's value is its source sentence, one click away.
  const source = table.getByTestId("key-source").first();
  await expect(source).toHaveAttribute("href", /^\/articles\/\d+#claim-\d+$/);
  expect(await axe(page)).toEqual([]);

  // Peers of the first indicator, for its period.
  const indicator = await table.locator("tbody tr[data-indicator]").first().getAttribute("data-indicator");
  await page.goto(`/indicators/${indicator}?view=peers`);
  const peers = page.getByTestId("peers-view");
  await expect(peers.getByRole("heading", { name: "同级比较", exact: true })).toBeVisible();
  await expect(peers.getByRole("columnheader", { name: "排名" })).toBeVisible();
  await expect(peers.locator("tr.selected")).toHaveCount(1);
  expect(await axe(page)).toEqual([]);
  const download = page.waitForEvent("download");
  await peers.getByRole("button", { name: /PNG/ }).click();
  expect((await download).suggestedFilename()).toMatch(/_peers_.*\.png$/);
  await page.goto(`/indicators/${indicator}?view=peers&lang=en`);
  await expect(page.getByRole("heading", { name: /Peers/ })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Rank" })).toBeVisible();

  // A phone: nothing wider than the screen; the table folds after eight rows behind 更多.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  const phoneTable = page.getByTestId("key-section").locator("table");
  await expect(phoneTable.getByRole("columnheader", { name: "同比" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const more = page.getByTestId("key-section").getByRole("button", { name: /更多/ });
  if (await more.count()) {
    const hidden = phoneTable.locator("tr.fold").first();
    await expect(hidden).toBeHidden();
    await more.click();
    await expect(hidden).toBeVisible();
  }
  await page.goto(`/indicators/${indicator}`);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
