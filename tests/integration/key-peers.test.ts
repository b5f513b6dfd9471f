// The key-indicators table and the peers view, from claims through the rollup
// to the view models, on both databases: 同比 from the growth indicator and
// from a year earlier of the same kind (never across kinds); six counties of
// 衢州市 ranked, with a tie and a peer that did not report.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { areaPoints, getIndicator, listIndicators, pointsOnKeys } from "@/db/queries";
import { articles, claims, documents } from "@/db/schema";
import { ensureIndicators } from "@/ingest/indicators";
import { kindsOfWritten, periodEnd } from "@/extract/time/period";
import { areaByCode, peersOf } from "@/lib/areas";
import { CATALOGUE_ORDER, loadKeyIndicators } from "@/lib/loaders/overview";
import { keyIndicatorRows, keyIndicatorsModel, keyRowKeys } from "@/lib/models/overview";
import { loadPeers } from "@/lib/loaders/peers";
import { BACKENDS, createTestDatabase, type TestDatabase } from "./backends";

const TEXT = "本报讯 前三季度，全区生产总值达到100亿元，同比增长7.5%。";
const COUNTIES: Record<string, string> = {
  "330802": "柯城区",
  "330803": "衢江区",
  "330822": "常山县",
  "330824": "开化县",
  "330825": "龙游县",
  "330881": "江山市",
};

