// Browser tests against the production build on a fresh embedded database that
// `npm start`'s script (cli/start.ts) fills with the bundled sample articles,
// with an admin and an editor account made first (tests/e2e/server.ts).
// `npm run test:e2e` builds first; start.ts would also build if the build is stale.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT || 3100);
const BASE = `http://127.0.0.1:${PORT}`;
// With DATABASE_URL (CI), the data-bearing specs run a second time against a
// fresh database on that PostgreSQL server (tests/e2e/pg-server.ts), on PORT + 1.
const PG_SERVER = process.env.DATABASE_URL?.trim() || "";
const PG_BASE = `http://127.0.0.1:${PORT + 1}`;
const PG_SPECS = /(areas|dashboard|a11y|upload|accounts)\.spec\.ts$/;
/** Absolute URLs in link previews come from here, whatever Host a request names. */
const SITE_URL = process.env.E2E_SITE_URL || "https://qujiang.example";
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
  projects: [
    { name: "pglite", use: { baseURL: BASE } },
    ...(PG_SERVER ? [{ name: "postgres", testMatch: PG_SPECS, use: { baseURL: PG_BASE } }] : []),
  ],
  webServer: [
    {
      command: "npx tsx tests/e2e/server.ts",
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
        // Reading stays public; editing needs the test accounts (tests/e2e/accounts.ts).
        SITE_PASSWORD: "",
        SITE_URL,
        // The upload spec's news site runs on 127.0.0.1, which the fetch guard refuses otherwise.
        FETCH_ALLOW_PRIVATE: "1",
      },
    },
    ...(PG_SERVER
      ? [
          {
            command: "npx tsx tests/e2e/pg-server.ts",
            url: `${PG_BASE}/`,
            timeout: 300_000,
            reuseExistingServer: false,
            // SIGTERM, not the default SIGKILL: pg-server.ts drops its database on the way out
            gracefulShutdown: { signal: "SIGTERM" as const, timeout: 15_000 },
            stdout: "pipe" as const,
            stderr: "pipe" as const,
            env: {
              PORT: String(PORT + 1),
              E2E_PG_SERVER: PG_SERVER,
              NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || ".next",
              SITE_PASSWORD: "",
              SITE_URL,
              FETCH_ALLOW_PRIVATE: "1",
            },
          },
        ]
      : []),
  ],
});
