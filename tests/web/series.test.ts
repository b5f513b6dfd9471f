import { describe, expect, it } from "vitest";
import { layout, ticksOverlap, type ChartSeries } from "@/lib/chart-layout";
import { fontsFor } from "@/lib/og-font";
import { bestFreq, comparablePeriod, freqsByFill } from "@/lib/series";
import { INDICATOR_PARAMS, OVERVIEW_PARAMS, parseView, toQuery } from "@/lib/url-state";
import { lookupArea } from "@/lib/areas";
import { provenance } from "@/lib/i18n";

describe("comparablePeriod", () => {
  it.each([
    ["month", "2025-01", "2024-12"],
    ["month", "2025-09", "2025-08"],
    ["ytd", "2025-09", "2024-09"],
    ["year", "2025", "2024"],
    ["quarter", "2025-Q1", "2024-Q4"],
    ["half", "2025-H2", "2025-H1"],
    ["day", "2025-03-01", "2025-02-28"],
    ["year", null, null],
    ["month", "2025", null],
  ] as const)("%s %s → %s", (freq, period, want) => {
    expect(comparablePeriod(freq, period)).toBe(want);
  });
});

describe("the kind of period a chart draws", () => {
  it("is the best-filled, plans counting for little, ties to the coarser", () => {
    const p = (freq: "day" | "month" | "year", status = "actual") => ({ freq, status });
    expect(bestFreq([p("day"), p("month"), p("month")])).toBe("month");
    expect(bestFreq([p("day"), p("year")])).toBe("year");
    expect(freqsByFill([p("month", "plan"), p("month", "plan"), p("day")]).map((f) => f.freq)).toEqual(["day", "month"]);
  });
});

describe("area in the URL", () => {
  const resolveArea = (ref: string) => lookupArea(ref)?.code ?? null;
  it("takes a code or a full name, writes the code, and the home area is the default", () => {
    const byName = parseView({ area: "衢州市" }, OVERVIEW_PARAMS, { resolveArea, homeCode: "330803" });
    expect(byName.state.area).toBe("330800");
    expect(toQuery(byName.state, OVERVIEW_PARAMS)).toBe("?area=330800");
    const home = parseView({ area: "衢江区" }, OVERVIEW_PARAMS, { resolveArea, homeCode: "330803" });
    expect(home.state.area).toBeNull();
    expect(home.notices).toEqual([]);
    expect(parseView({ area: "all" }, OVERVIEW_PARAMS, { resolveArea }).state.area).toBe("all");
  });
  it("an unknown or malformed area falls back to the default with a notice", () => {
    for (const area of ["999999", "火星市", "<b>", "12"]) {
      const { state, notices } = parseView({ area }, OVERVIEW_PARAMS, { resolveArea, homeCode: "330803" });
      expect(state.area).toBeNull();
      expect(notices).toEqual([{ param: "area", value: area }]);
    }
  });
  it("compare: up to five areas, names or codes, unknown ones dropped with a notice", () => {
    const { state, notices } = parseView({ compare: "衢州市,330000,火星市" }, INDICATOR_PARAMS, { resolveArea });
    expect(state.compare).toBe("330800,330000");
    expect(notices).toEqual([{ param: "compare", value: "火星市" }]);
    expect(toQuery(state, INDICATOR_PARAMS)).toBe("?compare=330800,330000");
    const six = parseView({ compare: "330802,330803,330822,330824,330825,330881" }, INDICATOR_PARAMS, { resolveArea });
    expect(six.state.compare).toBeNull();
    expect(six.notices.map((n) => n.param)).toEqual(["compare"]);
  });
});

describe("chart layout", () => {
  const months = Array.from({ length: 60 }, (_, i) => {
    const y = 2021 + Math.floor(i / 12);
    const m = String((i % 12) + 1).padStart(2, "0");
    return { date: `${y}-${m}-28`, tick: `${y}-${m}`, value: 1000 + i * 37, plan: false, bound: false, href: null, label: "" };
  });
  const series: ChartSeries[] = [{ key: "a", name: "衢江区", colour: "#000", shape: "circle", points: months }];
  it.each([320, 390, 760, 1100])("no two axis labels overlap at %i px, and the newest is labelled", (width) => {
    const l = layout(series, { width, height: 260, format: (v) => `${v}万吨`, bars: false });
    expect(ticksOverlap(l)).toBe(false);
    expect(l.xTicks.length).toBeGreaterThan(1);
    expect(l.xTicks[l.xTicks.length - 1].label).toBe("2025-12");
    for (const p of l.series[0].points) expect(p.x).toBeLessThanOrEqual(width);
  });
});

describe("provenance", () => {
  it("says where the period and area were read", () => {
    expect(provenance("period", "2023-H1", "paragraph", "上半年", "zh")).toBe("时期 2023-H1 · 来自段首“上半年”");
    expect(provenance("area", "衢江区", "headline", "衢江", "zh")).toBe("地区 衢江区 · 来自标题“衢江”");
    expect(provenance("period", "2023-H1", "paragraph", "上半年", "en")).toBe("period 2023-H1 · from the paragraph opening “上半年”");
  });
});

describe("link-preview font", () => {
  it("loads the Noto Sans SC slices that cover every character of the text", () => {
    const f = fontsFor("衢江区 · 港航物流 货物吞吐量 2025-09: 1,234万吨 ▲");
    expect(f.missing).toEqual([]);
    expect(f.fonts.length).toBeGreaterThan(1);
    expect(f.fonts.every((x) => x.data.byteLength > 1000)).toBe(true);
  });
});
