// The one place the dashboard reads administrative areas from: the extractor's
// gazetteer (GB/T 2260 down to county level) plus the home area (HOME_AREA).
import { readWebEnv } from "@/db/env";
import { allAreas, ancestors, areaByCode, lookupArea, type Area } from "@/extract/areas/gazetteer";

export { ancestors, areaByCode, areaByName, cityOf, COUNTRY, lookupArea, provinceOf, within } from "@/extract/areas/gazetteer";
export type { Area, AreaLevel } from "@/extract/areas/gazetteer";

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

/** The areas sharing an area's parent (a county's fellow counties in its city, itself included), by code. */
export function peersOf(area: Area): Area[] {
  if (!area.parent) return [area];
  return allAreas()
    .filter((a) => a.parent === area.parent && a.level === area.level)
    .sort((a, b) => a.code.localeCompare(b.code));
}
