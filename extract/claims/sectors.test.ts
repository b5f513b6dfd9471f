import { describe, expect, it } from "vitest";
import { normalise } from "../normalise";
import { MEASURED_CASES, SECTOR_CASES, chooseSector, measuredInPart, normaliseFrequencies, sectorFrequencies } from "./sectors";

describe("sectors", () => {
  it.each(SECTOR_CASES)("%s → %s", (clause, sentence, article, expected) => {
    expect(chooseSector({ clause, sentence, article: normaliseFrequencies(sectorFrequencies(article)) })).toBe(expected);
  });
  it.each(MEASURED_CASES)("what %s measures → %s", (clause, expected) => {
    expect(measuredInPart(normalise(clause))).toBe(expected);
  });
});
