import { describe, expect, it } from "vitest";
import { SECTOR_CASES, chooseSector, normaliseFrequencies, sectorFrequencies } from "./sectors";

describe("sectors", () => {
  it.each(SECTOR_CASES)("%s → %s", (clause, sentence, article, expected) => {
    expect(chooseSector({ clause, sentence, article: normaliseFrequencies(sectorFrequencies(article)) })).toBe(expected);
  });
});
