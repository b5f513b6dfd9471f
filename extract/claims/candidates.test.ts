import { describe, expect, it } from "vitest";
import { normalise } from "../normalise";
import { DOUBLING_CASES, findCandidates } from "./candidates";

describe("a doubling is a growth", () => {
  it.each(DOUBLING_CASES)("%s → %s %s", (text, value, qualifier) => {
    const found = findCandidates(normalise(text)).filter((c) => c.unit === "%");
    expect(found.map((c) => [c.value, c.qualifier])).toEqual(value === null ? [] : [[value, qualifier]]);
  });
});
