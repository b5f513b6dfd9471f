// npm start: migrate, seed an empty database with db/seed/, build if needed, serve.
//
// PGlite owns its folder alone and takes no lock, so this process opens the
// database, migrates, seeds and CLOSES it before `next start` opens it: never
// two processes on one PGlite folder. DATABASE_URL (a real server) and
// PGLITE_DIR are honoured as everywhere else (db/env.ts).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { count } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { listInputs, readInputs } from "@/ingest/files";
import { ingestStream } from "@/ingest/index";
import { documents } from "@/db/schema";

const ROOT = process.cwd();
const SEED_DIR = path.join(ROOT, "db", "seed");
const DIST_DIR = process.env.NEXT_DIST_DIR || ".next";
const NEXT_BIN = createRequire(import.meta.url).resolve("next/dist/bin/next");

/**
 * What a build depends on. "Build if older than the sources" compares the
 * newest mtime here with BUILD_ID's: cheap, and wrong only in the safe
 * direction (a touched file triggers a rebuild that was not needed).
 */
const BUILD_INPUTS = ["app", "components", "lib", "extract", "db", "ingest", "public", "proxy.ts", "middleware.ts", "next.config.ts", "package.json", "package-lock.json", "tsconfig.json"];

function newestMtime(p: string): number {
  if (!existsSync(p)) return 0;
  const info = statSync(p);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(p, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    newest = Math.max(newest, newestMtime(path.join(p, entry.name)));
  }
  return newest;
}

function buildIsStale(): string | null {
  const buildId = path.join(ROOT, DIST_DIR, "BUILD_ID");
  if (!existsSync(buildId)) return "no build yet";
  const built = statSync(buildId).mtimeMs;
  const changed = BUILD_INPUTS.find((p) => newestMtime(path.join(ROOT, p)) > built);
  return changed ? `${changed} changed since the last build` : null;
}

async function prepareDatabase(): Promise<void> {
  const database = await openDatabase(); // applies migrations under the advisory lock
  try {
    const [{ n }] = await database.db.select({ n: count() }).from(documents);
    if (n > 0) {
      console.log(`start: database ${database.kind} (${database.location}) has ${n} documents`);
      return;
    }
    console.log(`start: empty database ${database.kind} (${database.location}); ingesting the bundled samples`);
    const summary = await ingestStream(database.db, readInputs(await listInputs([SEED_DIR])), {
      onOutcome: (o) => {
        if (o.status === "failed") console.error(`start: ${o.sourcePath}: ${o.reason}`);
      },
    });
    console.log(`start: seeded ${summary.new} documents, ${summary.claims} claims`);
  } finally {
    await database.close();
  }
}

function runNext(args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [NEXT_BIN, ...args], { stdio: "inherit", env: process.env });
    const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
    const handlers = (["SIGINT", "SIGTERM", "SIGHUP"] as const).map((s) => [s, forward(s)] as const);
    for (const [s, h] of handlers) process.on(s, h);
    child.on("exit", (code, signal) => {
      for (const [s, h] of handlers) process.off(s, h);
      resolve(code ?? (signal ? 128 + (signalNumbers[signal] ?? 1) : 1));
    });
  });
}

const signalNumbers: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };

async function main(): Promise<number> {
  await prepareDatabase();
  const stale = buildIsStale();
  if (stale) {
    console.log(`start: building (${stale})`);
    // Synchronous on purpose: nothing else to do until the build exists.
    const build = spawnSync(process.execPath, [NEXT_BIN, "build"], { stdio: "inherit", env: process.env });
    if (build.status !== 0) {
      console.error("start: next build failed");
      return build.status ?? 1;
    }
  }
  const port = process.env.PORT || "3000";
  return runNext(["start", "-p", port]);
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    process.exit(1);
  },
);
