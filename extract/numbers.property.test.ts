// Round trips: random numbers are WRITTEN the way Chinese text writes them (the
// writer below follows the school rules for 万/亿 sections and 零, independently
// of the parser), then read back by parseNumber and by the scanner.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { findNumbers, parseNumber } from "./numbers";

const CN_DIGIT = "零一二三四五六七八九";
const PLACES = [
  [1000, "千"],
  [100, "百"],
  [10, "十"],
] as const;

/** How each 万/亿 section is written. */
type Mode = "chinese" | "arabic" | "digits";

interface Style {
  /** 两 instead of 二 before 百/千, and for a section that is exactly 2 before 万/亿 (两万, 两亿). */
  liang: boolean;
  /** 十五 instead of 一十五 at the very start. */
  bareTen: boolean;
  /** 〇 instead of 零 in decimals. */
  ling: boolean;
  /** 零 also before a section of four places after a higher one (一百零一万零三千): redundant, but written. */
  extraZero: boolean;
  /** Per section, highest first: Chinese (四千六百), Arabic (4600) or Arabic digits with Chinese units (4千6百). */
  modes: readonly Mode[];
}

const CHINESE: Style = { liang: false, bareTen: false, ling: false, extraZero: false, modes: ["chinese", "chinese", "chinese"] };

/** One section (1 … 9999) in Chinese: 四千六百, 三千零五十, 一十二 (a leading 一十 only at the start may lose its 一). */
function chineseSection(g: number, first: boolean, bigUnitFollows: boolean, style: Style): string {
  if (g === 2 && bigUnitFollows && style.liang) return "两";
  let out = "";
  let gap = false;
  let begun = false;
  for (const [place, unit] of PLACES) {
    const d = Math.floor(g / place) % 10;
    if (d === 0) {
      if (begun) gap = true;
      continue;
    }
    if (gap) out += "零";
    gap = false;
    const digit = d === 2 && place >= 100 && style.liang ? "两" : CN_DIGIT[d];
    out += place === 10 && d === 1 && !begun && first && style.bareTen ? "十" : digit + unit;
    begun = true;
  }
  const ones = g % 10;
  if (ones !== 0) out += (gap || (begun && Math.floor(g / 10) % 10 === 0) ? "零" : "") + CN_DIGIT[ones];
  return out;
}

/** One section with Arabic digits before 千/百 and an Arabic group for the last two places: 4千6百50, 2千零30, 4千零5. */
function digitsSection(g: number): string {
  let out = "";
  let gap = false;
  let begun = false;
  for (const [place, unit] of PLACES.slice(0, 2)) {
    const d = Math.floor(g / place) % 10;
    if (d === 0) {
      if (begun) gap = true;
      continue;
    }
    if (gap) out += "零";
    gap = false;
    out += `${d}${unit}`;
    begun = true;
  }
  const rest = g % 100;
  if (rest === 0) return out;
  // after a unit the Arabic group fills both places (6百50) or follows 零 (6百零5, 2千零30)
  if (begun && (gap || rest < 10)) return `${out}零${rest}`;
  return out + String(rest);
}

/** n (0 ≤ n < 10¹²) written in sections of 亿, 万 and units, 零 wherever places are skipped. */
function writeInteger(n: number, style: Style): string {
  if (n === 0) return "零";
  const groups: [number, string][] = [
    [Math.floor(n / 1e8), "亿"],
    [Math.floor(n / 1e4) % 1e4, "万"],
    [n % 1e4, ""],
  ];
  let out = "";
  let started = false;
  let skipped = false;
  groups.forEach(([g, unit], k) => {
    if (g === 0) {
      if (started) skipped = true;
      return;
    }
    const mode = style.modes[k];
    // a section below 1000 after a higher one, or after an empty one, starts with 零
    const zero = started && (skipped || g < 1000 || style.extraZero);
    if (mode === "arabic") out += (zero ? "零" : "") + String(g);
    else if (mode === "digits") out += (zero ? "零" : "") + digitsSection(g);
    else out += (zero && !chineseSection(g, false, unit !== "", style).startsWith("零") ? "零" : "") + chineseSection(g, !started, unit !== "", style);
    out += unit;
    started = true;
    skipped = false;
  });
  return out;
}

const style = fc.record({
  liang: fc.boolean(),
  bareTen: fc.boolean(),
  ling: fc.boolean(),
  extraZero: fc.boolean(),
  modes: fc.array(fc.constantFrom<Mode>("chinese", "arabic", "digits"), { minLength: 3, maxLength: 3 }),
});
const chineseStyle = fc.record({
  liang: fc.boolean(),
  bareTen: fc.boolean(),
  ling: fc.boolean(),
  extraZero: fc.boolean(),
  modes: fc.constant<readonly Mode[]>(["chinese", "chinese", "chinese"]),
});
/** Integers of every size, with many zeros inside (10005, 100000005, 2030万 …). */
const integer = fc.oneof(
  fc.integer({ min: 0, max: 999_999_999_999 }),
  fc.integer({ min: 0, max: 99_999 }),
  fc
    .array(fc.constantFrom(0, 0, 0, 1, 2, 5, 9), { minLength: 1, maxLength: 12 })
    .map((ds) => Number(ds.join(""))),
);

function decimalDigits(frac: string, s: Style): string {
  return [...frac].map((d) => (d === "0" && s.ling ? "〇" : CN_DIGIT[+d])).join("");
}

