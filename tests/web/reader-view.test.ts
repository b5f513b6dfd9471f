// What a reader sees of a figure, pure parts: lines that break where a period
// is missing, a downloaded chart that carries its context, a CSV in the page's
// language, the catalogue by sector, plurals.
import { describe, expect, it } from "vitest";
import type { ClaimListItem } from "@/db/queries";
import { composeChartSvg } from "@/lib/chart-download";
import { layout, runs, type ChartSeries } from "@/lib/chart-layout";
import { geometry } from "@/lib/chart-geometry";
import { csvCells, csvHeader } from "@/lib/export";
import { countOf, listOf, sourceLine } from "@/lib/i18n";
import { groupBySector } from "@/lib/indicator-groups";
import { consecutive } from "@/lib/series";

describe("a line joins neighbouring periods only", () => {
  it.each([
    ["year", "2024", "2025", true],
    ["year", "2018", "2024", false],
    ["quarter", "2025-Q4", "2026-Q1", true],
    ["quarter", "2025-Q1", "2025-Q3", false],
    ["half", "2025-H2", "2026-H1", true],
    ["half", "2025-H1", "2026-H1", false],
    ["month", "2025-12", "2026-01", true],
    ["month", "2025-10", "2025-12", false],
    ["ytd", "2025-08", "2025-09", true],
    ["ytd", "2025-06", "2025-09", false],
    ["ytd", "2024-11", "2025-02", true],
    ["ytd", "2024-09", "2025-02", false],
    // irregular by nature: always joined
    ["day", "2025-01-03", "2025-06-30", true],
  ] as const)("%s %s → %s: %s", (freq, a, b, want) => {
    expect(consecutive(freq, a, b)).toBe(want);
  });

  it("the chart's path lifts the pen across a missing year", () => {
    const pt = (period: string, value: number) => ({ date: `${period}-12-31`, tick: period, period, value, plan: false, bound: false, href: null, label: period });
    const series: ChartSeries[] = [
      { key: "a", name: "衢江区", colour: "#000", shape: "circle", freq: "year", points: [pt("2018", 1), pt("2023", 2), pt("2024", 3)] },
    ];
    expect(runs(series[0].points, "year").map((r) => r.map((p) => p.period))).toEqual([["2018"], ["2023", "2024"]]);
    const l = layout(series, { width: 600, height: 300, format: String, bars: false });
    expect(l.series[0].line.match(/M/g)).toHaveLength(2);
    const g = geometry(
      series[0].points.map((p) => ({ date: p.date, value: p.value, status: "actual", qualifier: "eq", period: p.period, freq: "year" as const })),
      200,
      60,
    );
    expect(g.actualPath.match(/M/g)).toHaveLength(2);
  });
});

describe("a downloaded chart stands alone", () => {
  it("carries title, subtitle, legend, source line and URL as text", () => {
    const { svg, height } = composeChartSvg(
      '<svg width="600" height="300"><path d="M0,0"/></svg>',
      600,
      300,
      { title: "港口货物吞吐量 · 衢江区、衢州市", subtitle: "单位: 吨 · 时期类型: 年度", source: sourceLine(12, "zh") },
      [
        { name: "衢江区", colour: "#0072B2" },
        { name: "衢州市", colour: "#D55E00" },
      ],
      "https://qujiang.example/indicators/port.cargo_throughput?compare=330800",
    );
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(texts).toEqual([
      "港口货物吞吐量 · 衢江区、衢州市",
      "单位: 吨 · 时期类型: 年度",
      "衢江区",
      "衢州市",
      "衢江经济指标看板 · 来源: 新闻报道, 12 篇",
      "https://qujiang.example/indicators/port.cargo_throughput?compare=330800",
    ]);
    expect(height).toBeGreaterThan(300);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    // The chart itself is nested below the caption, not replaced.
    expect(svg).toContain('<svg x="0" y="');
  });
  it("escapes what it writes", () => {
    const { svg } = composeChartSvg("<svg></svg>", 400, 200, { title: "A & B <c>", subtitle: "", source: "" }, [], "https://x.example/?a=1&b=2");
    expect(svg).toContain("A &#38; B &#60;c&#62;");
    expect(svg).toContain("a=1&#38;b=2");
  });
});

