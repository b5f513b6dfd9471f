import { describe, expect, it } from "vitest";
import { normalise } from "../normalise";
import { parseYMD } from "./calendar";
import { parseTimes, resolveTime } from "./expressions";
import { HOLIDAY_CASES } from "./holidays.cases";
import { holidaySpan } from "./holidays";
import { formatPeriod } from "./period";

describe("holidays", () => {
  it.each(HOLIDAY_CASES)("$text (ref $ref) → $expect", (c) => {
    const ref = parseYMD(c.ref);
    const usable = parseTimes(normalise(c.text)).filter((m) => !m.base);
    const last = usable[usable.length - 1];
    const r = last ? resolveTime(last, { ref, actual: true }) : null;
    if (c.expect === null) return expect(r?.period ?? null).toBeNull();
    expect(r?.period).toBeTruthy();
    expect([formatPeriod(r!.period!), r!.period!.kind]).toEqual(c.expect);
  });

  it("a year the calendar has no arrangement for takes the customary span", () => {
    expect(holidaySpan("national", 2031)?.end).toEqual({ y: 2031, m: 10, d: 7 });
  });
});
