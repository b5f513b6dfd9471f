import { describe, expect, it } from "vitest";
import { parseYMD } from "./calendar";
import { parseTimes, resolveTime } from "./expressions";
import { TIME_CASES } from "./expressions.cases";
import { formatPeriod, parsePeriod } from "./period";

describe("time expressions", () => {
  it.each(TIME_CASES)("$text (ref $ref) → $expect", (c) => {
    const ref = parseYMD(c.ref);
    const frame = c.frame ? parsePeriod(c.frame[0], c.frame[1]) : null;
    const usable = parseTimes(c.text).filter((m) => !m.base);
    const last = usable[usable.length - 1];
    const r = last ? resolveTime(last, { ref, frame, actual: c.actual ?? true }) : null;
    if (c.expect === null) {
      expect(r?.period ?? null).toBeNull();
      return;
    }
    expect(r?.period).toBeTruthy();
    expect([formatPeriod(r!.period!), r!.period!.kind]).toEqual(c.expect);
    expect(r!.asOf).toBe(c.asOf ?? false);
  });

  it("finds every mention once, longest first, with offsets into the text", () => {
    const text = "截至6月底,衢州港自2019年开港以来累计完成货物吞吐量2516万吨。";
    const ms = parseTimes(text);
    expect(ms.map((m) => m.text)).toEqual(["截至6月底", "2019年"]);
    expect(ms[1].since).toBe(true);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});
