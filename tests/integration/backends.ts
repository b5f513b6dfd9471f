// The backends every integration test runs on: PGlite in a tmp folder always,
// and the real server when DATABASE_URL is set — a fresh database per test
// file, dropped afterwards, so parallel runs never see each other's rows.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { openDatabase, type Database } from "@/db/client";
import { MIGRATIONS_FOLDER } from "@/db/migrate";
import { rowsOf } from "@/db/rows";

export type BackendName = "pglite" | "postgres";

export interface TestDatabase {
  backend: BackendName;
  /** Environment for child processes (CLI runs) pointing at this database. */
  env: NodeJS.ProcessEnv;
  open(options?: { migrate?: boolean }): Promise<Database>;
  drop(): Promise<void>;
}

const SERVER_URL = process.env.DATABASE_URL?.trim() || undefined;

export const BACKENDS: BackendName[] = SERVER_URL ? ["pglite", "postgres"] : ["pglite"];

export const ROOT = path.resolve(__dirname, "../..");

export async function createTestDatabase(backend: BackendName): Promise<TestDatabase> {
  if (backend === "pglite") {
    const dir = mkdtempSync(path.join(tmpdir(), "qj-it-"));
    const dataDir = path.join(dir, "pglite");
    return {
      backend,
      env: { ...process.env, DATABASE_URL: "", PGLITE_DIR: dataDir },
      open: (o) => openDatabase({ dataDir, migrate: o?.migrate }),
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `t_${randomBytes(6).toString("hex")}`;
  const admin = postgres(SERVER_URL!, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(SERVER_URL!);
  url.pathname = `/${name}`;
  return {
    backend,
    env: { ...process.env, DATABASE_URL: url.toString() },
    open: (o) => openDatabase({ url: url.toString(), migrate: o?.migrate }),
    drop: async () => {
      const a = postgres(SERVER_URL!, { max: 1, onnotice: () => {} });
      await a.unsafe(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs a TypeScript entry point (e.g. cli/ingest.ts) in a child process. */
export function runTs(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  options: { input?: string | Buffer; onStderr?: (chunk: string, kill: (s: NodeJS.Signals) => void) => void } = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", script, ...args], { cwd: ROOT, env, stdio: "pipe" });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => {
      stderr += d;
      options.onStderr?.(stderr, (s) => child.kill(s));
    });
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
    child.stdin.end(options.input ?? "");
  });
}

export const runIngest = (args: string[], env: NodeJS.ProcessEnv, options?: Parameters<typeof runTs>[3]) =>
  runTs("cli/ingest.ts", args, env, options);

/** Row counts of every table, for "nothing changed" checks. */
export async function tableCounts(database: Database): Promise<Record<string, number>> {
  const { sql } = await import("drizzle-orm");
  const out: Record<string, number> = {};
  for (const t of ["documents", "articles", "claims", "indicators"]) {
    const res = await database.db.execute<{ n: number }>(sql.raw(`select count(*)::int as n from ${t}`));
    out[t] = Number(rowsOf<{ n: number }>(res)[0].n);
  }
  return out;
}

export async function query<T>(database: Database, text: string): Promise<T[]> {
  const { sql } = await import("drizzle-orm");
  const res = await database.db.execute(sql.raw(text));
  return rowsOf<T>(res);
}

/** The migrations folder as it was before `tag` (journal cut there). */
export function migrationsBefore(tag: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "qj-mig-"));
  cpSync(MIGRATIONS_FOLDER, dir, { recursive: true });
  const journalFile = path.join(dir, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalFile, "utf8")) as { entries: { tag: string }[] };
  const at = journal.entries.findIndex((e) => e.tag === tag);
  if (at < 0) throw new Error(`no migration ${tag}`);
  journal.entries = journal.entries.slice(0, at);
  writeFileSync(journalFile, JSON.stringify(journal));
  return dir;
}
