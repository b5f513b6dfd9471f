import { describe, expect, it } from "vitest";
import { INDICATOR_CASES } from "./indicator.cases";
import { INDICATOR_RULES, matchIndicator } from "./indicator";
import { CATALOGUE_IDS } from "../catalogue";

describe("indicator rules", () => {
  it.each(INDICATOR_CASES)("%s %s (cumulative %s) → %s", (unit, context, cumulative, expected) => {
    expect(matchIndicator({ unit, context, cumulative })?.def.id ?? null).toBe(expected);
  });
  it("name only catalogue ids", () => {
    for (const r of INDICATOR_RULES) expect(CATALOGUE_IDS.has(r.def.id)).toBe(true);
  });
});