const claim = (over: Partial<ClaimListItem>): ClaimListItem => ({
  id: 7,
  articleId: 3,
  documentId: 1,
  quote: "上半年，全区GDP增长7.5%",
  value: 7.5,
  unit: "%",
  qualifier: "gt",
  metric: "GDP增长",
  subject: null,
  sector: "macro",
  period: "2025-H1",
  status: "actual",
  asOf: "2025-06-30",
  indicatorId: "macro.gdp_growth",
  articleTitle: "上半年经济运行",
  reviewState: "extracted",
  area: "衢江区",
  areaCode: "330803",
  periodKind: "half",
  breakdown: false,
  periodSource: null,
  periodCue: null,
  areaSource: null,
  areaCue: null,
  ...over,
});

describe("the CSV reads in the page's language, codes beside", () => {
  it.each([
    ["zh", ["2025年上半年", "衢江区", "地区生产总值增速", 7.5, "%", "超过", "实际"]],
    ["en", ["H1 2025", "Qujiang District", "GDP, growth", 7.5, "%", "over", "Actual"]],
  ] as const)("%s", (lang, readable) => {
    const header = csvHeader(lang);
    const cells = csvCells(claim({}), "https://q.example", lang);
    expect(cells.slice(0, readable.length)).toEqual(readable);
    const at = (h: string) => cells[header.indexOf(h)];
    expect(at("period")).toBe("2025-H1");
    expect(at("period_kind")).toBe("half");
    expect(at("indicator")).toBe("macro.gdp_growth");
    expect(at("qualifier")).toBe("gt");
    expect(header[0]).toBe(lang === "zh" ? "时期" : "Period");
  });
  it("a year-to-date span and a day", () => {
    expect(csvCells(claim({ period: "2025-09", periodKind: "ytd" }), "", "zh")[0]).toBe("2025年1—9月");
    expect(csvCells(claim({ period: "2025-09", periodKind: "ytd" }), "", "en")[0]).toBe("Jan–Sep 2025");
    expect(csvCells(claim({ period: null, periodKind: null, asOf: "2025-10-07" }), "", "zh")[0]).toBe("2025年10月7日");
  });
});

describe("the catalogue by sector", () => {
  const inds = [
    { id: "port.cargo_throughput", nameZh: "港口货物吞吐量", nameEn: "Port cargo throughput", sector: "port" },
    { id: "macro.gdp_growth", nameZh: "地区生产总值增速", nameEn: "GDP, growth", sector: "macro" },
    { id: "macro.gdp", nameZh: "地区生产总值", nameEn: "GDP", sector: "macro" },
    { id: "port.routes", nameZh: "航线数", nameEn: "Shipping routes", sector: "port" },
  ];
  it("in catalogue order, sectors named in the page's language, only those with claims", () => {
    const groups = groupBySector(inds, "en", new Set(["macro.gdp_growth", "macro.gdp", "port.routes"]));
    expect(groups.map((g) => [g.name, g.indicators.map((i) => i.id)])).toEqual([
      ["Port & logistics", ["port.routes"]],
      ["Macro economy", ["macro.gdp", "macro.gdp_growth"]],
    ]);
  });
});

describe("plurals and lists in English", () => {
  it("1 point, 2 points; no 、 between English items", () => {
    expect(countOf(1, "points", "en")).toBe("1 point");
    expect(countOf(2, "points", "en")).toBe("2 points");
    expect(countOf(1, "points", "zh")).toBe("1 个数据点");
    expect(listOf(["Qujiang District", "Quzhou City"], "en")).toBe("Qujiang District, Quzhou City");
    expect(sourceLine(1, "en")).toBe("Qujiang Economic Indicators · Source: news reports, 1 article");
  });
});
