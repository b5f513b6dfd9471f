// Browser tests against the production build on a fresh embedded database that
// `npm start`'s script (scripts/start.ts) fills with the bundled sample articles.
// `npm run test:e2e` builds first; start.ts would also build if the build is stale.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT || 3100);
const BASE = `http://127.0.0.1:${PORT}`;
// A new folder per run: the test database never sees .data/ or an earlier run.
// (Workers re-read this file and make an unused folder of their own; only the main process starts the server.)
const dataDir = process.env.E2E_PGLITE_DIR || mkdtempSync(path.join(tmpdir(), "qujiang-e2e-"));

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  use: {
    baseURL: BASE,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
    trace: "off",
    screenshot: "only-on-failure",
  },
  webServer: {
    command: "npx tsx scripts/start.ts",
    url: `${BASE}/`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(PORT),
      PGLITE_DIR: dataDir,
      // Cleared so the embedded database (the README path) is what is tested.
      DATABASE_URL: "",
      NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || ".next",
      // Reading stays public; writing through the web is on with a known test secret (tests/e2e/security-*.spec.ts).
      SITE_PASSWORD: "",
      WRITE_SECRET: process.env.E2E_WRITE_SECRET ?? "test-secret",
    },
  },
});
