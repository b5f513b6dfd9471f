import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

// SITE_PASSWORD needs a server started with it, so this spec starts its own
// `next start` from the same build (NEXT_DIST_DIR, as the shared webServer)
// on another loopback port, with an empty throwaway database.

const PORT = Number(process.env.E2E_SIGNIN_PORT || 3197);
const BASE = `http://127.0.0.1:${PORT}`;
const PASSWORD = "open sesame 2025";
const root = path.resolve(import.meta.dirname, "../..");

let server: ChildProcess | undefined;
let dataDir = "";

test.beforeAll(async () => {
  test.setTimeout(120_000);
  dataDir = mkdtempSync(path.join(tmpdir(), "qujiang-signin-"));
  server = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-H", "127.0.0.1", "-p", String(PORT)], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || ".next",
      PGLITE_DIR: dataDir,
      DATABASE_URL: "",
      SITE_PASSWORD: PASSWORD,
    },
    stdio: "ignore",
  });
  for (let i = 0; i < 200; i++) {
    const ok = await fetch(`${BASE}/signin/site`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error("sign-in test server did not start");
});

test.afterAll(async () => {
  if (server?.pid && server.exitCode === null) {
    const exited = new Promise((r) => server!.once("exit", r));
    server.kill("SIGTERM");
    await exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
});

test("with SITE_PASSWORD every view needs the sign-in cookie, and the cookie opens them", async ({ playwright }) => {
  const api = await playwright.request.newContext({ baseURL: BASE, maxRedirects: 0 });
  const html = { accept: "text/html" };

  const home = await api.get("/claims?lang=en", { headers: html });
  expect(home.status()).toBe(303);
  expect(home.headers()["location"]).toMatch(/\/signin\/site\?next=%2Fclaims%3Flang%3Den$/);
  expect(home.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect((await api.get("/claims/export?format=json")).status()).toBe(303);
  expect((await api.get("/api/ingest")).status()).toBe(401);
  // The upload is behind the site password like everything else.
  expect((await api.post("/api/ingest", { data: "x" })).status()).toBe(401);

  const form = await api.get("/signin/site?next=%2Fclaims");
  expect(form.status()).toBe(200);
  const asset = /\/_next\/static\/[^"'\s]+\.(js|css)/.exec(await form.text())?.[0];
  if (asset) expect((await api.get(asset)).status()).toBe(200);

  const wrong = await api.post("/signin/site/submit", { form: { password: "guess", next: "/claims" }, headers: { origin: BASE } });
  expect(wrong.status()).toBe(303);
  expect(wrong.headers()["location"]).toContain("/signin/site?error=1");
  expect(wrong.headers()["set-cookie"]).toBeUndefined();

  const right = await api.post("/signin/site/submit", { form: { password: PASSWORD, next: "/claims" }, headers: { origin: BASE } });
  expect(right.status()).toBe(303);
  expect(right.headers()["location"]).toBe("/claims");
  const cookie = right.headers()["set-cookie"];
  expect(cookie).toMatch(/HttpOnly/i);
  expect(cookie).toMatch(/SameSite=Lax/i);
  expect(cookie).not.toContain("sesame");

  // The request context now carries the cookie.
  for (let i = 0; i < 3; i++) expect((await api.get("/claims", { headers: html })).status()).toBe(200);
  expect((await api.get("/api/ingest")).status()).toBe(200);
  // Past the site password, writing still needs an account: a reader's upload is 401.
  expect((await api.post("/api/ingest", { data: "x", headers: { origin: BASE } })).status()).toBe(401);

  // A page cached for a signed-in visitor is never handed to a stranger.
  const stranger = await playwright.request.newContext({ baseURL: BASE, maxRedirects: 0 });
  expect((await stranger.get("/claims", { headers: html })).status()).toBe(303);
  await stranger.dispose();

  await api.post("/signin/site/out");
  expect((await api.get("/claims", { headers: html })).status()).toBe(303);
  await api.dispose();
});

test("the sign-in form works in the browser without help", async ({ page }) => {
  await page.goto(`${BASE}/indicators/port.cargo_throughput?lang=en`);
  await expect(page).toHaveURL(/\/signin\/site\?next=/);
  await page.getByLabel("访问密码").fill("not it");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "密码不正确" })).toBeVisible();
  await page.getByLabel("访问密码").fill(PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(`${BASE}/indicators/port.cargo_throughput?lang=en`);
});
