// China's administrative divisions (GB/T 2260) down to county level: look an
// area up by code or name, and walk up from it. Pure: the tables are generated
// into divisions.data.ts (scripts/build-gazetteer.ts) and parsed on first use.
//
// Levels: the country (全国, 100000), province-level units (省, 自治区, the four
// municipalities, 香港, 澳门, 台湾), prefecture-level cities (市, 地区, 自治州, 盟)
// and county-level units (区, 县, 县级市, 旗, 林区, 特区). A municipality (北京市,
// 天津市, 上海市, 重庆市) is a province that is also its own city: its districts and
// counties hang from it directly. A county that a province governs directly
// (济源市, 仙桃市, 五指山市, 石河子市…) has no city. A city without districts (东莞市,
// 中山市, 儋州市) has one code for the city and its single county-level unit: it is the city.
import { CITIES, COUNTIES, PROVINCES } from "./divisions.data";

export type AreaLevel = "country" | "province" | "city" | "county";

export interface Area {
  /** GB/T 2260 six-digit code (330803); 100000 for 全国. */
  code: string;
  /** Full standard name (衢江区, 衢州市, 浙江省, 全国). */
  name: string;
  level: AreaLevel;
  /** Code of the area it belongs to: a county's city (or its province), a city's province, a province's 100000. */
  parent: string | null;
}

export const COUNTRY: Area = Object.freeze({ code: "100000", name: "全国", level: "country", parent: null });

/** Names of China as a whole that areaByName accepts besides 全国. */
const COUNTRY_NAMES = ["全国", "中国", "中华人民共和国", "我国"];

// ---------------------------------------------------------------- short forms

/**
 * The 55 minority nationalities, as autonomous areas name them (广西壮族自治区, 恩施土家族苗族自治州,
 * 伊犁哈萨克自治州): what is stripped, with the 自治… suffix, to get the place's own short name.
 */
const NATIONALITIES =
  "蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 " +
  "达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺";
const NATIONALITY_SUFFIX = new RegExp(
  `(?:${NATIONALITIES.split(" ")
    .sort((a, b) => b.length - a.length)
    // A one-character nationality (回, 藏, 苗…) is only stripped with its 族; a longer one (蒙古, 哈萨克) also without.
    .map((n) => (n.length === 1 ? `${n}族` : `${n}族?`))
    .join("|")}|各族)$`,
);

const SUFFIXES: Record<Exclude<AreaLevel, "country">, string[]> = {
  province: ["特别行政区", "自治区", "省", "市"],
  city: ["自治州", "地区", "市", "盟"],
  county: ["自治县", "自治旗", "新区", "林区", "特区", "区", "县", "市", "旗"],
};

/** A whole name that is only a nationality (鄂伦春, 东乡族): NATIONALITY_SUFFIX anchored at both ends. */
const NATIONALITY = new RegExp(`^${NATIONALITY_SUFFIX.source}`);

/**
 * The name an area goes by without its administrative suffix: 浙江, 衢州, 衢江, 广西 (广西壮族自治区),
 * 恩施 (恩施土家族苗族自治州), 神农架 (神农架林区), 浦东 (浦东新区), 金林 (金林区: 区, as 林区 would
 * leave one character). Null when every reading leaves fewer than two characters (城区, 和县, 矿区:
 * one character is never a place on its own) or only a nationality (鄂伦春自治旗, 东乡族自治县).
 */
export function shortName(area: Area): string | null {
  if (area.level === "country") return null;
  for (const suffix of SUFFIXES[area.level]) {
    if (!area.name.endsWith(suffix)) continue;
    let s = area.name.slice(0, -suffix.length);
    // 自治区/州/县/旗, and the odd 民族区 (梅里斯达斡尔族区 → 梅里斯)
    if (suffix.startsWith("自治") || s.endsWith("族")) {
      for (let prev = ""; prev !== s; ) {
        prev = s;
        const stripped = s.replace(NATIONALITY_SUFFIX, "");
        if (stripped.length >= 2) s = stripped;
      }
      if (NATIONALITY.test(s)) return null;
    }
    if (s.length >= 2) return s;
  }
  return null;
}

// ---------------------------------------------------------------- index

interface Index {
  byCode: Map<string, Area>;
  /** Full standard name → areas (several for 朝阳区, 西湖区…). */
  byName: Map<string, Area[]>;
  /** Short form → areas. */
  byShort: Map<string, Area[]>;
  all: Area[];
}

let index: Index | null = null;

