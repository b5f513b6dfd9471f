import { describe, expect, it } from "vitest";
import { viewHref } from "./links";
import { DEFAULT_STATE } from "./url-state";

describe("viewHref", () => {
  const state = { ...DEFAULT_STATE, area: "330803", sector: "port", period: "2025-Q3", compare: "330800", lang: "en" as const };
  it("writes only what each page takes, in one order", () => {
    expect(viewHref({ page: "overview" }, state)).toBe("/?area=330803&sector=port&period=2025-Q3&lang=en");
    expect(viewHref({ page: "indicator", id: "macro.gdp" }, state)).toBe("/indicators/macro.gdp?area=330803&compare=330800&period=2025-Q3&lang=en");
    expect(viewHref({ page: "peers", id: "macro.gdp" }, state)).toBe("/indicators/macro.gdp?view=peers&area=330803&compare=330800&period=2025-Q3&lang=en");
    expect(viewHref({ page: "key-csv" }, state)).toBe("/key-indicators/csv?area=330803&period=2025-Q3&lang=en");
    expect(viewHref({ page: "peers-csv", id: "macro.gdp" }, state)).toBe("/indicators/macro.gdp/peers/csv?area=330803&period=2025-Q3&lang=en");
  });
  it("the chart view is the default and is not written", () => {
    expect(viewHref({ page: "indicator", id: "macro.gdp" }, { ...state, view: "peers" })).not.toContain("view=");
  });
});