describe("writer (sanity of the test's own generator)", () => {
  it.each([
    [0, "零"],
    [10, "一十"],
    [15, "一十五"],
    [105, "一百零五"],
    [1010, "一千零一十"],
    [3050, "三千零五十"],
    [10500, "一万零五百"],
    [1013012, "一百零一万三千零一十二"],
    [205000000, "二亿零五百万"],
    [100001000, "一亿零一千"],
    [100000005, "一亿零五"],
    [120003000, "一亿二千万三千"],
    [120000003, "一亿二千万零三"],
  ])("%d → %s", (n, w) => {
    expect(writeInteger(n, CHINESE)).toBe(w);
  });
  it("writes mixed forms", () => {
    expect(writeInteger(54600, { ...CHINESE, modes: ["digits", "digits", "digits"] })).toBe("5万4千6百");
    expect(writeInteger(34000, { ...CHINESE, modes: ["arabic", "arabic", "arabic"] })).toBe("3万4000");
    expect(writeInteger(20300000, { ...CHINESE, modes: ["digits", "digits", "digits"] })).toBe("2千零30万");
    expect(writeInteger(120000000, { ...CHINESE, modes: ["arabic", "digits", "arabic"] })).toBe("1亿2千万");
    expect(writeInteger(30400, { ...CHINESE, modes: ["arabic", "arabic", "arabic"] })).toBe("3万零400");
    expect(writeInteger(1013012, { ...CHINESE, extraZero: true, bareTen: true })).toBe("一百零一万零三千零一十二");
  });
});

describe("Chinese numerals round-trip", () => {
  it("integers in Chinese, with and without 万/亿, 零 in its places, 两 and bare 十", () => {
    fc.assert(
      fc.property(integer, chineseStyle, (n, s) => {
        const w = writeInteger(n, s);
        expect(parseNumber(w), w).toBe(n);
      }),
      { numRuns: 3000 },
    );
  });

  it("integers in mixed Arabic and Chinese (5万4千6百, 3万4000, 2千零30万, 1亿2千万)", () => {
    fc.assert(
      fc.property(integer, style, (n, s) => {
        const w = writeInteger(n, s);
        expect(parseNumber(w), w).toBe(n);
      }),
      { numRuns: 3000 },
    );
  });

  it("点 decimals, optionally times 万/亿 (十五点七, 零点五, 十五点七万)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99_999_999 }),
        fc.stringMatching(/^[0-9]{0,5}[1-9]$/),
        chineseStyle,
        fc.constantFrom(["", 1], ["万", 1e4], ["亿", 1e8]),
        (n, frac, s, [unit, scale]) => {
          const intPart = scale === 1 ? n : n % 10_000;
          const w = `${writeInteger(intPart, s)}点${decimalDigits(frac, s)}${unit}`;
          const expected = Number(`${intPart}.${frac}`) * (scale as number);
          const v = parseNumber(w);
          expect(v, w).not.toBeNull();
          expect(Math.abs((v as number) - expected), w).toBeLessThanOrEqual(1e-9 * Math.max(1, expected));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("negatives with 负 or a minus sign", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999_999 }), style, fc.constantFrom("负", "-", "負"), (n, s, sign) => {
        const w = sign + writeInteger(n, s);
        expect(parseNumber(w), w).toBe(-n);
      }),
      { numRuns: 1000 },
    );
  });

  it("the scanner finds the same number in a sentence, whole", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 999_999_999_999 }), style, (n, s) => {
        const w = writeInteger(n, s);
        const spans = findNumbers(`全年共计${w}元。`);
        expect(
          spans.map((x) => [x.raw, x.value]),
          w,
        ).toEqual([[w, n]]);
      }),
      { numRuns: 2000 },
    );
  });

  it("the scanner reads fractions as shares", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 99 }), fc.integer({ min: 1, max: 99 }), (den, num) => {
        const w = `${writeInteger(den, CHINESE)}分之${writeInteger(num, CHINESE)}`;
        expect(parseNumber(w), w).toBeCloseTo(num / den, 12);
        const spans = findNumbers(`占比${w},`);
        expect(spans.length, w).toBe(1);
        expect(spans[0].raw).toBe(w);
        expect(spans[0].percent).toBe(true);
        expect(spans[0].value).toBeCloseTo((num * 100) / den, 10);
      }),
      { numRuns: 500 },
    );
  });
});

describe("Arabic numbers round-trip", () => {
  it("a random integer with or without thousands separators", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.boolean(), (n, commas) => {
        const w = commas ? n.toLocaleString("en-US") : String(n);
        expect(parseNumber(w), w).toBe(n);
        const spans = findNumbers(`总额${w}元`);
        expect(
          spans.map((x) => [x.raw, x.value]),
          w,
        ).toEqual([[w, n]]);
      }),
      { numRuns: 2000 },
    );
  });

  it("decimals, with separators, 万 and 亿", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9_999_999 }),
        fc.stringMatching(/^[0-9]{0,3}[1-9]$/),
        fc.constantFrom(["", 1], ["万", 1e4], ["亿", 1e8]),
        (n, frac, [unit, scale]) => {
          const w = `${n.toLocaleString("en-US")}.${frac}${unit}`;
          const expected = Number(`${n}.${frac}`) * (scale as number);
          const v = parseNumber(w);
          expect(v, w).not.toBeNull();
          expect(Math.abs((v as number) - expected), w).toBeLessThanOrEqual(1e-9 * Math.max(1, expected));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
