import { describe, expect, it } from "vitest";
import { STATUS_CASES, detectStatus } from "./status";

describe("status", () => {
  it.each(STATUS_CASES)("%s → %s", (clauseBefore, sentenceBefore, expected) => {
    expect(detectStatus({ clauseBefore, sentenceBefore })).toBe(expected);
  });
});
