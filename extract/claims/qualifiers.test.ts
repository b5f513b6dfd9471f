import { describe, expect, it } from "vitest";
import { findNumbers } from "../numbers";
import { PREFIX_CASES, combineQualifiers, prefixQualifier, suffixQualifier } from "./qualifiers";

describe("qualifiers", () => {
  it.each(PREFIX_CASES)("%s → %s", (text, expected) => {
    const span = findNumbers(text)[0];
    expect(span === undefined ? null : (prefixQualifier(text, span.start, span.raw)?.qualifier ?? null)).toBe(expected);
  });

  it("reads bounds after the unit", () => {
    expect(suffixQualifier("以上的天悦广场", 0)?.qualifier).toBe("gt");
    expect(suffixQualifier("左右。", 0)?.qualifier).toBe("approx");
    expect(suffixQualifier("以下老人", 0)?.qualifier).toBe("lt");
    expect(suffixQualifier("多功能活动厅", 0)).toBeNull();
  });

  it("prefers an explicit bound, reads a range as its lower bound", () => {
    expect(combineQualifiers("gt", "gt", null, false)).toBe("gt");
    expect(combineQualifiers(null, "approx", "gt", false)).toBe("gt");
    expect(combineQualifiers(null, "approx", null, false)).toBe("approx");
    expect(combineQualifiers(null, null, null, true)).toBe("gte");
    expect(combineQualifiers(null, null, null, false)).toBe("eq");
  });
});
