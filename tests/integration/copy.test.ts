// The claims COPY on both drivers: every field arrives as it left, whatever
// characters its text holds (COPY's text format escapes \ tab CR LF).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyClaims, copyValue, encodeClaimLines, withIds } from "@/ingest/copy";
import type { PreparedClaim } from "@/ingest/prepare";
import { ensureIndicators } from "@/ingest/indicators";
import { documents } from "@/db/schema";
import { BACKENDS, createTestDatabase, query, type TestDatabase } from "./backends";

const claim = (over: Partial<PreparedClaim>): PreparedClaim => ({
  quote: "衢州港完成货物吞吐量320万吨",
  value: 3200000,
  unit: "吨",
  qualifier: "eq",
  metric: "货物吞吐量",
  subject: null,
  sector: "port",
  period: "2025-04",
  periodKind: "ytd",
  periodSource: "sentence",
  periodCue: "1至4月",
  area: "衢江区",
  areaCode: "330803",
  areaSource: "home",
  areaCue: null,
  breakdown: false,
  cumulative: true,
  status: "actual",
  start: 3,
  end: 9,
  indicator: null,
  article: 0,
  asOf: "2025-04-30",
  ...over,
});

describe("COPY text", () => {
  it("escapes what COPY's text format needs escaped, and nothing else", () => {
    expect(copyValue(null)).toBe("\\N");
    expect(copyValue(true)).toBe("t");
    expect(copyValue(1.5e-7)).toBe("1.5e-7");
    expect(copyValue("a\\b\tc\nd\re")).toBe("a\\\\b\\tc\\nd\\re");
    expect(copyValue("\\N")).toBe("\\\\N");
  });
  it("puts the document and article ids in front of each line", () => {
    const lines = encodeClaimLines([claim({ article: 1 }), claim({ article: 5 })], new Set());
    const rows = withIds(lines, 42, [7, 8]).split("\n").filter(Boolean).map((l) => l.split("\t").slice(0, 3));
    expect(rows).toEqual([["42", "8", "0"], ["42", "\\N", "1"]]);
  });
});

describe.each(BACKENDS)("claims COPY on %s", (backend) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(backend);
  });
  afterAll(async () => t?.drop());

  it("stores text with backslashes, tabs and line breaks, nulls and numbers exactly", async () => {
    const database = await t.open();
    try {
      await ensureIndicators(database.db);
      const odd = claim({ quote: "路径 C:\\data\t表格\n下一行\r回车 \\N 不是空", metric: '"引号"', subject: null, value: 0.000123, start: 0, end: 4 });
      const plain = claim({ indicator: "port.cargo_throughput", value: 12.5, unit: "%", cumulative: false, asOf: null });
      await database.db.transaction(async (tx) => {
        const [doc] = await tx
          .insert(documents)
          .values({ contentHash: `copy-${backend}`, fileName: "copy.txt", dateSource: "unknown", rawText: "x", normalisedText: "x", extractorVersion: 1 })
          .returning({ id: documents.id });
        await copyClaims(tx, withIds(encodeClaimLines([odd, plain], new Set(["port.cargo_throughput"])), doc.id, []));
      });
      const rows = await query<{ quote: string; metric: string; subject: string | null; value: number; unit: string; cumulative: boolean; as_of: string | null; indicator_id: string | null; article_id: number | null }>(
        database,
        "select quote, metric, subject, value, unit, cumulative, as_of::text, indicator_id, article_id from claims order by seq",
      );
      expect(rows).toEqual([
        { quote: odd.quote, metric: '"引号"', subject: null, value: 0.000123, unit: "吨", cumulative: true, as_of: "2025-04-30", indicator_id: null, article_id: null },
        { quote: plain.quote, metric: "货物吞吐量", subject: null, value: 12.5, unit: "%", cumulative: false, as_of: null, indicator_id: "port.cargo_throughput", article_id: null },
      ]);
    } finally {
      await database.close();
    }
  });

  it("a COPY the server refuses fails its transaction with an error, and stores nothing", async () => {
    const database = await t.open();
    try {
      const before = await query<{ n: number }>(database, "select count(*)::int as n from claims");
      const attempt = database.db.transaction(async (tx) => {
        const [doc] = await tx
          .insert(documents)
          .values({ contentHash: `copy-bad-${backend}`, fileName: "bad.txt", dateSource: "unknown", rawText: "x", normalisedText: "x", extractorVersion: 1 })
          .returning({ id: documents.id });
        // Article 999999 does not exist: the foreign key refuses the row when the COPY completes.
        await copyClaims(tx, withIds(encodeClaimLines([claim({})], new Set()), doc.id, [999999]));
      });
      await expect(attempt).rejects.toThrow(/foreign key|COPY was refused/);
      expect(await query<{ n: number }>(database, "select count(*)::int as n from claims")).toEqual(before);
      expect(await query(database, `select id from documents where content_hash = 'copy-bad-${backend}'`)).toEqual([]);
      // The connection is usable afterwards.
      expect(await query<{ one: number }>(database, "select 1 as one")).toEqual([{ one: 1 }]);
    } finally {
      await database.close();
    }
  });
});
