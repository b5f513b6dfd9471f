import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    include: ["extract/**/*.test.ts", "db/**/*.test.ts", "ingest/**/*.test.ts", "cli/**/*.test.ts", "app/**/*.test.ts", "lib/**/*.test.ts", "tests/**/*.test.ts"],
    exclude: ["node_modules", "tests/e2e/**", ".next"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
