import { describe, expect, it } from "vitest";
import { UNIT_CASES, matchUnit, readMagnitude } from "./units";

describe("units", () => {
  it.each(UNIT_CASES)("%s → %s ×%s", (input, unit, factor) => {
    const mag = readMagnitude(input, 0);
    const m = matchUnit(input, mag.end);
    if (unit === null) {
      expect(m).toBeNull();
      return;
    }
    expect(m?.row.unit).toBe(unit);
    expect(mag.factor * (m?.row.factor ?? 1)).toBe(factor);
  });
});
