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

/** Where an area stands in the picker, relative to the area the page is about. */
export type AreaGroup = "selected" | "parent" | "peer" | "other";
export const AREA_GROUPS: readonly AreaGroup[] = ["selected", "parent", "peer", "other"];

export interface PickerArea {
  code: string;
  name: string;
  /** Data points the page would show for this area. */
  points: number;
  group: AreaGroup;
}

/**
 * The area picker's choices, in the order a reader looks for them: the area
 * the page is about (`anchor`: the selected area, or the home area under
 * 全部地区), its parent, its peers (the areas with the same parent), then the
 * other areas, most points first. Only areas with points for the page are
 * offered, except the anchor and the home area (the default view), which
 * stay with 0 so that the picker can say they have none.
 */
export function orderAreaChoices(anchor: Area, home: Area, counts: ReadonlyArray<{ code: string; name: string; claims: number }>): PickerArea[] {
  const points = new Map(counts.map((c) => [c.code, c.claims]));
  const nameOf = (code: string) => areaByCode(code)?.name ?? counts.find((c) => c.code === code)?.name ?? code;
  const out: PickerArea[] = [{ code: anchor.code, name: anchor.name, points: points.get(anchor.code) ?? 0, group: "selected" }];
  const taken = new Set([anchor.code]);
  const add = (code: string, group: AreaGroup) => {
    if (taken.has(code)) return;
    taken.add(code);
    out.push({ code, name: nameOf(code), points: points.get(code) ?? 0, group });
  };
  if (anchor.parent && (points.get(anchor.parent) ?? 0) > 0) add(anchor.parent, "parent");
  const byPoints = [...counts].sort((a, b) => b.claims - a.claims || a.code.localeCompare(b.code));
  for (const c of byPoints) if (c.claims > 0 && anchor.parent && areaByCode(c.code)?.parent === anchor.parent) add(c.code, "peer");
  for (const c of byPoints) if (c.claims > 0) add(c.code, "other");
  // The default view stays reachable from the picker, with or without points.
  if (!taken.has(home.code)) out.push({ code: home.code, name: home.name, points: points.get(home.code) ?? 0, group: "other" });
  return out;
}

/** The anchor's peers with points, most first, at most `max`: what 同级比较 adds to a chart. */
export function peersToCompare(choices: readonly PickerArea[], max: number): string[] {
  return choices.filter((c) => c.group === "peer" && c.points > 0).slice(0, max).map((c) => c.code);
}
