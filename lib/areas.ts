// The one place the dashboard reads administrative areas from. It mirrors the
// gazetteer's interface (code, name, level, parent; lookup by code or full
// name; ancestors) so that when the full gazetteer is in the extractor this
// module re-exports it and nothing else changes. Until then it knows the home
// area's county, city and province and the other divisions of 衢州市 and
// 浙江省's cities; an area only the database knows is resolved from the claims
// (see `resolveArea` in db/queries.ts callers).
import { readWebEnv } from "@/db/env";

export type AreaLevel = "country" | "province" | "city" | "county";
export interface Area {
  code: string;
  name: string;
  level: AreaLevel;
  parent: string | null;
}

const ROWS: [string, string, AreaLevel, string | null][] = [
  ["100000", "全国", "country", null],
  ["330000", "浙江省", "province", "100000"],
  ["330100", "杭州市", "city", "330000"],
  ["330200", "宁波市", "city", "330000"],
  ["330300", "温州市", "city", "330000"],
  ["330400", "嘉兴市", "city", "330000"],
  ["330500", "湖州市", "city", "330000"],
  ["330600", "绍兴市", "city", "330000"],
  ["330700", "金华市", "city", "330000"],
  ["330800", "衢州市", "city", "330000"],
  ["330900", "舟山市", "city", "330000"],
  ["331000", "台州市", "city", "330000"],
  ["331100", "丽水市", "city", "330000"],
  ["330802", "柯城区", "county", "330800"],
  ["330803", "衢江区", "county", "330800"],
  ["330822", "常山县", "county", "330800"],
  ["330824", "开化县", "county", "330800"],
  ["330825", "龙游县", "county", "330800"],
  ["330881", "江山市", "county", "330800"],
];

const BY_CODE = new Map<string, Area>(ROWS.map(([code, name, level, parent]) => [code, { code, name, level, parent }]));

/** What an editor picks from (the gazetteer's areas, by name; the code is shown beside). */
export const AREA_CHOICES: readonly Area[] = [...BY_CODE.values()];

export const COUNTRY: Area = BY_CODE.get("100000")!;

export function areaByCode(code: string): Area | null {
  return BY_CODE.get(code) ?? null;
}

/** By full standard name; `near` (an area) breaks ties between homonyms in favour of the closest. */
export function areaByName(name: string, near?: Area | null): Area | null {
  const found = [...BY_CODE.values()].filter((a) => a.name === name);
  if (found.length <= 1 || !near) return found[0] ?? null;
  const chain = ancestors(near).map((a) => a.code);
  return found.find((a) => a.parent && chain.includes(a.parent)) ?? found[0];
}

export function lookupArea(codeOrName: string, near?: Area | null): Area | null {
  return /^\d{6}$/.test(codeOrName) ? areaByCode(codeOrName) : areaByName(codeOrName, near);
}

/** [self, city, province, 全国] as far as they exist. */
export function ancestors(area: Area): Area[] {
  const out: Area[] = [];
  for (let a: Area | null = area; a; a = a.parent ? areaByCode(a.parent) : null) out.push(a);
  return out;
}

export function cityOf(area: Area): Area | null {
  return ancestors(area).find((a) => a.level === "city") ?? null;
}
export function provinceOf(area: Area): Area | null {
  return ancestors(area).find((a) => a.level === "province") ?? null;
}
export function within(inner: Area, outer: Area): boolean {
  return ancestors(inner).some((a) => a.code === outer.code);
}

// ---- the home area ---------------------------------------------------------

/** HOME_AREA (code or full name, default 衢江区); an unknown value falls back to 衢江区 with a warning. */
export function homeArea(env: NodeJS.ProcessEnv = process.env): Area {
  const { HOME_AREA } = readWebEnv(env);
  const found = lookupArea(HOME_AREA);
  if (found) return found;
  if (!warned) {
    warned = true;
    console.warn(`HOME_AREA=${HOME_AREA} is no known area; using 衢江区`);
  }
  return areaByCode("330803")!;
}
let warned = false;

/** The home area, its city and its province, in that order (the comparison the dashboard offers first). */
export function homeChain(home: Area = homeArea()): Area[] {
  return ancestors(home).filter((a) => a.level !== "country");
}
