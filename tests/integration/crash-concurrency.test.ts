import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { prepareDocument } from "@/ingest/prepare";
import { writeCorpus } from "@/bench/generate";
import { BACKENDS, createTestDatabase, query, runIngest, type TestDatabase } from "./backends";

const lastJson = (stdout: string) => JSON.parse(stdout.trim().split("\n").at(-1)!);

/** Every stored document has exactly the articles and claims its extraction yields: nothing half-written. */
async function expectComplete(database: Database, corpus: string) {
  const docs = await query<{ id: number; file_name: string; a: number; c: number }>(
    database,
    `select d.id, d.file_name,
            (select count(*)::int from articles a where a.document_id = d.id) as a,
            (select count(*)::int from claims c where c.document_id = d.id) as c
       from documents d`,
  );
  for (const d of docs) {
    const p = prepareDocument({ bytes: readFileSync(path.join(corpus, d.file_name)), fileName: d.file_name });
    expect({ file: d.file_name, articles: Number(d.a), claims: Number(d.c) }).toEqual({
      file: d.file_name,
      articles: p.extracted.articles.length,
      claims: p.claimCount,
    });
  }
  const [dup] = await query<{ n: number; d: number }>(
    database,
    "select count(*)::int as n, count(distinct content_hash)::int as d from documents",
  );
  expect(Number(dup.n)).toBe(Number(dup.d));
  return docs.length;
}

describe.each(BACKENDS)("crash safety on %s", (backend) => {
  const COUNT = 300;
  let t: TestDatabase;
  let corpus: string;
  beforeAll(async () => {
    t = await createTestDatabase(backend);
    corpus = mkdtempSync(path.join(tmpdir(), "qj-crash-"));
    writeCorpus(corpus, { count: COUNT, seed: 7 });
  });
  afterAll(async () => {
    await t?.drop();
    rmSync(corpus, { recursive: true, force: true });
  });

  // Two CLI runs of 300 pages, each starting its extraction threads: minutes on a loaded 2-core machine.
  it("SIGKILL mid-batch leaves no document without its claims, and a re-run completes without duplicates", { timeout: 240_000 }, async () => {
    let killed = false;
    const run = await runIngest([corpus], t.env, {
      onStderr: (stderr, kill) => {
        // The first committed documents are logged: kill while the batch goes on.
        if (!killed && /^new /m.test(stderr)) {
          killed = true;
          kill("SIGKILL");
        }
      },
    });
    expect(run.signal).toBe("SIGKILL");

    let stored: number;
    const database = await t.open();
    try {
      stored = await expectComplete(database, corpus);
    } finally {
      await database.close();
    }
    expect(stored).toBeGreaterThan(0);
    expect(stored).toBeLessThan(COUNT);

    const rerun = await runIngest(["--json", corpus], t.env);
    expect(rerun.code).toBe(0);
    const summary = lastJson(rerun.stdout);
    expect(summary).toMatchObject({ failed: 0, unchanged: stored, new: COUNT - stored });

    const after = await t.open();
    try {
      expect(await expectComplete(after, corpus)).toBe(COUNT);
    } finally {
      await after.close();
    }
  });
});

// Two ingests of one folder at once (server only: PGlite has one owner process).
describe.skipIf(!BACKENDS.includes("postgres"))("concurrent ingest on postgres", () => {
  const COUNT = 200;
  let t: TestDatabase;
  let corpus: string;
  beforeAll(async () => {
    t = await createTestDatabase("postgres");
    corpus = mkdtempSync(path.join(tmpdir(), "qj-concurrent-"));
    writeCorpus(corpus, { count: COUNT, seed: 11 });
  });
  afterAll(async () => {
    await t?.drop();
    rmSync(corpus, { recursive: true, force: true });
  });

  it("two CLI processes on the same folder store each document once", { timeout: 240_000 }, async () => {
    const [a, b] = await Promise.all([runIngest(["--json", corpus], t.env), runIngest(["--json", corpus], t.env)]);
    expect([a.code, b.code]).toEqual([0, 0]);
    const [sa, sb] = [lastJson(a.stdout), lastJson(b.stdout)];
    expect(sa.failed + sb.failed).toBe(0);
    expect(sa.new + sb.new).toBe(COUNT);
    expect(sa.new + sa.unchanged).toBe(COUNT);
    expect(sb.new + sb.unchanged).toBe(COUNT);
    const database = await t.open();
    try {
      expect(await expectComplete(database, corpus)).toBe(COUNT);
      const [claims] = await query<{ n: number }>(database, "select count(*)::int as n from claims");
      expect(Number(claims.n)).toBe(sa.claims + sb.claims);
    } finally {
      await database.close();
    }
  });
});
