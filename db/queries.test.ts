// The web's query module on an in-memory PGlite: what the pages are promised.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "./client";
import { articles, claims, documents, indicators } from "./schema";
import { getArticle, indicatorSeries, seriesSummaries, latestClaims, searchClaims } from "./queries";

let database: Database;
const TEXT = "本报讯 衢州港货物吞吐量累计超3100万吨。集装箱吞吐量8000标箱。<img src=x onerror=alert(1)>";
let articleId = 0;
const ids: Record<string, number> = {};

beforeAll(async () => {
  database = await openDatabase({ dataDir: "memory://" });
  const db = database.db;
  await db.insert(indicators).values([
    { id: "port.cargo_throughput", nameZh: "货物吞吐量", nameEn: "Cargo throughput", sector: "port", unit: "吨", measure: "cumulative" },
    { id: "port.container_teu", nameZh: "集装箱吞吐量", nameEn: "Container throughput", sector: "port", unit: "TEU", measure: "level" },
    { id: "drama.series_count", nameZh: "短剧数量", nameEn: "Short dramas", sector: "drama", unit: "部", measure: "cumulative" },
  ]);
  const [doc] = await db
    .insert(documents)
    .values({ contentHash: "h1", fileName: "a.txt", dateSource: "front_matter", rawText: TEXT, normalisedText: TEXT, extractorVersion: 1, publishedAt: "2025-05-20" })
    .returning();
  const [art] = await db.insert(articles).values({ documentId: doc.id, seq: 0, title: "港口", start: 4, end: TEXT.length, publishedAt: "2025-05-20" }).returning();
  articleId = art.id;
  const at = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });
  const base = { documentId: doc.id, articleId: art.id, metric: "吞吐量", subject: null, period: null, cumulative: true, status: "actual", qualifier: "eq" };
  const rows = [
    { key: "gt", ...base, seq: 0, quote: "累计超3100万吨", value: 31e6, unit: "吨", qualifier: "gt", sector: "port", indicatorId: "port.cargo_throughput", asOf: "2025-05-20", ...at("3100万吨") },
    { key: "eq", ...base, seq: 1, quote: "3000万吨", value: 30e6, unit: "吨", sector: "port", indicatorId: "port.cargo_throughput", asOf: "2025-05-20", ...at("3100万吨") },
    { key: "old", ...base, seq: 2, quote: "2000万吨", value: 20e6, unit: "吨", sector: "port", indicatorId: "port.cargo_throughput", asOf: "2024-12-31", ...at("3100万吨") },
    { key: "plan", ...base, seq: 3, quote: "力争4000万吨", value: 40e6, unit: "吨", status: "plan", sector: "port", indicatorId: "port.cargo_throughput", asOf: "2025-12-31", ...at("3100万吨") },
    { key: "rejected", ...base, seq: 4, quote: "9999万吨", value: 99e6, unit: "吨", sector: "port", indicatorId: "port.cargo_throughput", asOf: "2025-06-30", reviewState: "rejected", ...at("3100万吨") },
    { key: "teu", ...base, seq: 5, quote: "集装箱吞吐量8000标箱", value: 8000, unit: "TEU", sector: "port", indicatorId: "port.container_teu", asOf: "2025-04-30", ...at("8000标箱") },
    { key: "drama", ...base, seq: 6, quote: "短剧50部", value: 50, unit: "部", sector: "drama", indicatorId: "drama.series_count", asOf: "2023-06-30", ...at("8000标箱") },
    // The extractor gave this claim another sector than its indicator's: charts follow the indicator.
    { key: "stray", ...base, seq: 7, quote: "短剧60部", value: 60, unit: "部", sector: "port", indicatorId: "drama.series_count", asOf: "2023-07-31", ...at("8000标箱") },
  ];
  for (const { key, ...row } of rows) {
    const [r] = await db.insert(claims).values(row).returning();
    ids[key] = r.id;
  }
});

afterAll(async () => {
  await database?.close();
});

