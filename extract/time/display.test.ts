import { describe, expect, it } from "vitest";
import { periodLabel } from "./display";
import { DISPLAY_AS_WRITTEN, DISPLAY_CASES } from "./display.cases";

describe("periods as a reader sees them", () => {
  it.each(DISPLAY_CASES)("%s (%s) → %s / %s", (period, kind, zh, en) => {
    expect(periodLabel(period, kind, "zh")).toBe(zh);
    expect(periodLabel(period, kind, "en")).toBe(en);
  });
  it.each(DISPLAY_AS_WRITTEN)("%s is shown as written", (s) => {
    expect(periodLabel(s, null, "zh")).toBe(s);
    expect(periodLabel(s, null, "en")).toBe(s);
  });
  it("no period, no label", () => {
    expect(periodLabel(null, null, "zh")).toBeNull();
    expect(periodLabel("", "year", "en")).toBeNull();
  });
});
