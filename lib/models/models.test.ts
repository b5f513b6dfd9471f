import { describe, expect, it } from "vitest";
import type { SeriesPoint } from "@/db/queries";
import { keyIndicatorRows, smallMultiples } from "./overview";
import { choosePeerKey, type PeerKey } from "./peers";
import { rankByValue } from "./rank";
import { yearBeforeKey, yoyOf } from "./yoy";

const pt = (over: Partial<SeriesPoint>): SeriesPoint => ({
  date: "2025-09-30", value: 1, status: "actual", qualifier: "eq", claimId: 1, articleId: 1, quote: "q", articleTitle: null, n: 1,
  cumulative: false, period: "2025-Q3", freq: "quarter", areaCode: "330803", area: "衢江区", subject: null, entity: "", conflict: false, ...over,
});
const ind = (id: string, sector = "macro", unit = "元", kind = "level") => ({ id, nameZh: id, nameEn: id, sector, unit, measure: "level", kind, scope: "area" });

describe("rankByValue", () => {
  it("ranks the highest first and lets ties share a rank", () => {
    expect(rankByValue([3, 5, 5, 1], (x) => x).map((r) => [r.item, r.rank])).toEqual([[5, 1], [5, 1], [3, 3], [1, 4]]);
  });
});

describe("yoyOf", () => {
  it("takes the stated growth of the same kind and date", () => {
    const y = yoyOf(pt({ value: 110 }), [pt({ value: 9.9, freq: "ytd", period: "2025-09" }), pt({ value: 7.5, claimId: 2 })], [], false);
    expect(y).toMatchObject({ source: "stated", value: 7.5, claimId: 2 });
  });
  it("computes from the same period a year earlier, never from another kind", () => {
    const earlierYtd = pt({ value: 100, freq: "ytd", period: "2024-09", date: "2024-09-30" });
    expect(yoyOf(pt({ value: 110 }), [], [earlierYtd], false)).toBeNull();
    const earlierQ = pt({ value: 100, period: "2024-Q3", date: "2024-09-30" });
    expect(yoyOf(pt({ value: 110 }), [], [earlierQ], false)!.value).toBeCloseTo(10);
    expect(yoyOf(pt({ value: 5.5 }), [], [pt({ value: 5, period: "2024-Q3", date: "2024-09-30" })], true)).toMatchObject({ unit: "pp" });
  });
  it("knows the year before of every kind (a ytd stays ytd, 29 February becomes 28)", () => {
    expect(yearBeforeKey({ period: "2025-09", freq: "ytd" })).toEqual({ period: "2024-09", date: "2024-09-30" });
    expect(yearBeforeKey({ period: "2025-H1", freq: "half" })).toEqual({ period: "2024-H1", date: "2024-06-30" });
    expect(yearBeforeKey({ period: "2024-02-29", freq: "day" })).toEqual({ period: "2023-02-28", date: "2023-02-28" });
    expect(yearBeforeKey({ period: null, freq: "day" })).toBeNull();
  });
});

describe("keyIndicatorRows", () => {
  const indicators = [ind("macro.gdp"), { ...ind("macro.gdp_growth"), unit: "%" }, ind("macro.cpi_growth", "macro", "%"), ind("port.x", "port"), ind("investment.e", "investment", "个", "event")];
  const order = ["macro.gdp", "macro.gdp_growth", "macro.cpi_growth", "investment.e", "port.x"];
  const at = (indicatorId: string, o: Partial<SeriesPoint>) => ({ ...pt(o), indicatorId });
  it("folds a growth indicator into its level's row, keeps a lone growth indicator, skips events, prefers the coarser kind on a tie", () => {
    const rows = keyIndicatorRows({
      indicators,
      order,
      period: null,
      points: [
        at("macro.gdp", { value: 100 }),
        at("macro.gdp", { value: 300, freq: "ytd", period: "2025-09" }),
        at("macro.gdp", { value: 5, freq: "day", period: "2025-10-02", date: "2025-10-02" }),
        at("macro.gdp_growth", { value: 7 }),
        at("macro.cpi_growth", { value: 0.4 }),
        at("investment.e", { value: 3 }),
        at("port.x", { value: 9, freq: "month", period: "2025-08", date: "2025-08-31" }),
      ],
    });
    expect(rows.map((r) => [r.indicator.id, r.point.freq, r.yoy?.value ?? null])).toEqual([
      ["macro.gdp", "quarter", 7],
      ["macro.cpi_growth", "quarter", null],
      ["port.x", "month", null],
    ]);
  });
  it("with a period, only rows reported at it (2025-09 reads year to date first)", () => {
    const rows = keyIndicatorRows({
      indicators,
      order,
      period: "2025-09",
      points: [at("macro.gdp", { value: 100 }), at("macro.gdp", { value: 300, freq: "ytd", period: "2025-09" }), at("macro.gdp", { value: 30, freq: "month", period: "2025-09" })],
    });
    expect(rows.map((r) => r.point.value)).toEqual([300]);
  });
});

describe("choosePeerKey", () => {
  const keys: PeerKey[] = [
    { freq: "year", date: "2025-12-31", period: "2025", n: 1, selected: false },
    { freq: "quarter", date: "2025-09-30", period: "2025-Q3", n: 4, selected: true },
    { freq: "month", date: "2025-09-30", period: "2025-09", n: 2, selected: true },
    { freq: "ytd", date: "2025-09-30", period: "2025-09", n: 5, selected: true },
  ];
  it("takes the asked period, the kind more peers report", () => {
    expect(choosePeerKey(keys, "2025-09")).toMatchObject({ freq: "ytd" });
    expect(choosePeerKey(keys, "2025-Q3")).toMatchObject({ freq: "quarter" });
    expect(choosePeerKey(keys, "2023")).toBeNull();
  });
  it("else the latest the selected area reports beside another peer", () => {
    expect(choosePeerKey(keys, null)).toMatchObject({ freq: "quarter" });
  });
});

describe("smallMultiples", () => {
  it("keeps area totals with at least two points", () => {
    const s = (indicatorId: string, n: number, entity = "") => ({
      indicatorId, areaCode: "330803", area: "衢江区", freq: "quarter" as const, entity, claims: n,
      points: Array.from({ length: n }, (_, i) => pt({ date: `202${i}-09-30`, period: `202${i}-Q3` })),
    });
    const out = smallMultiples([s("macro.gdp", 2), s("port.x", 1), s("macro.cpi_growth", 3, "某基地")], [ind("macro.gdp"), ind("port.x", "port"), ind("macro.cpi_growth")], ["macro.gdp"]);
    expect(out.map((g) => g.ind.id)).toEqual(["macro.gdp"]);
  });
});