describe("seriesSummaries", () => {
  it("one point per date and status, an exact figure chosen over a bound, rejected claims hidden", async () => {
    const s = await seriesSummaries(database.db, { sector: "port" });
    expect(s.map((x) => x.indicatorId).sort()).toEqual(["port.cargo_throughput", "port.container_teu"]);
    const cargo = s.find((x) => x.indicatorId === "port.cargo_throughput")!;
    expect(cargo.points.map((p) => [p.date, p.status, p.value, p.n])).toEqual([
      ["2024-12-31", "actual", 20e6, 1],
      ["2025-05-20", "actual", 30e6, 2],
      ["2025-12-31", "plan", 40e6, 1],
    ]);
    expect(cargo.points[1].claimId).toBe(ids.eq);
    expect(cargo.points[1].articleId).toBe(articleId);
  });
  it("a sector's charts are its indicators', whatever sector a stray claim carries", async () => {
    const drama = await seriesSummaries(database.db, { sector: "drama" });
    expect(drama.map((x) => [x.indicatorId, x.claims])).toEqual([["drama.series_count", 2]]);
  });
  it("the range filters by as_of, months inclusive", async () => {
    const s = await seriesSummaries(database.db, { from: "2025-01-01", to: "2025-04-30" });
    expect(s.map((x) => x.indicatorId)).toEqual(["port.container_teu"]);
  });
});

describe("indicatorSeries", () => {
  it("keeps the most recent points within the limit", async () => {
    const pts = await indicatorSeries(database.db, "port.cargo_throughput", {}, 2);
    expect(pts.map((p) => p.date)).toEqual(["2025-05-20", "2025-12-31"]);
  });
});

describe("searchClaims", () => {
  it("filters by text and status, sorts and paginates on the server", async () => {
    const all = await searchClaims(database.db, { sector: "port", sort: "value_desc" }, 1, 2);
    expect(all.total).toBe(6);
    expect(all.items.map((c) => c.value)).toEqual([40e6, 31e6]);
    const page2 = await searchClaims(database.db, { sector: "port", sort: "value_desc" }, 2, 2);
    expect(page2.items.map((c) => c.value)).toEqual([30e6, 20e6]);
    expect((await searchClaims(database.db, { sector: "port", sort: "value_desc" }, 3, 2)).items.map((c) => c.value)).toEqual([8000, 60]);
    const plans = await searchClaims(database.db, { status: "plan" }, 1, 10);
    expect(plans.items.map((c) => c.id)).toEqual([ids.plan]);
    const text = await searchClaims(database.db, { q: "集装箱" }, 1, 10);
    expect(text.items.map((c) => c.id)).toEqual([ids.teu]);
    // LIKE wildcards in the search text are literal.
    expect((await searchClaims(database.db, { q: "%" }, 1, 10)).total).toBe(0);
  });
});

describe("the explorer's default order", () => {
  it("reported figures latest first, then plans (next year's target does not lead), paged across the two", async () => {
    const first = await searchClaims(database.db, { sector: "port" }, 1, 10);
    expect(first.items.map((c) => c.status)).toEqual(["actual", "actual", "actual", "actual", "actual", "plan"]);
    expect(first.items.map((c) => c.asOf)).toEqual(["2025-05-20", "2025-05-20", "2025-04-30", "2024-12-31", "2023-07-31", "2025-12-31"]);
    const pages = [];
    for (let p = 1; p <= 3; p++) pages.push(...(await searchClaims(database.db, { sector: "port" }, p, 2)).items.map((c) => c.id));
    expect(pages).toEqual(first.items.map((c) => c.id));
  });
});

describe("latestClaims", () => {
  it("never lists rejected claims", async () => {
    const l = await latestClaims(database.db, {}, 50);
    expect(l.map((c) => c.id)).not.toContain(ids.rejected);
    expect(l).toHaveLength(7);
  });
});

describe("getArticle", () => {
  it("returns the article's slice with claim spans relative to it", async () => {
    const a = (await getArticle(database.db, articleId))!;
    expect(a.text).toBe(TEXT.slice(4));
    const span = a.claimSpans.find((s) => s.id === ids.teu)!;
    expect(a.text.slice(span.start, span.end)).toBe("8000标箱");
    expect(a.claimSpans.map((s) => s.id)).not.toContain(ids.rejected);
  });
  it("is null for an unknown id", async () => {
    expect(await getArticle(database.db, 999999)).toBeNull();
  });
});
