// Every command, run for real against a database it cannot use, says so in one
// line naming DATABASE_URL (password masked), the host and what to do; exit 1;
// no stack trace. The messages themselves are pinned by db/errors.cases.ts.
import { randomBytes } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runTs } from "./backends";

const SERVER_URL = process.env.DATABASE_URL?.trim() || undefined;

/** A port nothing listens on: bound once by us, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

let dir: string;
let exportFile: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "qj-dberr-"));
  exportFile = path.join(dir, "export.jsonl");
  writeFileSync(exportFile, "");
});

/** The commands and their arguments (each needs the database before anything else). */
const COMMANDS: Array<[string, string, () => string[]]> = [
  ["db:migrate", "cli/migrate.ts", () => []],
  ["ingest", "cli/ingest.ts", () => ["db/seed/000_178ba912c87d68f1.txt"]],
  ["watch", "cli/watch.ts", () => ["--once", "http://127.0.0.1:9/feed.xml"]],
  ["export", "cli/export.ts", () => [path.join(dir, "out.jsonl")]],
  ["import", "cli/import.ts", () => [exportFile]],
  ["user", "cli/user.ts", () => ["list"]],
  ["start", "cli/start.ts", () => []],
];

function expectOneActionableLine(stderr: string, command: string, patterns: RegExp[]) {
  const lines = stderr.trim().split("\n").filter((l) => !/^\s*$/.test(l));
  // One line, no trace (a trace has "    at " frames).
  expect(lines, stderr).toHaveLength(1);
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(lines[0].startsWith(`${command}: `), lines[0]).toBe(true);
  expect(lines[0]).toContain("DATABASE_URL=");
  expect(lines[0]).not.toContain("s3cret");
  for (const p of patterns) expect(lines[0]).toMatch(p);
}

describe("a server that is not there", () => {
  it.each(COMMANDS)("%s: connection refused → one line, exit 1", async (command, script, args) => {
    const port = await closedPort();
    const url = `postgres://postgres:s3cret@127.0.0.1:${port}/x`;
    const r = await runTs(script, args(), { ...process.env, DATABASE_URL: url, PGLITE_DIR: path.join(dir, "unused") });
    expect(r.code, r.stderr).toBe(1);
    expectOneActionableLine(r.stderr, command, [
      new RegExp(`cannot reach the database server at 127\\.0\\.0\\.1:${port}: connection refused`),
      new RegExp(`DATABASE_URL=postgres://postgres:\\*\\*\\*@127\\.0\\.0\\.1:${port}/x`),
      /Start PostgreSQL there/,
    ]);
  });
});

describe.skipIf(!SERVER_URL)("a real server that refuses", () => {
  const withPath = (pathname: string, user?: string) => {
    const u = new URL(SERVER_URL!);
    u.pathname = pathname;
    u.password = "s3cret";
    if (user) u.username = user;
    return u.toString();
  };

  it.each(COMMANDS)("%s: a database that does not exist → one line, exit 1", async (command, script, args) => {
    const name = `auth_missing_${randomBytes(4).toString("hex")}`;
    const r = await runTs(script, args(), { ...process.env, DATABASE_URL: withPath(`/${name}`) });
    expect(r.code, r.stderr).toBe(1);
    expectOneActionableLine(r.stderr, command, [new RegExp(`the database ${name} does not exist on the server at`), /createdb /]);
  });

  it.each(COMMANDS.slice(0, 2))("%s: a login the server refuses → one line, exit 1", async (command, script, args) => {
    const role = `auth_norole_${randomBytes(4).toString("hex")}`;
    const r = await runTs(script, args(), { ...process.env, DATABASE_URL: withPath("/test", role) });
    expect(r.code, r.stderr).toBe(1);
    expectOneActionableLine(r.stderr, command, [new RegExp(`refused the login of ${role}`), /Check the user and password in DATABASE_URL/]);
  });
});
