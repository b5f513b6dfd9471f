import { describe, expect, it } from "vitest";
import { SUBJECT_CASES, chooseSubject } from "./subject";

describe("subject", () => {
  it.each(SUBJECT_CASES)("%s (area %s) → %s", (sentenceBefore, area, expected) => {
    expect(chooseSubject({ sentenceBefore, places: [], earlier: () => "", area })).toBe(expected);
  });
});
