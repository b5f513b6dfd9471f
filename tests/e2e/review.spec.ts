// Editorial review in a real browser against the production server (the test
// accounts of tests/e2e/accounts.ts): an editor's correction reaches the
// chart's data table, a reader sees no edit control and is refused by the write
// API, and an uploaded page that contradicts a seed figure shows as a conflict.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test, type Page } from "@playwright/test";
import { DB_ROWS_LOCK, E2E_EDITOR, E2E_PASSWORD, signIn, upload } from "./security-helpers";

const HERE = path.dirname(fileURLToPath(import.meta.url));

// These tests add and change rows; the security specs count rows around hostile requests.
test.describe.configure({ lock: DB_ROWS_LOCK });

/** An indicator page's first reported, dated claim: its table row and its link to the article. */
async function chartedClaim(page: Page): Promise<{ indicator: string; href: string; claimId: number; articleId: number }> {
  await page.goto("/");
  // A series with a chart and its data table (an event indicator lists its events instead), from the key-indicators table.
  const row = page.locator('[data-testid="key-indicators"] tr[data-indicator]:not([data-kind="event"])').first();
  await expect(row).toBeAttached();
  const indicator = (await row.getAttribute("data-indicator"))!;
  await page.goto(`/indicators/${indicator}`);
  const href = await page
    .getByTestId("claims-table")
    .locator("tbody tr")
    .evaluateAll((rows) => {
      for (const r of rows) {
        const cells = [...r.querySelectorAll("td")].map((td) => td.textContent?.trim() ?? "");
        const link = r.querySelector("a[href^='/articles/']")?.getAttribute("href");
        // period (as a reader reads it: 2025年1月), area, value, status, quote …
        if (link && /^\d{4}年/.test(cells[0]) && cells[3] === "实际") return link;
      }
      return null;
    });
  expect(href, `a dated, reported claim on /indicators/${indicator}`).toBeTruthy();
  const m = /^\/articles\/(\d+).*#claim-(\d+)$/.exec(href!)!;
  return { indicator, href: href!, articleId: Number(m[1]), claimId: Number(m[2]) };
}

test("a reader sees no edit controls, and the write API answers 401", async ({ page, request }) => {
  const { articleId, claimId } = await chartedClaim(page);
  await page.goto(`/articles/${articleId}`);
  await expect(page.getByTestId("article-text")).toBeVisible();
  await expect(page.getByTestId("claim-editor")).toHaveCount(0);
  await expect(page.getByTestId("add-claim")).toHaveCount(0);
  await expect(page.getByTestId("map-metric")).toHaveCount(0);
  await expect(page.getByRole("button", { name: /保存更正|确认无误|删除/ })).toHaveCount(0);

  const json = { "content-type": "application/json" };
  const calls = [
    request.patch(`/api/claims/${claimId}`, { headers: json, data: { value: 1 } }),
    request.post(`/api/claims/${claimId}/review`, { headers: json, data: { action: "reject" } }),
    request.post("/api/claims", { headers: json, data: { articleId, quote: "x", value: 1, unit: "个", qualifier: "eq", metric: "x", sector: "macro", status: "actual" } }),
    request.post("/api/mappings", { headers: json, data: { metric: "x", indicatorId: "macro.x" } }),
    request.patch(`/api/claims/${claimId}`, { headers: { ...json, authorization: "Bearer test-secret" }, data: { value: 1 } }),
  ];
  for (const res of await Promise.all(calls)) expect(res.status(), res.url()).toBe(401);
  // Nothing changed, and nothing was logged.
  const audit = await (await request.get(`/api/claims/${claimId}/audit`)).json();
  expect(audit.audit).toEqual([]);
});

