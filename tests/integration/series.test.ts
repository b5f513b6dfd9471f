// A series is one indicator in one area, one kind of period: the dashboard's
// queries on both databases (PGlite always, the server when DATABASE_URL is
// set). Areas are written into the rows directly, as the extractor will.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { ensureIndicators } from "@/ingest/indicators";
import { areaPointCounts, areasWithClaims, eventSeries, exportClaims, indicatorSeries, searchClaims, seriesSummaries, statedGrowth } from "@/db/queries";
import { correctClaim, getClaim } from "@/db/review/claims";
import { articles, claims, documents } from "@/db/schema";
import { areaByCode, orderAreaChoices } from "@/lib/areas";
import { ClaimPatch } from "@/lib/review/fields";
import { latestAndComparable } from "@/lib/series";
import { BACKENDS, createTestDatabase, type TestDatabase } from "./backends";

const TEXT = "本报讯 前三季度，货物吞吐量达到1234万吨，同比增长12.5%。其中煤炭39万吨。";
const QJ = { area: "衢江区", areaCode: "330803" };
const QZ = { area: "衢州市", areaCode: "330800" };
const ZJ = { area: "浙江省", areaCode: "330000" };

describe.each(BACKENDS)("series on %s", (backend) => {
  let t: TestDatabase;
  let database: Database;
  const id: Record<string, number> = {};

  beforeAll(async () => {
    t = await createTestDatabase(backend);
    database = await t.open();
    const db = database.db;
    await ensureIndicators(db);
    const [doc] = await db
      .insert(documents)
      .values({ contentHash: "series", fileName: "s.txt", dateSource: "front_matter", rawText: TEXT, normalisedText: TEXT, extractorVersion: 1, publishedAt: "2025-10-20" })
      .returning();
    const [art] = await db.insert(articles).values({ documentId: doc.id, seq: 0, title: "港口", start: 0, end: TEXT.length, publishedAt: "2025-10-20" }).returning();
    const span = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });
    const base = { documentId: doc.id, articleId: art.id, quote: TEXT, unit: "%", qualifier: "eq", metric: "m", subject: null, sector: "macro", cumulative: false, status: "actual", ...span("12.5%") };
    const rows: Record<string, Partial<typeof claims.$inferInsert>> = {
      // GDP growth: 衢江区 2024, 衢州市 2025 and 2024, 浙江省 2025.
      qj2024: { ...QJ, indicatorId: "macro.gdp_growth", value: 10.8, period: "2024", periodKind: "year", asOf: "2024-12-31" },
      qz2025: { ...QZ, indicatorId: "macro.gdp_growth", value: 6.1, period: "2025", periodKind: "year", asOf: "2025-12-31" },
      qz2024: { ...QZ, indicatorId: "macro.gdp_growth", value: 6.8, period: "2024", periodKind: "year", asOf: "2024-12-31" },
      zj2025: { ...ZJ, indicatorId: "macro.gdp_growth", value: 5.5, period: "2025", periodKind: "year", asOf: "2025-12-31" },
      // Throughput: September, 1–9月 (ytd, same period string), 1–9月 a year before, a day, and a part.
      sep: { ...QJ, indicatorId: "port.cargo_throughput", unit: "吨", value: 150e4, period: "2025-09", periodKind: "month", asOf: "2025-09-30" },
      aug: { ...QJ, indicatorId: "port.cargo_throughput", unit: "吨", value: 140e4, period: "2025-08", periodKind: "month", asOf: "2025-08-31" },
      ytd: { ...QJ, indicatorId: "port.cargo_throughput", unit: "吨", value: 1234e4, period: "2025-09", periodKind: "ytd", asOf: "2025-09-30", ...span("1234万吨") },
      ytdBefore: { ...QJ, indicatorId: "port.cargo_throughput", unit: "吨", value: 1000e4, period: "2024-09", periodKind: "ytd", asOf: "2024-09-30" },
      day: { ...QJ, indicatorId: "port.cargo_throughput", unit: "吨", value: 2.3e4, period: "2025-10-01", periodKind: "day", asOf: "2025-10-01" },
      part: { ...QJ, indicatorId: "port.cargo_throughput", unit: "吨", value: 39e4, period: "2025-09", periodKind: "ytd", asOf: "2025-09-30", breakdown: true, ...span("39万吨") },
      growth: { ...QJ, indicatorId: "port.cargo_throughput_growth", value: 12.5, period: "2025-09", periodKind: "ytd", asOf: "2025-09-30", ...span("12.5%") },
      // Signed projects: two in 2023-Q3 (one reported twice), one in Q4, one plan, one in 衢州市.
      p1: { ...QJ, indicatorId: "investment.signed_investment", unit: "元", value: 12e8, period: "2023-07-12", asOf: "2023-07-12" },
      p1again: { ...QJ, indicatorId: "investment.signed_investment", unit: "元", value: 12e8, period: "2023-07-12", asOf: "2023-07-12" },
      p2: { ...QJ, indicatorId: "investment.signed_investment", unit: "元", value: 8e8, qualifier: "gt", period: "2023-08-15", asOf: "2023-08-15" },
      p3: { ...QJ, indicatorId: "investment.signed_investment", unit: "元", value: 5.5e8, period: "2023-11-20", asOf: "2023-11-20" },
      pPlan: { ...QJ, indicatorId: "investment.signed_investment", unit: "元", value: 30e8, status: "plan", period: "2023-12", asOf: "2023-12-31" },
      pQz: { ...QZ, indicatorId: "investment.signed_investment", unit: "元", value: 50e8, period: "2023-09-01", asOf: "2023-09-01" },
      noArea: { area: null, areaCode: null, indicatorId: "macro.gdp_growth", value: 9.9, period: "2023", asOf: "2023-12-31" },
    };
    let seq = 0;
    for (const [key, row] of Object.entries(rows)) {
      const [r] = await db.insert(claims).values({ ...base, seq: seq++, ...row } as typeof claims.$inferInsert).returning();
      id[key] = r.id;
    }
  });
  afterAll(async () => {
    await database?.close();
    await t?.drop();
  });

  it("keys series by area: 衢江区's GDP growth has no comparable earlier point, 衢州市's compares 2025 with 2024", async () => {
    const qj = await seriesSummaries(database.db, { area: "330803", sector: "macro" });
    expect(qj.map((s) => [s.indicatorId, s.areaCode, s.freq])).toEqual([["macro.gdp_growth", "330803", "year"]]);
    expect(latestAndComparable(qj[0].points, "year")).toMatchObject({ last: { claimId: id.qj2024 }, prev: null });
    const qz = await seriesSummaries(database.db, { area: "330800", sector: "macro" });
    expect(qz[0].points.every((p) => p.areaCode === "330800")).toBe(true);
    expect(latestAndComparable(qz[0].points, "year")).toMatchObject({ last: { claimId: id.qz2025 }, prev: { claimId: id.qz2024 } });
    // Every area: one series per area, and the claim without an area is its own.
    const all = await seriesSummaries(database.db, { sector: "macro" });
    expect(all.map((s) => s.areaCode)).toEqual(["330000", "330800", "330803", null]);
  });

  it("one kind of period per series; a year-to-date total compares with the same span a year before; parts never drawn", async () => {
    const s = await seriesSummaries(database.db, { area: "330803", sector: "port" });
    const cargo = s.filter((x) => x.indicatorId === "port.cargo_throughput");
    expect(cargo.map((x) => [x.freq, x.points.map((p) => p.value)])).toEqual([
      ["day", [2.3e4]],
      ["month", [140e4, 150e4]],
      ["ytd", [1000e4, 1234e4]],
    ]);
    const points = cargo.flatMap((x) => x.points);
    expect(points.map((p) => p.claimId)).not.toContain(id.part);
    expect(latestAndComparable(points, "ytd")).toMatchObject({ last: { claimId: id.ytd }, prev: { claimId: id.ytdBefore } });
    expect(latestAndComparable(points, "month")).toMatchObject({ last: { claimId: id.sep }, prev: { claimId: id.aug } });
    expect(latestAndComparable(points, "day")).toMatchObject({ last: { claimId: id.day }, prev: null });
    // The part is still a claim: listed in the explorer, flagged.
    const listed = await searchClaims(database.db, { area: "330803", indicator: "port.cargo_throughput" }, 1, 50);
    expect(listed.items.find((c) => c.id === id.part)?.breakdown).toBe(true);
  });

  it("the growth an article states for a figure, in the same sentence", async () => {
    const g = await statedGrowth(database.db, [id.ytd, id.sep]);
    expect(g.get(id.ytd)).toMatchObject({ growthClaimId: id.growth, value: 12.5 });
  });

  it("events: summed and counted per quarter, a figure reported twice counted once, plans and other areas apart", async () => {
    const { buckets, events } = await eventSeries(database.db, "investment.signed_investment", { area: "330803" }, "quarter");
    expect(buckets.map((b) => [b.bucket, b.sum, b.count, b.lowerBound])).toEqual([
      ["2023-Q3", 20e8, 2, true],
      ["2023-Q4", 5.5e8, 1, false],
    ]);
    expect(events.map((e) => e.value).sort((a, b) => a - b)).toEqual([5.5e8, 8e8, 12e8, 30e8]);
    const monthly = await eventSeries(database.db, "investment.signed_investment", { area: "330803" }, "month");
    expect(monthly.buckets.map((b) => b.bucket)).toEqual(["2023-07", "2023-08", "2023-11"]);
    // limit 0: the same sums, no events read.
    expect(await eventSeries(database.db, "investment.signed_investment", { area: "330803" }, "month", 0)).toEqual({ buckets: monthly.buckets, events: [] });
  });

  it("compare: each area's series from its own claims", async () => {
    const [qj, qz] = await Promise.all([
      indicatorSeries(database.db, "macro.gdp_growth", { area: "330803" }),
      indicatorSeries(database.db, "macro.gdp_growth", { area: "330800" }),
    ]);
    expect(qj.map((p) => p.claimId)).toEqual([id.qj2024]);
    expect(qz.map((p) => p.claimId)).toEqual([id.qz2024, id.qz2025]);
    // Snippets for the latest point only: the same points, the older one with its stored quote.
    const newest = await indicatorSeries(database.db, "macro.gdp_growth", { area: "330800" }, undefined, 1);
    expect(newest.map(({ quote: _, ...p }) => p)).toEqual(qz.map(({ quote: _, ...p }) => p));
    expect(newest[1].quote).toBe(qz[1].quote);
  });

  it("area choices: the selected area, its parent, then the others with points for the page, each with its count", async () => {
    const known = await areasWithClaims(database.db);
    expect(known[0]).toMatchObject({ code: "330803", name: "衢江区" });
    const qj = areaByCode("330803")!;
    const gdp = orderAreaChoices(qj, qj, await areaPointCounts(database.db, { indicator: "macro.gdp_growth" }));
    expect(gdp.map((a) => [a.name, a.group, a.points])).toEqual([
      ["衢江区", "selected", 1],
      ["衢州市", "parent", 2],
      ["浙江省", "other", 1],
    ]);
    // On the throughput page only 衢江区 has points (the part is no point); 衢州市 stays, selected, with none.
    const port = orderAreaChoices(areaByCode("330800")!, qj, await areaPointCounts(database.db, { indicator: "port.cargo_throughput" }));
    expect(port.map((a) => [a.name, a.group, a.points])).toEqual([
      ["衢州市", "selected", 0],
      ["衢江区", "other", 5],
    ]);
    // Without a date range the counts are read from series_index; with one, from the points: the same counts.
    for (const scope of [{}, { sector: "port" }, { indicator: "macro.gdp_growth" }, { sector: "all" }]) {
      expect(await areaPointCounts(database.db, scope), JSON.stringify(scope)).toEqual(
        await areaPointCounts(database.db, { ...scope, from: "1900-01-01", to: "2999-12-31" }),
      );
    }
  });

  it("the claims of compared areas are listed beside the selected area's", async () => {
    const both = await searchClaims(database.db, { indicator: "macro.gdp_growth", area: "330803", compare: ["330800"] }, 1, 50);
    expect(new Set(both.items.map((c) => c.areaCode))).toEqual(new Set(["330803", "330800"]));
    expect(both.total).toBe(3);
  });

  it("the explorer filters and exports by area", async () => {
    const qz = await exportClaims(database.db, { area: "330800" });
    expect(new Set(qz.map((c) => c.area))).toEqual(new Set(["衢州市"]));
    expect(qz.map((c) => c.areaCode)).toContain("330800");
  });

  it("an editor corrects the area by name or code; its code follows; an unknown area is refused", async () => {
    const byCode = ClaimPatch.parse({ area: "330800" });
    expect(byCode.area).toBe("衢州市");
    await correctClaim(database.db, id.noArea, byCode, { name: "test", userId: null });
    expect(await getClaim(database.db, id.noArea)).toMatchObject({ area: "衢州市", areaCode: "330800", areaSource: "editor", reviewState: "corrected" });
    await correctClaim(database.db, id.noArea, ClaimPatch.parse({ area: "浙江省" }), { name: "test", userId: null });
    expect(await getClaim(database.db, id.noArea)).toMatchObject({ area: "浙江省", areaCode: "330000" });
    expect(ClaimPatch.safeParse({ area: "火星市" }).success).toBe(false);
  });
});
