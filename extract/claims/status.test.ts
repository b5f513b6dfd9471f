import { describe, expect, it } from "vitest";
import { normalise } from "../normalise";
import { PLAN_DOCUMENT_CASES, STATUS_CASES, detectStatus, isPlanDocument } from "./status";

describe("status", () => {
  it.each(STATUS_CASES)("%s → %s", (clauseBefore, sentenceBefore, expected) => {
    expect(detectStatus({ clauseBefore: normalise(clauseBefore), sentenceBefore: normalise(sentenceBefore) })).toBe(expected);
  });
  it.each(PLAN_DOCUMENT_CASES)("%s / %s → plan document %s", (headline, lead, expected) => {
    expect(isPlanDocument(normalise(headline), normalise(lead))).toBe(expected);
  });
});
