import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { findNumbers, parseNumber } from "./numbers";
import { FIND_CASES, PARSE_CASES } from "./numbers.cases";

describe("parseNumber", () => {
  it.each(PARSE_CASES)("%j → %j", (input, expected) => {
    expect(parseNumber(input)).toBe(expected);
  });

  it("has a table of at least 60 cases, negatives included", () => {
    expect(PARSE_CASES.length).toBeGreaterThanOrEqual(60);
    expect(PARSE_CASES.filter(([, v]) => v === null).length).toBeGreaterThanOrEqual(15);
  });

  it("never throws, and returns null or a finite number", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."0123456789,.%万亿千百十一二两三四五六七八九零〇几余多第年个—-~至 ".split("")) }), (s) => {
        const v = parseNumber(s);
        return v === null || Number.isFinite(v);
      }),
      { numRuns: 2000 },
    );
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), (s) => parseNumber(s) === null || Number.isFinite(parseNumber(s))));
  });

  it("agrees with findNumbers on a single span that covers the whole text", () => {
    let compared = 0;
    for (const [input, expected] of PARSE_CASES) {
      if (expected === null || /[\s％，．０-９－]/.test(input)) continue;
      const spans = findNumbers(input);
      if (spans.length === 1 && spans[0].start === 0 && spans[0].end === input.length) {
        // The scanner reports a fraction (三分之一, 一半) as a share in %; parseNumber as its value
        const share = /^(?:负|-)?(?:一半|[^又]+分之)/.test(input) && !/^(?:负|-)?[百千万]分之/.test(input);
        if (share) expect(spans[0].value, input).toBeCloseTo(expected * 100, 9);
        else expect(spans[0].value, input).toBe(expected);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(100);
  });
});

describe("findNumbers", () => {
  it.each(FIND_CASES)("$text", ({ text, spans }) => {
    expect(findNumbers(text).map((s) => (s.percent ? [s.raw, s.value, "%"] : [s.raw, s.value]))).toEqual(spans);
  });

  it("flags percentages and Chinese numerals", () => {
    const [a, b, c, d] = findNumbers("增长42%,占三成,百分之三十,三千五百万元");
    expect([a.percent, a.chinese]).toEqual([true, false]);
    expect([b.percent, b.chinese, b.value]).toEqual([true, true, 30]);
    expect([c.percent, c.chinese]).toEqual([true, true]);
    expect([d.percent, d.chinese, d.value]).toEqual([false, true, 35000000]);
  });

  it("tags both ends of a range", () => {
    const spans = findNumbers("面积30—40万平方米");
    expect(spans.map((s) => s.rangeEnd)).toEqual(["low", "high"]);
  });

  const alphabet = fc.constantFrom(
    ..."0123456789,.%万亿千百十一二两三四五六七八九零〇几余多第年个名成分之—-~至元吨 \n甲乙".split(""),
  );
  it("spans are within bounds, ordered, non-overlapping, and raw is the slice", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: alphabet, maxLength: 80 }), fc.string({ unit: "grapheme", maxLength: 80 })), (text) => {
        const spans = findNumbers(text);
        let prev = 0;
        for (const s of spans) {
          if (!(s.start >= prev && s.start < s.end && s.end <= text.length)) return false;
          if (text.slice(s.start, s.end) !== s.raw) return false;
          if (!Number.isFinite(s.value)) return false;
          prev = s.end;
        }
        return true;
      }),
      { numRuns: 3000 },
    );
  });

  it("handles long numeral runs without blowing up", () => {
    // Correctness on pathological input; the speed itself is measured in bench, not asserted.
    const text = "一".repeat(20000) + "9".repeat(20000) + "十".repeat(20000);
    const spans = findNumbers(text);
    for (const s of spans) expect(Number.isFinite(s.value)).toBe(true);
  });
});
