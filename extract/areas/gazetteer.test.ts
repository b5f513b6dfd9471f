import { describe, expect, it } from "vitest";
import {
  COUNTRY,
  allAreas,
  ancestors,
  areaByCode,
  areaByName,
  areasNamed,
  areasShortNamed,
  cityOf,
  lookupArea,
  provinceOf,
  shortName,
  within,
  type Area,
} from "./gazetteer";
import { CITIES, COUNTIES, PROVINCES } from "./divisions.data";
import { ANCESTOR_CASES, CITY_PROVINCE_CASES, LOOKUP_CASES, WITHIN_CASES } from "./gazetteer.cases";

const byCode = (code: string): Area => {
  const a = areaByCode(code);
  if (!a) throw new Error(`no area ${code}`);
  return a;
};
const rows = (table: string) => table.split("|").map((r) => r.split(":") as [string, string]);

describe("lookupArea", () => {
  it.each(LOOKUP_CASES)("$input near $near → $code ($why)", ({ input, near, code }) => {
    expect(lookupArea(input, near ? byCode(near) : undefined)?.code ?? null).toBe(code);
  });

  it("has a table of at least 60 cases, negatives included", () => {
    expect(LOOKUP_CASES.length).toBeGreaterThanOrEqual(60);
    expect(LOOKUP_CASES.filter((c) => c.code === null).length).toBeGreaterThanOrEqual(12);
  });
});

describe("hierarchy", () => {
  it.each(ANCESTOR_CASES)("ancestors(%s) = %j", (code, names) => {
    expect(ancestors(byCode(code)).map((a) => a.name)).toEqual(names);
  });

  it.each(CITY_PROVINCE_CASES)("cityOf/provinceOf($code): $why", ({ code, city, province }) => {
    expect(cityOf(byCode(code))?.code ?? null).toBe(city);
    expect(provinceOf(byCode(code))?.code ?? null).toBe(province);
  });

  it.each(WITHIN_CASES)("within(%s, %s) = %s", (inner, outer, expected) => {
    expect(within(byCode(inner), byCode(outer))).toBe(expected);
  });

  it("every area's ancestors end at 全国 and each is within the next", () => {
    for (const a of allAreas()) {
      const chain = ancestors(a);
      expect(chain[0]).toBe(a);
      expect(chain[chain.length - 1]).toBe(COUNTRY);
      for (let k = 1; k < chain.length; k++) expect(within(chain[k - 1], chain[k])).toBe(true);
      expect(new Set(chain).size).toBe(chain.length);
    }
  });
});

describe("the tables", () => {
  it("hold 34 province-level units, 333 cities and 2,978 county-level units", () => {
    expect(rows(PROVINCES)).toHaveLength(34);
    expect(rows(CITIES)).toHaveLength(333);
    expect(rows(COUNTIES)).toHaveLength(2978);
    const levels = allAreas().reduce<Record<string, number>>((m, a) => ((m[a.level] = (m[a.level] ?? 0) + 1), m), {});
    // 东莞市, 中山市 and 儋州市 share their one code with their county-level unit: they are cities.
    expect(levels).toEqual({ province: 34, city: 333, county: 2975 });
  });

  it("every county resolves by code and by its full name (near itself when ambiguous), and round-trips name → code → name", () => {
    let ambiguous = 0;
    for (const [code, name] of rows(COUNTIES)) {
      const a = byCode(code);
      expect(a.name, code).toBe(name);
      const named = areasNamed(name);
      if (named.filter((x) => x.level === "county").length > 1) {
        ambiguous++;
        // without a place to be near, a name that several counties share is no answer…
        expect(areaByName(name), name).toBeNull();
      }
      // …and near itself (or anything of its city) it is that county.
      const found = areaByName(name, a);
      expect(found, name).not.toBeNull();
      // 嘉峪关市 (620201) is the one county-level unit of 嘉峪关市 (620200): the name gives the city.
      if (found!.code !== code) expect(within(a, found!) && found!.name === name, `${name} ${code} → ${found!.code}`).toBe(true);
      expect(byCode(found!.code).name).toBe(name);
      expect(lookupArea(code)!.name).toBe(name);
    }
    expect(ambiguous).toBeGreaterThan(50);
  });

  it("every province and city resolves by full name and by short form where that is its own", () => {
    for (const a of allAreas()) {
      if (a.level === "county") continue;
      expect(areaByName(a.name), a.name).toBe(a);
      const s = shortName(a);
      expect(s, a.name).not.toBeNull();
      const others = areasShortNamed(s!).filter((o) => o !== a);
      if (others.every((o) => within(o, a))) expect(areaByName(s!), s!).toBe(a);
    }
  });

  it("every short form unique in the country resolves to its area", () => {
    let n = 0;
    for (const a of allAreas()) {
      const s = shortName(a);
      if (!s || areasShortNamed(s).length > 1 || areasNamed(s).length > 0) continue;
      expect(areaByName(s), s).toBe(a);
      n++;
    }
    expect(n).toBeGreaterThan(2500);
  });

  it("short forms keep at least two characters and no suffix", () => {
    for (const a of allAreas()) {
      const s = shortName(a);
      if (s === null) continue;
      expect(s.length, a.name).toBeGreaterThanOrEqual(2);
      expect(a.name.startsWith(s), a.name).toBe(true);
      expect(s, a.name).not.toMatch(/(?:自治|族)$/);
    }
  });
});