test("an editor corrects a value on the article page and the indicator's table and chart data show it", async ({ page }) => {
  const { indicator, articleId, claimId } = await chartedClaim(page);
  await page.goto(`/articles/${articleId}`);
  await page.getByTestId("editor-signin").getByRole("link").click();
  await expect(page).toHaveURL(/\/signin\?next=/);
  await page.getByLabel("邮箱").fill(E2E_EDITOR.email);
  await page.getByLabel("密码").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${articleId}$`));
  await expect(page.getByTestId("signed-in")).toContainText(E2E_EDITOR.name);

  const editor = page.locator(`[data-testid="claim-editor"][data-claim-id="${claimId}"]`);
  await expect(editor).toBeVisible();
  await editor.locator(`#edit-${claimId}-value`).fill("4321");
  await editor.getByRole("button", { name: "保存更正" }).click();
  await expect(editor.getByRole("status")).toHaveText("已保存");

  // The claim shows its new state and who changed it.
  const reviewed = page.locator(`[data-testid="review-claim"][data-claim-id="${claimId}"]`);
  await expect(reviewed).toHaveAttribute("data-review-state", "corrected");
  await expect(reviewed.getByTestId("audit-log")).toContainText(E2E_EDITOR.name);
  await expect(reviewed.getByTestId("audit-log")).toContainText("4321");
  await page.reload();
  await expect(reviewed.getByTestId("corrected-by")).toHaveText(new RegExp(`^由 ${E2E_EDITOR.name} 更正 · \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}$`));

  // The indicator page: the claims table and the chart's data table carry the corrected figure.
  // (Another server process would see the edit within its data-version cache's second: reload until then.)
  const row = page.getByTestId("claims-table").locator("tbody tr", { has: page.locator(`a[href$="#claim-${claimId}"]`) });
  await expect(async () => {
    await page.goto(`/indicators/${indicator}`);
    await expect(row).toContainText("4,321", { timeout: 1_000 });
  }).toPass();
  // The chart's data table (its accessible alternative) is behind a disclosure: open it.
  const chartSection = page.locator('section[aria-labelledby="h-chart"]');
  await chartSection.locator("details > summary", { hasText: "数据表" }).click();
  await expect(chartSection.locator("table", { hasText: "4,321" }).first()).toBeVisible();
  // The indicator page names who corrected it.
  await expect(page.locator(`[data-testid="correction"][data-claim-id="${claimId}"]`).getByTestId("corrected-by")).toContainText(`由 ${E2E_EDITOR.name} 更正`);

  // A reader (no editor cookie) sees the corrected value and the log, but no controls.
  const reader = await page.context().browser()!.newContext();
  const p2 = await reader.newPage();
  await p2.goto(`/articles/${articleId}`);
  await expect(p2.locator(`[data-testid="review-claim"][data-claim-id="${claimId}"]`)).toContainText(`由 ${E2E_EDITOR.name} 更正`);
  await expect(p2.getByTestId("claim-editor")).toHaveCount(0);
  await reader.close();
});

test("a page contradicting a seed figure appears as a conflict on its indicator page with both sources", async ({ page, request }) => {
  const fixture = readFileSync(path.join(HERE, "../fixtures/review/conflict-gdp.md"), "utf8");
  const res = await upload(request, "conflict-gdp.md", fixture);
  expect([200, 201]).toContain(res.status());

  await page.goto("/indicators/macro.gdp_growth");
  const conflict = page.getByTestId("conflict").filter({ hasText: "7.5%" }).filter({ hasText: "10.8%" });
  await expect(conflict).toHaveCount(1);
  await expect(conflict).toContainText("GDP增长7.5%");
  // The seed page's "GDP 增长 10.8%" or the area fixture's "地区生产总值增长10.8%" (when areas.spec ran first): either stands for 10.8%.
  await expect(conflict).toContainText(/(GDP|地区生产总值)\s*增长\s*10\.8%/);
  // Both quotes link to their sentence in their article.
  const links = await conflict.locator("blockquote a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  expect(links).toHaveLength(2);
  for (const href of links) expect(href).toMatch(/^\/articles\/\d+#claim-\d+$/);
  await page.goto(links[0]!);
  await expect(page.locator(`#${links[0]!.split("#")[1]}`)).toBeVisible();

  // The overview counts it: for a reader, one line below the indicators and no links (the worklist is the editors').
  await page.goto("/");
  await expect(page.getByTestId("open-conflicts")).toHaveCount(0);
  const note = page.getByTestId("open-conflicts-note");
  expect(Number(await note.getAttribute("data-count"))).toBeGreaterThanOrEqual(1);
  await expect(note.getByRole("link")).toHaveCount(0);
  // A signed-in editor gets the banner, with the indicator by its catalogue name (地区生产总值增速; GDP growth in English).
  const { cookie } = await signIn(request);
  const html = await (await request.get("/", { headers: { cookie } })).text();
  const banner = /<p[^>]*data-testid="open-conflicts"[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? "";
  expect(banner).toMatch(/href="\/indicators\/macro\.gdp_growth#h-conflicts"/);
  expect(banner).toMatch(/地区生产总值增速/);
  expect(html).not.toContain('data-testid="open-conflicts-note"');
});
