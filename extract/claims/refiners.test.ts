import { describe, expect, it } from "vitest";
import { BREAKDOWN_CASES, isBreakdown } from "./breakdown";
import { FALL_CASES, signedValue } from "./sign";

describe("a fall is a negative change", () => {
  it.each(FALL_CASES)("%s %d → %d", (clause, value, signed) => {
    expect(signedValue(value, clause)).toBe(signed);
  });
});

describe("parts are marked as breakdowns", () => {
  it.each(BREAKDOWN_CASES)("%s → %s", (sentence, part) => {
    expect(isBreakdown(sentence)).toBe(part);
  });
});
