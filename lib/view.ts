// A page's view, read on the server: the URL parsed against the one parameter
// table, with areas resolved through the gazetteer and the areas the database
// knows. Every page that reads the database starts here.
import type { Db } from "@/db/client";
import { areasWithClaims, type AreaOption } from "@/db/queries";
import { areaLabel } from "./area-en";
import { ancestors, areaByCode, homeArea, lookupArea, type Area } from "./areas";
import { areaFilter, parseView, type ParamName, type ParsedView } from "./url-state";

export interface AreaChoice {
  code: string;
  name: string;
  claims: number;
}

export interface ServerView extends ParsedView {
  home: Area;
  /** The area filter for queries: a code, or null for every area. */
  areaCode: string | null;
  /** Choices for the 地区 filter: the home area, its city and province, then the rest by number of claims. */
  areas: AreaChoice[];
  areaName: (code: string | null) => string | null;
}

type Raw = Record<string, string | string[] | undefined> | URLSearchParams;

export async function readView(db: Db, raw: Raw, accepted: readonly ParamName[]): Promise<ServerView> {
  const home = homeArea();
  const known = await areasWithClaims(db);
  const resolveArea = (ref: string) =>
    lookupArea(ref, home)?.code ?? known.find((a) => a.code === ref || a.name === ref)?.code ?? null;
  const parsed = parseView(raw, accepted, { resolveArea, homeCode: home.code });
  const areaName = (code: string | null) =>
    code === null ? null : (areaByCode(code)?.name ?? known.find((a) => a.code === code)?.name ?? code);
  // Choices named in the page's language (Qujiang District on an English page).
  const areas = areaChoices(home, known).map((a) => ({ ...a, name: areaLabel(a.name, parsed.state.lang) ?? a.name }));
  return { ...parsed, home, areaCode: areaFilter(parsed.state, home.code), areas, areaName };
}

export function areaChoices(home: Area, known: AreaOption[]): AreaChoice[] {
  const count = new Map(known.map((a) => [a.code, a.claims]));
  const first = ancestors(home).filter((a) => a.level !== "country");
  const out: AreaChoice[] = [];
  // The home area is the default view: always a choice, even before it has claims.
  out.push({ code: home.code, name: home.name, claims: count.get(home.code) ?? 0 });
  for (const a of first.slice(1)) if (count.has(a.code)) out.push({ code: a.code, name: a.name, claims: count.get(a.code)! });
  for (const a of known) if (!out.some((o) => o.code === a.code)) out.push({ code: a.code, name: areaByCode(a.code)?.name ?? a.name, claims: a.claims });
  return out;
}
