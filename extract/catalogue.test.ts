import { describe, expect, it } from "vitest";
import { CATALOGUE_CASES, INDICATORS, INDICATOR_RULES, matchIndicator } from "./catalogue";
import { SECTORS, MEASURES, INDICATOR_KINDS } from "./types";

describe("indicator catalogue", () => {
  it.each(CATALOGUE_CASES)("%s %s (cumulative %s) → %s", (unit, context, cumulative, expected) => {
    expect(matchIndicator({ unit, context, cumulative })?.id ?? null).toBe(expected);
  });

  it("is plain data the database can seed: unique ids, known sectors and measures", () => {
    expect(new Set(INDICATORS.map((i) => i.id)).size).toBe(INDICATORS.length);
    for (const i of INDICATORS) {
      expect(SECTORS).toContain(i.sector);
      expect(MEASURES).toContain(i.measure);
      expect(i.nameZh.length).toBeGreaterThan(0);
      expect(i.nameEn.length).toBeGreaterThan(0);
      expect(Object.keys(i).sort()).toEqual(["id", "kind", "measure", "nameEn", "nameZh", "sector", "unit"]);
      expect(INDICATOR_KINDS).toContain(i.kind);
    }
    expect(INDICATOR_RULES.length).toBe(INDICATORS.length);
  });
});
