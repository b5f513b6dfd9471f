import { describe, expect, it } from "vitest";
import { METRIC_CASES, chooseMetric } from "./metric";

describe("metric", () => {
  it.each(METRIC_CASES)("%s | %s (%s, places %j, previous %s) → %s", (itemBefore, itemAfter, unitKind, places, previous, expected) => {
    expect(chooseMetric({ itemBefore, itemAfter, unitKind, places, previous })).toBe(expected);
  });
});