function parseTable(table: string): Array<[string, string]> {
  return table.split("|").map((item) => {
    const colon = item.indexOf(":");
    return [item.slice(0, colon), item.slice(colon + 1)];
  });
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

function build(): Index {
  const byCode = new Map<string, Area>([[COUNTRY.code, COUNTRY]]);
  const all: Area[] = [];
  const add = (a: Area) => {
    byCode.set(a.code, Object.freeze(a));
    all.push(a);
  };
  for (const [code, name] of parseTable(PROVINCES)) add({ code, name, level: "province", parent: COUNTRY.code });
  for (const [code, name] of parseTable(CITIES)) add({ code, name, level: "city", parent: code.slice(0, 2) + "0000" });
  for (const [code, name] of parseTable(COUNTIES)) {
    if (byCode.has(code)) continue; // a city without districts (东莞市 441900): one unit, the city
    const city = byCode.get(code.slice(0, 4) + "00");
    add({ code, name, level: "county", parent: city ? city.code : code.slice(0, 2) + "0000" });
  }
  const byName = new Map<string, Area[]>();
  const byShort = new Map<string, Area[]>();
  for (const a of all) {
    push(byName, a.name, a);
    const s = shortName(a);
    if (s) push(byShort, s, a);
  }
  return { byCode, byName, byShort, all };
}

function idx(): Index {
  return (index ??= build());
}

/** Every area of the tables (provinces, cities, counties; not 全国), in code order. */
export function allAreas(): readonly Area[] {
  return idx().all;
}

/** Areas whose full standard name is `name` (empty when none). */
export function areasNamed(name: string): readonly Area[] {
  return idx().byName.get(name) ?? [];
}

/** Areas whose short form is `short` (浙江, 衢州, 衢江; empty when none). */
export function areasShortNamed(short: string): readonly Area[] {
  return idx().byShort.get(short) ?? [];
}

// ---------------------------------------------------------------- lookups

export function areaByCode(code: string): Area | null {
  return idx().byCode.get(code) ?? null;
}

const LEVEL_RANK: Record<AreaLevel, number> = { country: 0, province: 1, city: 2, county: 3 };

/**
 * One area among those that share a name, or null when that stays ambiguous. Looked for nearest
 * `near` first: among the candidates inside `near` itself, then inside its city, then its province,
 * then anywhere. Within the first of these scopes that holds any candidate: one candidate is it;
 * one that contains all the others wins (吉林 in 长春: 吉林省 over 吉林市); else the only one of the
 * highest level (海南: the province over 海南藏族自治州); else null.
 */
export function pickArea(candidates: readonly Area[], near?: Area | null): Area | null {
  if (candidates.length === 0) return null;
  if (candidates.length === 1) return candidates[0];
  const scopes: Array<Area | null> = near ? [...ancestors(near).filter((a) => a !== COUNTRY), null] : [null];
  for (const scope of scopes) {
    const inScope = scope ? candidates.filter((c) => within(c, scope)) : candidates;
    if (inScope.length === 0) continue;
    return decide(inScope);
  }
  return null;
}

function decide(cands: readonly Area[]): Area | null {
  if (cands.length === 1) return cands[0];
  const container = cands.find((c) => cands.every((o) => within(o, c)));
  if (container) return container;
  const top = Math.min(...cands.map((c) => LEVEL_RANK[c.level]));
  const highest = cands.filter((c) => LEVEL_RANK[c.level] === top);
  return highest.length === 1 ? highest[0] : null;
}

/** Full standard name (衢江区) or short form (衢江, 衢州, 浙江); an ambiguous name (西湖区, 江北区, 朝阳区) resolves to the one nearest `near` (same city, then same province), else null. */
export function areaByName(name: string, near?: Area | null): Area | null {
  const n = name.trim();
  if (!n) return null;
  if (COUNTRY_NAMES.includes(n)) return COUNTRY;
  const { byName, byShort } = idx();
  const full = byName.get(n);
  if (full) return pickArea(full, near);
  const short = byShort.get(n);
  if (short) return pickArea(short, near);
  return null;
}

/** What a URL parameter or a user types: a code (330803) or a name as above. */
export function lookupArea(input: string, near?: Area | null): Area | null {
  const s = input.trim();
  // Codes: six digits (330803), or the statistics bureau's twelve (330803000000) when they stop at county level.
  const digits = /^\d{12}$/.test(s) && s.endsWith("000000") ? s.slice(0, 6) : s;
  if (/^\d{6}$/.test(digits)) return areaByCode(digits);
  if (/^\d+$/.test(s)) return null;
  return areaByName(s, near);
}

// ---------------------------------------------------------------- hierarchy

function parentOf(area: Area): Area | null {
  return area.parent ? areaByCode(area.parent) : null;
}

/** A province-level unit that is also a city: 北京市, 天津市, 上海市, 重庆市. */
export function isMunicipality(area: Area): boolean {
  return area.level === "province" && area.name.endsWith("市");
}

/** [self, its city, its province, 全国] with duplicates removed (a municipality is its own city). */
export function ancestors(area: Area): Area[] {
  const out: Area[] = [];
  for (let a: Area | null = area; a; a = parentOf(a)) out.push(a);
  if (out[out.length - 1] !== COUNTRY) out.push(COUNTRY);
  return out;
}

/** The prefecture-level city an area is in (itself for a city or a municipality); null for a province, the country, or a county that its province governs directly. */
export function cityOf(area: Area): Area | null {
  for (const a of ancestors(area)) {
    if (a.level === "city" || isMunicipality(a)) return a;
  }
  return null;
}

/** The province-level unit an area is in (itself for a province); null for the country. */
export function provinceOf(area: Area): Area | null {
  return ancestors(area).find((a) => a.level === "province") ?? null;
}

/** Is `inner` the same as or inside `outer`? */
export function within(inner: Area, outer: Area): boolean {
  if (outer.code === COUNTRY.code || inner.code === outer.code) return true;
  for (let a = parentOf(inner); a; a = parentOf(a)) if (a.code === outer.code) return true;
  return false;
}
