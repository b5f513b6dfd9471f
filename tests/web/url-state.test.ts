import { describe, expect, it } from "vitest";
import { CLAIMS_PARAMS, OVERVIEW_PARAMS, parseView, toQuery, monthEnd } from "@/lib/url-state";

describe("parseView", () => {
  it("missing parameters give the defaults and no notice", () => {
    const { state, notices } = parseView({}, OVERVIEW_PARAMS);
    expect(state.lang).toBe("zh");
    expect(state.sector).toBe("all");
    expect(state.from).toBeNull();
    expect(notices).toEqual([]);
  });
  it("valid parameters are kept", () => {
    const { state, notices } = parseView({ sector: "port", from: "2024-01", to: "2025-12", lang: "en" }, OVERVIEW_PARAMS);
    expect(state).toMatchObject({ sector: "port", from: "2024-01", to: "2025-12", lang: "en" });
    expect(notices).toEqual([]);
  });
  it.each([
    ["sector", "harbour"],
    ["from", "2024-13"],
    ["to", "yesterday"],
    ["lang", "fr"],
  ])("invalid %s=%s falls back to the default with a notice", (param, value) => {
    const { state, notices } = parseView({ [param]: value }, OVERVIEW_PARAMS);
    expect(notices).toEqual([{ param, value }]);
    expect(state).toEqual(parseView({}, OVERVIEW_PARAMS).state);
  });
  it("unknown parameters get a notice, trackers do not", () => {
    const { notices } = parseView(new URLSearchParams("foo=1&utm_source=x"), OVERVIEW_PARAMS);
    expect(notices).toEqual([{ param: "foo", value: "1" }]);
  });
  it("a reversed range drops its end with a notice", () => {
    const { state, notices } = parseView({ from: "2025-06", to: "2024-01" }, OVERVIEW_PARAMS);
    expect(state.to).toBeNull();
    expect(notices.map((n) => n.param)).toEqual(["to"]);
  });
  it("empty fields from a plain form are unset, not invalid", () => {
    expect(parseView({ from: "", sector: "" }, OVERVIEW_PARAMS).notices).toEqual([]);
  });
  it("page must be a positive integer", () => {
    expect(parseView({ page: "0" }, CLAIMS_PARAMS).state.page).toBe("1");
    expect(parseView({ page: "3" }, CLAIMS_PARAMS).state.page).toBe("3");
  });
});

describe("toQuery", () => {
  it("writes only non-defaults", () => {
    const { state } = parseView({ sector: "all", lang: "zh", from: "2024-01" }, OVERVIEW_PARAMS);
    expect(toQuery(state, OVERVIEW_PARAMS)).toBe("?from=2024-01");
  });
  it("round-trips", () => {
    const q = "?sector=drama&from=2024-01&to=2025-12&lang=en";
    const { state } = parseView(new URLSearchParams(q), OVERVIEW_PARAMS);
    expect(toQuery(state, OVERVIEW_PARAMS)).toBe(q);
  });
});

describe("monthEnd", () => {
  it("knows leap years", () => {
    expect(monthEnd("2024-02")).toBe("2024-02-29");
    expect(monthEnd("2025-12")).toBe("2025-12-31");
  });
});

import { formatValue, qualifierPrefix } from "@/lib/i18n";

describe("formatValue", () => {
  it("uses 万/亿 in Chinese and k/M/B in English, with the qualifier spaced in English", () => {
    expect(qualifierPrefix("gt", "zh") + formatValue(31_000_000, "吨", "zh")).toBe("超过3,100万吨");
    expect(qualifierPrefix("gt", "en") + formatValue(31_000_000, "吨", "en")).toBe("over 31M tonnes");
    expect(formatValue(4.5e9, "元", "en")).toBe("CNY 4.5 billion");
    expect(formatValue(4.5e9, "元", "zh")).toBe("45亿元");
    expect(formatValue(12.5, "%", "en")).toBe("12.5%");
  });
});
