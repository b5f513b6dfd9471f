import { describe, expect, it } from "vitest";
import { findNumbers } from "../numbers";
import { AFTER_UNIT_CASES, NOT_CLAIM_CASES, notClaimAfterUnit, notClaimReason } from "./not-claims";

function view(text: string, raw: string) {
  const spans = findNumbers(text);
  const span = spans.find((s) => s.raw === raw) ?? spans.find((s) => s.raw.startsWith(raw));
  if (span) return { text, start: span.start, end: span.end, value: span.value, raw: span.raw, chinese: span.chinese };
  // the scanner may already drop some (第十四届): build the view by hand, the rule must still say why
  const start = text.indexOf(raw);
  return { text, start, end: start + raw.length, value: Number(raw) || 1, raw, chinese: !/\d/.test(raw) };
}

describe("not claims", () => {
  it.each(NOT_CLAIM_CASES)("%s [%s] → %s", (text, raw, expected) => {
    expect(notClaimReason(view(text, raw))).toBe(expected);
  });

  it.each(AFTER_UNIT_CASES)("%s [%s %s] → %s", (text, raw, unit, expected) => {
    const v = view(text, raw);
    const unitAt = text.indexOf(unit, v.end);
    const after = unitAt >= 0 ? text.slice(unitAt + unit.length, unitAt + unit.length + 8) : "";
    expect(notClaimAfterUnit(v, unit, after)).toBe(expected);
  });
});
