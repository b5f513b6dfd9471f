import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { listInputs, readInputs } from "@/ingest/files";
import { ingestStream } from "@/ingest/index";
import { EXTRACTOR_VERSION } from "@/extract/index";
import { BACKENDS, createTestDatabase, query, ROOT, runIngest, tableCounts, type TestDatabase } from "./backends";

const SEED = path.join(ROOT, "db/seed");

const lastJson = (stdout: string) => JSON.parse(stdout.trim().split("\n").at(-1)!);

interface ClaimCheck {
  id: number;
  document_id: number;
  article_id: number | null;
  start: number;
  end: number;
  quote: string;
  value: number;
  review_state: string;
}

describe.each(BACKENDS)("ingest of the seed pages on %s", (backend) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(backend);
  });
  afterAll(async () => t?.drop());

  it("stores 5 documents with articles and claims whose offsets point into the quote", async () => {
    const run = await runIngest(["--json", SEED], t.env);
    expect(run.stderr).not.toMatch(/: (?!.*\(\d+ claims\))/); // no failure lines
    expect(run.code).toBe(0);
    expect(lastJson(run.stdout)).toMatchObject({ new: 5, unchanged: 0, failed: 0 });

    const database = await t.open();
    try {
      const counts = await tableCounts(database);
      expect(counts.documents).toBe(5);
      expect(counts.articles).toBeGreaterThanOrEqual(5);
      expect(counts.claims).toBeGreaterThan(50); // the seed pages hold 136 gold claims
      expect(lastJson(run.stdout).claims).toBe(counts.claims);

      const docs = await query<{ id: number; normalised_text: string; file_name: string; extractor_version: number }>(
        database,
        "select id, normalised_text, file_name, extractor_version from documents",
      );
      expect(docs.map((d) => d.file_name).sort()).toEqual([
        "000_178ba912c87d68f1.txt",
        "001_1dab1fe49313249a.txt",
        "002_f69df61967ff0086.txt",
        "003_7ef5928998a3dc46.txt",
        "004_2494ab091050f49b.txt",
      ]);
      expect(docs.every((d) => d.extractor_version === EXTRACTOR_VERSION)).toBe(true);
      const text = new Map(docs.map((d) => [d.id, d.normalised_text]));
      const claims = await query<ClaimCheck>(database, 'select id, document_id, article_id, start, "end", quote from claims');
      const bad = claims.filter((c) => {
        const span = text.get(c.document_id)!.slice(c.start, c.end);
        return !(c.start < c.end && span.length > 0 && c.quote.includes(span));
      });
      expect(bad).toEqual([]);
      const articles = await query<{ document_id: number; start: number; end: number }>(
        database,
        'select document_id, start, "end" from articles',
      );
      for (const a of articles) {
        expect(a.start).toBeGreaterThanOrEqual(0);
        expect(a.end).toBeLessThanOrEqual(text.get(a.document_id)!.length);
      }
      const orphans = await query<{ n: number }>(
        database,
        "select count(*)::int as n from documents d where not exists (select 1 from articles a where a.document_id = d.id)",
      );
      expect(Number(orphans[0].n)).toBe(0);
      // Every point says why it is in its series (mostly with the words it was read from); plans say what made them plans.
      const why = await query<{ indicator_id: string | null; indicator_source: string | null; indicator_cue: string | null; status: string; status_cue: string | null }>(
        database,
        "select indicator_id, indicator_source, indicator_cue, status, status_cue from claims",
      );
      const points = why.filter((c) => c.indicator_id !== null);
      expect(points.length).toBeGreaterThan(10);
      expect(points.filter((c) => !c.indicator_source)).toEqual([]);
      expect(points.filter((c) => c.indicator_cue).length).toBeGreaterThan(points.length / 2);
      expect(why.filter((c) => c.status === "actual" && c.status_cue !== null)).toEqual([]);
      expect(why.some((c) => c.status === "plan" && c.status_cue)).toBe(true);
    } finally {
      await database.close();
    }
  });

  it("a second ingest changes no table and reports every document unchanged", async () => {
    const before = await t.open().then(async (d) => {
      try {
        return await tableCounts(d);
      } finally {
        await d.close();
      }
    });
    const run = await runIngest(["--json", SEED], t.env);
    expect(run.code).toBe(0);
    expect(lastJson(run.stdout)).toMatchObject({ new: 0, unchanged: 5, reExtracted: 0, failed: 0, claims: 0 });
    expect(run.stdout).toMatch(/ingest: 0 new, 5 unchanged, 0 re-extracted, 0 failed, 0 claims written/);
    const database = await t.open();
    try {
      expect(await tableCounts(database)).toEqual(before);
    } finally {
      await database.close();
    }
  });

  it("reads a page from standard input with -", async () => {
    const page = await import("node:fs").then((fs) => fs.readFileSync(path.join(ROOT, "tests/fixtures/bad/gbk.txt")));
    const first = await runIngest(["--json", "-"], t.env, { input: page });
    expect(first.code).toBe(0);
    expect(lastJson(first.stdout)).toMatchObject({ new: 1, failed: 0 });
    expect(first.stderr).toMatch(/^new - \(\d+ claims\)$/m);
    const again = await runIngest(["--json", "-"], t.env, { input: page });
    expect(lastJson(again.stdout)).toMatchObject({ new: 0, unchanged: 1 });
    const database = await t.open();
    try {
      const [doc] = await query<{ file_name: string; raw_text: string }>(database, "select file_name, raw_text from documents where file_name = 'stdin'");
      expect(doc.raw_text).toContain("衢州港今年已累计完成货物吞吐量");
      // Leave the seed-only state for the re-extraction test below.
      await query(database, "delete from documents where file_name = 'stdin'");
    } finally {
      await database.close();
    }
  });

  it("re-extracts a page stored by an older extractor in place, keeping what an editor reviewed", async () => {
    const database = await t.open();
    try {
      const [doc] = await query<{ id: number; n: number; text: string }>(
        database,
        "select d.id, count(c.id)::int as n, d.normalised_text as text from documents d join claims c on c.document_id = d.id group by d.id order by n desc limit 1",
      );
      expect(doc.n).toBeGreaterThanOrEqual(3);
      const auto = await query<ClaimCheck>(
        database,
        `select id, document_id, article_id, start, "end", quote, value, review_state from claims where document_id = ${doc.id} order by seq`,
      );
      const [corrected, rejected] = auto;
      const articlesBefore = await query<{ id: number }>(database, `select id from articles where document_id = ${doc.id}`);

      // An editor corrects one value, rejects one claim and adds one the extractor missed.
      await query(database, `update claims set value = ${corrected.value * 2 + 1}, review_state = 'corrected', original = '{"value": ${corrected.value}}' where id = ${corrected.id}`);
      await query(database, `update claims set review_state = 'rejected' where id = ${rejected.id}`);
      const addedQuote = doc.text.slice(0, 8).replace(/'/g, "''");
      const [added] = await query<{ id: number }>(
        database,
        `insert into claims (document_id, seq, quote, value, unit, qualifier, metric, sector, cumulative, status, start, "end", review_state)
         values (${doc.id}, 9999, '${addedQuote}', 42, '个', 'eq', '编辑补充', 'social', false, 'actual', 0, 4, 'added') returning id`,
      );
      // Pretend the stored extraction came from an older extractor.
      await query(database, `update documents set extractor_version = ${EXTRACTOR_VERSION - 1} where id = ${doc.id}`);

      const summary = await ingestStream(database.db, readInputs(await listInputs([SEED])));
      expect(summary).toMatchObject({ new: 0, unchanged: 4, reExtracted: 1, failed: 0 });

      const after = await query<ClaimCheck>(
        database,
        `select id, document_id, article_id, start, "end", quote, value, review_state from claims where document_id = ${doc.id}`,
      );
      const byId = new Map(after.map((c) => [c.id, c]));
      // The editor's version wins and keeps its id (links to #claim-<id> survive).
      expect(byId.get(corrected.id)).toMatchObject({ review_state: "corrected", value: corrected.value * 2 + 1 });
      expect(byId.get(rejected.id)).toMatchObject({ review_state: "rejected" });
      expect(byId.get(added.id)).toMatchObject({ review_state: "added", value: 42 });
      // No fresh duplicate of a reviewed claim.
      for (const k of [corrected, rejected]) {
        expect(after.filter((c) => c.start === k.start && c.end === k.end)).toHaveLength(1);
      }
      // Same extractor, same text: every other claim came back, plus the editor's addition.
      expect(after).toHaveLength(auto.length + 1);
      const articleIds = new Set(
        (await query<{ id: number }>(database, `select id from articles where document_id = ${doc.id}`)).map((a) => a.id),
      );
      // Articles and unreviewed claims keep their ids too: shared links to /articles/<id>#claim-<id> survive.
      expect([...articleIds].sort()).toEqual(articlesBefore.map((a) => a.id).sort());
      expect(auto.every((c) => byId.has(c.id))).toBe(true);
      expect(articleIds.has(byId.get(corrected.id)!.article_id!)).toBe(true);
      const [version] = await query<{ v: number }>(database, `select extractor_version as v from documents where id = ${doc.id}`);
      expect(version.v).toBe(EXTRACTOR_VERSION);

      // And the next run finds nothing to do.
      const again = await ingestStream(database.db, readInputs(await listInputs([SEED])));
      expect(again).toMatchObject({ new: 0, unchanged: 5, reExtracted: 0 });
    } finally {
      await database.close();
    }
  });
});
