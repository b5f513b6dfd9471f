// migrations/0015_editor_period_kind on a database where editors corrected periods before the kind
// was kept in step: a claim moved from a day to a quarter charted as a day. After the migration it
// charts as a quarter and says an editor dated it; year-to-date claims and untouched claims stay.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runMigrations } from "@/db/migrate";
import { BACKENDS, createTestDatabase, migrationsBefore, query, type TestDatabase } from "./backends";

describe.each(BACKENDS)("the editor-period migration on %s", (backend) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(backend);
  });
  afterAll(async () => t?.drop());

  it("re-derives a corrected claim's kind of period and moves its point to that series", async () => {
    const database = await t.open({ migrate: false });
    try {
      await runMigrations(database.db, migrationsBefore("0015_editor_period_kind"));
      const exec = (s: string) => query(database, s);
      await exec(`insert into indicators (id, name_zh, name_en, sector, unit, measure, kind) values
        ('port.cargo_throughput', '货物吞吐量', 'Cargo throughput', 'port', '吨', 'level', 'running_total')
        on conflict (id) do nothing`);
      await exec(`insert into documents (content_hash, file_name, date_source, raw_text, normalised_text, extractor_version)
        values ('h1', 'a.txt', 'unknown', 't', 't', 5)`);
      // seq, period, kind, source, cue, review state, original
      const claim = (seq: number, period: string, kind: string, source: string, cue: string, review: string, original: string) =>
        `(1, ${seq}, 'q${seq}', ${100 + seq}, '吨', 'eq', '货物吞吐量', 'port', false, 'actual', 0, 1, 'port.cargo_throughput',
          '${review}', ${original}::jsonb, '衢江区', '330803', '${period}', '${kind}', '${source}', '${cue}', '2025-01-2${seq}')`; // distinct as_of: one point each
      await exec(`insert into claims (document_id, seq, quote, value, unit, qualifier, metric, sector, cumulative, status, start, "end",
          indicator_id, review_state, original, area, area_code, period, period_kind, period_source, period_cue, as_of) values
        ${claim(0, "2019-Q2", "day", "published", "5月20日", "corrected", `'{"period": "2019-05-20"}'`)},
        ${claim(1, "2025-09", "ytd", "sentence", "1—9月", "auto", "null")},
        ${claim(2, "2025-06", "ytd", "sentence", "1—6月", "corrected", `'{"period": "2025-09"}'`)},
        ${claim(3, "2025", "year", "sentence", "全年", "auto", "null")}`);
      const freqs = () => query<{ claim_id: number; freq: string }>(database, "select claim_id, freq from series_points order by claim_id");
      expect((await freqs()).map((r) => r.freq)).toEqual(["day", "ytd", "ytd", "year"]);

      expect(await runMigrations(database.db)).toBeGreaterThanOrEqual(1);

      const rows = await query<{ seq: number; period_kind: string; period_source: string; period_cue: string | null }>(
        database,
        "select seq, period_kind, period_source, period_cue from claims order by seq",
      );
      expect(rows).toEqual([
        { seq: 0, period_kind: "quarter", period_source: "editor", period_cue: null },
        { seq: 1, period_kind: "ytd", period_source: "sentence", period_cue: "1—9月" },
        // Still year to date (YYYY-MM cannot say otherwise), untouched: only a disagreeing kind is rewritten.
        { seq: 2, period_kind: "ytd", period_source: "sentence", period_cue: "1—6月" },
        { seq: 3, period_kind: "year", period_source: "sentence", period_cue: "全年" },
      ]);
      expect((await freqs()).map((r) => r.freq)).toEqual(["quarter", "ytd", "ytd", "year"]);
    } finally {
      await database.close();
    }
  });
});
