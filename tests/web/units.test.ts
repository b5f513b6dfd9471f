import { describe, expect, it } from "vitest";
import { AREA_EN_CASES } from "@/lib/area-en.cases";
import { areaLabel, areaNameEn } from "@/lib/area-en";
import { AMOUNT_CASES, KNOWN_UNITS, NOT_UNITS } from "@/lib/units.cases";
import { formatAmount, isKnownUnit, unitLabel } from "@/lib/units";

describe("values with their units", () => {
  it.each(AMOUNT_CASES)("%s %s → %s / %s", (value, unit, zh, en) => {
    expect(formatAmount(value, unit, "zh")).toBe(zh);
    expect(formatAmount(value, unit, "en")).toBe(en);
  });
  it("a filter offers real units only", () => {
    for (const u of KNOWN_UNITS) expect(isKnownUnit(u), u).toBe(true);
    for (const u of NOT_UNITS) expect(isKnownUnit(u), u).toBe(false);
  });
  it("a unit on its own: no code, no Chinese measure word in English", () => {
    expect(unitLabel("index", "zh")).toBe("");
    expect(unitLabel("吨", "en")).toBe("tonnes");
    expect(unitLabel("层", "en")).toBe("");
    expect(unitLabel("层", "zh")).toBe("层");
  });
});

describe("area names in English", () => {
  it.each(AREA_EN_CASES)("%s → %s", (zh, en) => {
    expect(areaNameEn(zh)).toBe(en);
  });
  it("Chinese pages keep the Chinese name", () => {
    expect(areaLabel("衢江区", "zh")).toBe("衢江区");
    expect(areaLabel(null, "en")).toBeNull();
  });
});