describe.each(BACKENDS)("key indicators and peers on %s", (backend) => {
  let t: TestDatabase;
  let database: Database;

  beforeAll(async () => {
    t = await createTestDatabase(backend);
    database = await t.open();
    const db = database.db;
    await ensureIndicators(db);
    const [doc] = await db
      .insert(documents)
      .values({ contentHash: "kp", fileName: "kp.txt", dateSource: "front_matter", rawText: TEXT, normalisedText: TEXT, extractorVersion: 1, publishedAt: "2025-10-20" })
      .returning();
    const [art] = await db.insert(articles).values({ documentId: doc.id, seq: 0, title: "三季度", start: 0, end: TEXT.length, publishedAt: "2025-10-20" }).returning();
    let seq = 0;
    const claim = (areaCode: string, indicatorId: string, value: number, period: string, periodKind: string, asOf: string, unit = "元") => ({
      documentId: doc.id, articleId: art.id, seq: seq++, quote: TEXT, value, unit, qualifier: "eq", metric: "m", subject: null, sector: "macro",
      cumulative: false, status: "actual", start: 0, end: 4, area: COUNTIES[areaCode] ?? "衢州市", areaCode, indicatorId, period, periodKind, asOf,
    });
    await db.insert(claims).values([
      // 衢江区 2025 Q3: GDP with its stated growth; retail sales with a level a year earlier (computed 同比);
      // fixed-asset investment only with a 1—9月 figure a year earlier (another kind: no 同比).
      claim("330803", "macro.gdp", 100e8, "2025-Q3", "quarter", "2025-09-30"),
      claim("330803", "macro.gdp_growth", 7.5, "2025-Q3", "quarter", "2025-09-30", "%"),
      claim("330803", "services.retail_sales", 55e8, "2025-Q3", "quarter", "2025-09-30"),
      claim("330803", "services.retail_sales", 50e8, "2024-Q3", "quarter", "2024-09-30"),
      claim("330803", "investment.fixed_asset", 30e8, "2025-Q3", "quarter", "2025-09-30"),
      claim("330803", "investment.fixed_asset", 80e8, "2024-09", "ytd", "2024-09-30"),
      // A later figure of another kind: the default table shows it, a period=2025-Q3 table does not.
      claim("330803", "macro.gdp", 130e8, "2025", "year", "2025-12-31"),
      // The peers' GDP in 2025 Q3: 江山市 and 龙游县 tie; 开化县 does not report.
      claim("330802", "macro.gdp", 150e8, "2025-Q3", "quarter", "2025-09-30"),
      claim("330822", "macro.gdp", 90e8, "2025-Q3", "quarter", "2025-09-30"),
      claim("330825", "macro.gdp", 120e8, "2025-Q3", "quarter", "2025-09-30"),
      claim("330881", "macro.gdp", 120e8, "2025-Q3", "quarter", "2025-09-30"),
      claim("330802", "macro.gdp_growth", 6.0, "2025-Q3", "quarter", "2025-09-30", "%"),
      claim("330822", "macro.gdp", 80e8, "2024-Q3", "quarter", "2024-09-30"),
      // A city's figure is no county's peer.
      claim("330800", "macro.gdp", 1500e8, "2025-Q3", "quarter", "2025-09-30"),
    ]);
  });
  afterAll(async () => {
    await database?.close();
    await t?.drop();
  });

  it("the key-indicators table for 2025-Q3: 同比 stated, computed from a year earlier, none across kinds, rank among peers", async () => {
    const m = await loadKeyIndicators(database.db, "330803", "2025-Q3");
    const rows = m.groups.flatMap((g) => g.rows);
    const row = (id: string) => rows.find((r) => r.indicator.id === id)!;
    expect(rows.map((r) => r.indicator.id)).toEqual(["macro.gdp", "services.retail_sales", "investment.fixed_asset"]);
    expect(m.groups.map((g) => g.sector)).toEqual(["macro", "services", "investment"]);
    expect(row("macro.gdp").point).toMatchObject({ value: 100e8, period: "2025-Q3", freq: "quarter" });
    expect(row("macro.gdp").yoy).toMatchObject({ source: "stated", value: 7.5 });
    expect(row("services.retail_sales").yoy).toMatchObject({ source: "computed", unit: "%" });
    expect(row("services.retail_sales").yoy!.value).toBeCloseTo(10, 6);
    expect(row("investment.fixed_asset").yoy).toBeNull();
    // 150, 120, 120, 100, 90 → 衢江区 is 4th of 5 reporting (江山市 and 龙游县 share 2nd).
    expect(row("macro.gdp").rank).toEqual({ rank: 4, of: 5 });
    expect(row("services.retail_sales").rank).toBeNull();
  });

  it("the ranks read beside the area's points equal those read on the rows' own keys, with or without a period", async () => {
    const indicators = await listIndicators(database.db);
    const peers = peersOf(areaByCode("330803")!).map((a) => a.code);
    for (const period of [null, "2025-Q3", "2024-Q3", "2025", "2025-09"]) {
      const end = period ? [...kindsOfWritten(period).map((k) => periodEnd(period, k)!)].sort().at(-1)! : null;
      const rows = keyIndicatorRows({ indicators, order: CATALOGUE_ORDER, points: await areaPoints(database.db, "330803", { upTo: end }), period });
      const expected = keyIndicatorsModel(rows, await pointsOnKeys(database.db, peers, keyRowKeys(rows)), period);
      expect(await loadKeyIndicators(database.db, "330803", period), String(period)).toEqual(expected);
    }
  });

  it("without a period, each row at its latest period", async () => {
    const m = await loadKeyIndicators(database.db, "330803", null);
    const gdp = m.groups.flatMap((g) => g.rows).find((r) => r.indicator.id === "macro.gdp")!;
    expect(gdp.point).toMatchObject({ period: "2025", freq: "year", value: 130e8 });
    expect(gdp.yoy).toBeNull();
  });

  it("the peers of 衢江区: six counties, ranks with a tie, the missing one listed, 同比 stated or computed", async () => {
    const gdp = (await getIndicator(database.db, "macro.gdp"))!;
    const m = await loadPeers(database.db, gdp, areaByCode("330803")!, "2025-Q3");
    expect(m.parent?.name).toBe("衢州市");
    expect(m.rows.map((r) => [r.area.name, r.rank, r.point.value])).toEqual([
      ["柯城区", 1, 150e8],
      ["龙游县", 2, 120e8],
      ["江山市", 2, 120e8],
      ["衢江区", 4, 100e8],
      ["常山县", 5, 90e8],
    ]);
    expect(m.rows.find((r) => r.selected)?.area.code).toBe("330803");
    expect(m.missing.map((a) => a.name)).toEqual(["开化县"]);
    expect(m.rows.find((r) => r.area.code === "330802")!.yoy).toMatchObject({ source: "stated", value: 6 });
    expect(m.rows.find((r) => r.area.code === "330822")!.yoy!.value).toBeCloseTo(12.5, 6);
    expect(m.rows.find((r) => r.area.code === "330825")!.yoy).toBeNull();
  });

  it("the peers view's default period is the latest the selected area reports with another peer", async () => {
    const gdp = (await getIndicator(database.db, "macro.gdp"))!;
    const m = await loadPeers(database.db, gdp, areaByCode("330803")!, null);
    expect(m.key).toMatchObject({ freq: "quarter", date: "2025-09-30" });
    expect(m.periods[0]).toMatchObject({ freq: "year", n: 1 });
  });
});
