import { describe, expect, it } from "vitest";
import { METRIC_CASES, TIDY_CASES, chooseMetric, tidyMetric } from "./metric";

describe("metric", () => {
  it.each(METRIC_CASES)("%s | %s (%s, places %j, previous %s) → %s", (itemBefore, itemAfter, unitKind, places, previous, expected) => {
    expect(chooseMetric({ itemBefore, itemAfter, unitKind, places, previous })).toBe(expected);
  });
});

describe("metrics are noun phrases", () => {
  it.each(TIDY_CASES)("%s (%s) → %s", (metric, unit, expected) => {
    expect(tidyMetric(metric, unit)).toBe(expected);
  });
});
