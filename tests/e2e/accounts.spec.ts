// Accounts in a real browser against the production server: an admin creates
// an editor on the accounts page; the editor signs in, uploads a page and
// corrects a claim; the article page names the editor. Then the admin
// disables the editor, whose next request is refused.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { DB_ROWS_LOCK, E2E_ADMIN, E2E_PASSWORD } from "./security-helpers";

test.describe.configure({ lock: DB_ROWS_LOCK });

async function signIn(page: Page, email: string, password: string, next = "/") {
  await page.goto(`/signin?next=${encodeURIComponent(next)}`);
  await page.getByLabel("邮箱").fill(email);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录", exact: true }).click();
}

test("an admin creates an editor; the editor uploads a page and corrects a claim; the article names the editor", async ({ browser }) => {
  const stamp = Date.now().toString(36);
  const editor = { name: `赵编辑${stamp.slice(-4)}`, email: `zhao-${stamp}@e2e.test`, password: `zhao password ${stamp}` };

  // The admin, on the accounts page.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, E2E_ADMIN.email, E2E_PASSWORD, "/accounts");
  await expect(admin).toHaveURL(/\/accounts$/);
  await expect(admin.getByRole("heading", { name: "账号管理" })).toBeVisible();
  const axe = await new AxeBuilder({ page: admin }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  const create = admin.getByTestId("create-account");
  await create.getByLabel("姓名").fill(editor.name);
  await create.getByLabel("邮箱").fill(editor.email);
  await create.getByLabel(/初始密码/).fill(editor.password);
  await create.getByLabel("角色").selectOption("editor");
  await create.getByRole("button", { name: "创建" }).click();
  await expect(admin.getByTestId("accounts-done")).toHaveText("账号已创建。");
  const row = admin.locator(`tr[data-email="${editor.email}"]`);
  await expect(row).toContainText(editor.name);
  await expect(row).toContainText("编辑");
  await expect(row).toContainText("正常");

  // The editor signs in and uploads a page.
  const editorContext = await browser.newContext();
  const page = await editorContext.newPage();
  await signIn(page, editor.email, "not the password", "/upload");
  await expect(page.locator("#signin-error")).toHaveText("邮箱或密码不正确，请重试。");
  await signIn(page, editor.email, editor.password, "/upload");
  await expect(page).toHaveURL(/\/upload$/);
  await expect(page.getByTestId("signed-in")).toContainText(editor.name);
  const dir = mkdtempSync(path.join(tmpdir(), "qj-accounts-"));
  const file = path.join(dir, `accounts-${stamp}.md`);
  writeFileSync(file, `---\ntitle: 账号测试${stamp}\ndate: 2025-06-03\n---\n# 账号测试${stamp}\n\n今年1至5月，全区实现网络零售额41.7亿元，同比增长13.9%。\n`);
  // The form takes files once React has hydrated it: choose them until the button says it has them.
  const submit = page.getByRole("button", { name: "导入" });
  await expect(async () => {
    // Cleared first: the browser fires no change for the same selection twice.
    await page.getByLabel("文件").setInputFiles([]);
    await page.getByLabel("文件").setInputFiles(file);
    await expect(submit).toBeEnabled({ timeout: 1_000 });
  }).toPass();
  await submit.click();
  const line = page.getByTestId("upload-results").locator('li[data-status="new"]');
  await expect(line).toContainText(`accounts-${stamp}.md`);
  await line.getByRole("link", { name: `账号测试${stamp}` }).click();
  await expect(page).toHaveURL(/\/articles\/\d+/);

  // … and corrects a claim on its article page.
  const claim = page.locator('[data-testid="claim-editor"]').first();
  const claimId = await claim.getAttribute("data-claim-id");
  await claim.locator(`#edit-${claimId}-value`).fill("4170000001");
  await claim.getByRole("button", { name: "保存更正" }).click();
  await expect(claim.getByRole("status")).toHaveText("已保存");

  // The article page names the editor, to a reader too.
  const articleUrl = page.url();
  const reader = await browser.newContext();
  const readerPage = await reader.newPage();
  await readerPage.goto(articleUrl);
  const reviewed = readerPage.locator(`[data-testid="review-claim"][data-claim-id="${claimId}"]`);
  await expect(reviewed.getByTestId("corrected-by")).toHaveText(new RegExp(`^由 ${editor.name} 更正 · \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}$`));
  await expect(reviewed.getByTestId("audit-log")).toContainText(editor.name);
  await expect(readerPage.getByTestId("claim-editor")).toHaveCount(0);
  await reader.close();

  // The admin disables the editor: the editor's very next request is refused.
  await admin.reload();
  await admin.locator(`tr[data-email="${editor.email}"]`).getByRole("button", { name: /停用/ }).click();
  await expect(admin.getByTestId("accounts-done")).toContainText("账号已停用");
  await expect(admin.locator(`tr[data-email="${editor.email}"]`)).toContainText("已停用");
  const origin = new URL(articleUrl).origin;
  const refused = await page.request.patch(`/api/claims/${claimId}`, { headers: { origin, "content-type": "application/json" }, data: { value: 1 } });
  expect(refused.status()).toBe(401);
  await page.reload();
  await expect(page.getByTestId("claim-editor")).toHaveCount(0);
  await expect(page.getByTestId("editor-signin")).toBeVisible();

  await editorContext.close();
  await adminContext.close();
});

test("an editor may not manage accounts", async ({ page }) => {
  const { E2E_EDITOR } = await import("./accounts");
  await signIn(page, E2E_EDITOR.email, E2E_PASSWORD, "/accounts");
  await expect(page.getByTestId("admin-only")).toBeVisible();
  await expect(page.getByTestId("create-account")).toHaveCount(0);
  const origin = new URL(page.url()).origin;
  const res = await page.request.post("/accounts/submit", { headers: { origin }, form: { action: "create", name: "x", email: "x@e2e.test", password: "xxxxxxxxxxxx", role: "admin" } });
  expect(res.status()).toBe(403);
});
