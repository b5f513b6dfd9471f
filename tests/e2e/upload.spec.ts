// The upload page in a real browser against the production server
// (the test accounts of tests/e2e/accounts.ts): refused without signing
// in; a signed-in editor uploads a file and pastes a URL (served by this test
// on 127.0.0.1), sees a result line per item and follows a link to the article.
import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test, type Page } from "@playwright/test";
import { startFixtureSite, type FixtureSite } from "../fixtures/site/server";
import { DB_ROWS_LOCK, E2E_EDITOR, E2E_PASSWORD } from "./security-helpers";

test.describe.configure({ lock: DB_ROWS_LOCK });

let site: FixtureSite;
test.beforeAll(async () => {
  site = await startFixtureSite();
});
test.afterAll(async () => {
  await site?.close();
});

async function signIn(page: Page) {
  await page.goto("/upload");
  await page.getByTestId("editor-signin").getByRole("link").click();
  await page.getByLabel("邮箱").fill(E2E_EDITOR.email);
  await page.getByLabel("密码").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page).toHaveURL(/\/upload$/);
  await expect(page.getByTestId("upload-form")).toBeVisible();
}

/** Chooses files once React has hydrated the form (a change before that is lost): until the button says it has them. */
async function chooseFiles(page: Page, files: string | string[]) {
  const submit = page.getByRole("button", { name: "导入" });
  await expect(async () => {
    // Cleared first: the browser fires no change for the same selection twice.
    await page.getByLabel("文件").setInputFiles([]);
    await page.getByLabel("文件").setInputFiles(files);
    await expect(submit).toBeEnabled({ timeout: 1_000 });
  }).toPass();
}

test("without signing in, the page offers no upload and the API refuses one", async ({ page, request }) => {
  await page.goto("/upload");
  await expect(page.getByTestId("upload-signin")).toBeVisible();
  await expect(page.getByTestId("upload-form")).toHaveCount(0);
  const res = await request.post("/api/ingest", {
    headers: { "content-type": "application/json", origin: new URL(page.url()).origin },
    data: { urls: [`${site.origin}/news/a1.html`] },
  });
  expect(res.status()).toBe(401);
  const file = await request.post("/api/ingest", { multipart: { file: { name: "a.txt", mimeType: "text/plain", buffer: Buffer.from("全区GDP增长5%。") } } });
  expect(file.status()).toBe(401);
  expect(site.requests).toEqual([]);
});

test("an editor uploads a file and sees it stored, with a link to its article", async ({ page }) => {
  await signIn(page);
  const dir = mkdtempSync(path.join(tmpdir(), "qj-upload-"));
  const file = path.join(dir, "upload-e2e.md");
  writeFileSync(file, "---\ntitle: 上传测试\ndate: 2025-06-02\n---\n# 上传测试\n\n今年1至5月，全区实现网络零售额38.6亿元，同比增长14.2%。\n");
  await chooseFiles(page, file);
  await page.getByRole("button", { name: "导入" }).click();
  const line = page.getByTestId("upload-results").locator('li[data-status="new"]');
  await expect(line).toContainText("upload-e2e.md");
  await expect(line).toContainText("已保存");
  await line.getByRole("link", { name: "上传测试" }).click();
  await expect(page).toHaveURL(/\/articles\/\d+/);
  await expect(page.getByTestId("article-text")).toContainText("38.6亿元");

  // The same file again: unchanged, nothing stored twice.
  await page.goto("/upload");
  await chooseFiles(page, file);
  await page.getByRole("button", { name: "导入" }).click();
  await expect(page.getByTestId("upload-results").locator('li[data-status="unchanged"]')).toContainText("upload-e2e.md");
});

test("an editor uploads a PDF edition: one result per page, and a scan is refused", async ({ page }) => {
  await signIn(page);
  const pdfs = fileURLToPath(new URL("../fixtures/pdf/", import.meta.url));
  await chooseFiles(page, [path.join(pdfs, "edition.pdf"), path.join(pdfs, "scan.pdf")]);
  await page.getByRole("button", { name: "导入" }).click();
  const results = page.getByTestId("upload-results");
  await expect(results.locator("li[data-status]")).toHaveCount(3);
  await expect(results.locator('li[data-status="new"]')).toHaveCount(2);
  await expect(results.locator('li[data-status="new"]').first()).toContainText("edition.pdf#page=1");
  await expect(results.locator('li[data-status="failed"]')).toContainText("scan.pdf: no text layer: OCR needed");
});

test("an editor pastes URLs: a page is stored, a 404 fails with its reason", async ({ page }) => {
  await signIn(page);
  await page.getByLabel("网址（每行一个）").fill(`${site.origin}/news/s1.html\n${site.origin}/missing.html`);
  await page.getByRole("button", { name: "导入" }).click();
  const results = page.getByTestId("upload-results");
  await expect(results.locator('li[data-status="failed"]')).toContainText(`${site.origin}/missing.html: HTTP 404 Not Found`);
  const stored = results.locator('li[data-status="new"]');
  await expect(stored).toContainText(`${site.origin}/news/s1.html`);
  await expect(results).toContainText("完成：新增 1，未变 0，更新 0，失败 1");
  await stored.getByRole("link", { name: "粮食生产再获丰收" }).click();
  await expect(page.getByTestId("article-text")).toContainText("12.6万吨");
});
