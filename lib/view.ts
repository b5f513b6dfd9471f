// A page's view, read on the server: the URL parsed against the one parameter
// table, with areas resolved through the gazetteer and the areas the database
// knows. Every page that reads the database starts here.
import { cache } from "react";
import type { Db } from "@/db/client";
import { areaPointCounts, areasWithClaims } from "@/db/queries";
import { areaLabel } from "./area-en";
import { areaByCode, homeArea, lookupArea, orderAreaChoices, type Area, type PickerArea } from "./areas";
import { areaFilter, dateRange, parseView, type ParamName, type ParsedView } from "./url-state";

export type AreaChoice = PickerArea;

export interface ServerView extends ParsedView {
  home: Area;
  /** The area filter for queries: a code, or null for every area. */
  areaCode: string | null;
  /**
   * Choices for the 地区 filter, with their data points for this page: the
   * selected area (or the home area), its parent, its peers, then the others
   * with data (lib/areas.ts orderAreaChoices).
   */
  areas: AreaChoice[];
  areaName: (code: string | null) => string | null;
}

type Raw = Record<string, string | string[] | undefined> | URLSearchParams;

export interface ReadViewOptions {
  /** The indicator a page shows (an indicator page): the picker counts its points. */
  indicator?: string | null;
}

// Once per request (React's cache: a page's metadata and its body both read the view); outside a render, read each time.
const knownAreas = cache((db: Db) => areasWithClaims(db));
const pointCounts = cache((db: Db, indicator: string | null, sector: string | null, from: string | null, to: string | null) =>
  areaPointCounts(db, { indicator, sector, from, to }),
);

export async function readView(db: Db, raw: Raw, accepted: readonly ParamName[], options: ReadViewOptions = {}): Promise<ServerView> {
  const home = homeArea();
  // What the page shows decides the picker's counts: its indicator, else its sector's indicators, in its range.
  // None of these depends on how the area resolves, so the counts are read beside the known areas, not after.
  const scope = parseView(raw, accepted, { resolveArea: (ref) => lookupArea(ref, home)?.code ?? null, homeCode: home.code }).state;
  const range = dateRange(scope);
  const [known, counts] = await Promise.all([
    knownAreas(db),
    pointCounts(
      db,
      options.indicator ?? (accepted.includes("indicator") ? scope.indicator : null),
      accepted.includes("sector") ? scope.sector : null,
      range.from,
      range.to,
    ),
  ]);
  const resolveArea = (ref: string) =>
    lookupArea(ref, home)?.code ?? known.find((a) => a.code === ref || a.name === ref)?.code ?? null;
  const parsed = parseView(raw, accepted, { resolveArea, homeCode: home.code });
  const areaName = (code: string | null) =>
    code === null ? null : (areaByCode(code)?.name ?? known.find((a) => a.code === code)?.name ?? code);
  const areaCode = areaFilter(parsed.state, home.code);
  const { state } = parsed;
  const anchor: Area = (areaCode && areaByCode(areaCode)) || (areaCode ? { code: areaCode, name: areaName(areaCode) ?? areaCode, level: "county", parent: null } : home);
  // Choices named in the page's language (Qujiang District on an English page).
  const areas = orderAreaChoices(anchor, home, counts).map((a) => ({ ...a, name: areaLabel(a.name, state.lang) ?? a.name }));
  return { ...parsed, home, areaCode, areas, areaName };
}
