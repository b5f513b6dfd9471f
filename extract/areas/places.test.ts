import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { areaByCode, type Area } from "./gazetteer";
import { findPlaces, homeAreaFromSource } from "./places";
import { HOME_CASES, PLACE_CASES } from "./places.cases";
import { normalise } from "../normalise";

const byCode = (code: string): Area => {
  const a = areaByCode(code);
  if (!a) throw new Error(`no area ${code}`);
  return a;
};
const QUJIANG = byCode("330803");

describe("findPlaces", () => {
  it.each(PLACE_CASES)("$text ($why)", ({ text, home, expect: expected, via }) => {
    const found = findPlaces(text, home ? byCode(home) : QUJIANG);
    expect(found.map((m) => [m.text, /^\d{6}$/.test(expected.find(([t]) => t === m.text)?.[1] ?? "") ? m.area.code : m.area.name])).toEqual(
      expected.map(([t, a]) => [t, a]),
    );
    if (via) expect(found.map((m) => m.via)).toEqual(via);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it("has a table of at least 100 cases, a third of them negatives", () => {
    expect(PLACE_CASES.length).toBeGreaterThanOrEqual(100);
    expect(PLACE_CASES.filter((c) => c.expect.length === 0).length).toBeGreaterThanOrEqual(PLACE_CASES.length / 3);
  });

  it("returns ordered, non-overlapping spans and never throws", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."衢州江山区县市省全国我本港口镇乡街道路中湖南北西东杜泽、和与 1".split("")) }), (s) => {
        const found = findPlaces(s, QUJIANG);
        for (let k = 0; k < found.length; k++) {
          const m = found[k];
          if (s.slice(m.start, m.end) !== m.text || m.start >= m.end) return false;
          if (k > 0 && found[k - 1].end > m.start) return false;
        }
        return true;
      }),
      { numRuns: 500 },
    );
    expect(findPlaces("", QUJIANG)).toEqual([]);
    expect(findPlaces("衢", QUJIANG)).toEqual([]);
  });

  it("sees the places of the seed pages", () => {
    const dir = fileURLToPath(new URL("../../tests/fixtures/corpus/", import.meta.url));
    const names = new Set<string>();
    for (const f of readdirSync(dir).filter((f) => f.endsWith(".txt"))) {
      for (const m of findPlaces(normalise(readFileSync(join(dir, f), "utf8")), QUJIANG)) names.add(m.area.name);
    }
    for (const n of ["衢江区", "衢州市", "浙江省", "全国", "柯城区", "杭州市", "宁波市", "嘉兴市", "上海市"]) expect(names).toContain(n);
    // nothing far from home that the pages do not name
    for (const n of names) expect(["新平彝族傣族自治县", "杂多县", "白水县", "江海区", "海口市", "增城区"]).not.toContain(n);
  });
});

describe("homeAreaFromSource", () => {
  it.each(HOME_CASES)("$hints → $home ($why)", ({ hints, home }) => {
    expect(homeAreaFromSource(hints)?.name ?? null).toBe(home);
  });
});
