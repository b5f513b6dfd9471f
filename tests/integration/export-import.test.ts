import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseChecksum, tableCounts } from "@/db/transfer";
import { BACKENDS, createTestDatabase, query, ROOT, runIngest, runTs, type TestDatabase } from "./backends";

describe.each(BACKENDS)("export and import on %s", (backend) => {
  let source: TestDatabase;
  let target: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    source = await createTestDatabase(backend);
    target = await createTestDatabase(backend);
    dir = mkdtempSync(path.join(tmpdir(), "qj-export-"));
  });
  afterAll(async () => {
    await source?.drop();
    await target?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("restores documents, articles, claims, indicators and review state with the same counts and checksum", async () => {
    expect((await runIngest([path.join(ROOT, "db/seed")], source.env)).code).toBe(0);
    // Review state must travel too.
    const src = await source.open();
    let expected;
    try {
      await query(src, "update claims set review_state = 'corrected', value = value + 1, original = '{\"value\": 1}' where id = (select min(id) from claims)");
      await query(src, "update claims set review_state = 'rejected' where id = (select max(id) from claims)");
      await query(src, `insert into claim_audit (claim_id, actor, action, before, after) select min(id), 'editor', 'correct', '{"value": 1}', '{"value": 2}' from claims`);
      await query(src, "insert into metric_mappings (metric, indicator_id, actor) select '港口吞吐', min(id), 'editor' from indicators");
      expected = { counts: await tableCounts(src.db), checksum: (await databaseChecksum(src.db)).checksum };
    } finally {
      await src.close();
    }
    expect(expected.counts).toMatchObject({ claimAudit: 1, metricMappings: 1 });
    expect(expected.counts.claims).toBeGreaterThan(0);

    const file = path.join(dir, "export.jsonl");
    const exported = await runTs("cli/export.ts", [file], source.env);
    expect(exported.code).toBe(0);
    expect(exported.stderr).toContain(expected.checksum);
    const lines = readFileSync(file, "utf8").trim().split("\n");
    expect(lines).toHaveLength(1 + Object.values(expected.counts).reduce((a, b) => a + b, 0));

    const imported = await runTs("cli/import.ts", [file], target.env);
    expect(imported.stderr).toContain(expected.checksum);
    expect(imported.code).toBe(0);

    const dst = await target.open();
    try {
      expect(await tableCounts(dst.db)).toEqual(expected.counts);
      expect((await databaseChecksum(dst.db)).checksum).toBe(expected.checksum);
      const states = await query<{ review_state: string; n: number }>(
        dst,
        "select review_state, count(*)::int as n from claims where review_state <> 'auto' group by 1 order by 1",
      );
      expect(states.map((s) => [s.review_state, Number(s.n)])).toEqual([
        ["corrected", 1],
        ["rejected", 1],
      ]);
      // Sequences moved past the restored ids: a new document gets a fresh id.
      const [next] = await query<{ id: number }>(
        dst,
        "insert into documents (content_hash, file_name, date_source, raw_text, normalised_text, extractor_version) values (repeat('0', 64), 'x.txt', 'unknown', '', '', 0) returning id",
      );
      expect(next.id).toBeGreaterThan(expected.counts.documents);
    } finally {
      await dst.close();
    }

    // A second import into the now non-empty database is refused and changes nothing.
    const again = await runTs("cli/import.ts", [file], target.env);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toMatch(/non-empty database/);
    expect(again.stderr.trim().split("\n")).toHaveLength(1);
  });
});
