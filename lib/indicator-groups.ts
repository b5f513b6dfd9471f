// The catalogue as a reader looks through it: by sector (in the order of
// SECTORS), each sector's indicators in the catalogue's order (docs/claims.md),
// an editor's own indicators after them by name. Every list of indicators a
// page offers (the explorer's filter, the editor's choice, the overview)
// goes through here, so they read alike in both languages.
import { CATALOGUE } from "@/extract/catalogue";
import { SECTORS } from "@/extract/types";
import { localName, sectorName, type Lang } from "./i18n";

export interface Named {
  id: string;
  nameZh: string;
  nameEn: string;
  sector?: string;
}

export interface IndicatorGroup<T extends Named> {
  sector: string;
  name: string;
  indicators: T[];
}

const ORDER = new Map(CATALOGUE.map((d, i) => [d.id, i]));
const SECTOR_OF = new Map(CATALOGUE.map((d) => [d.id, d.sector as string]));

/** Catalogue order: sector, then the catalogue's own order, then the rest by name. */
export function compareIndicators(a: Named, b: Named, lang: Lang = "zh"): number {
  const sa = SECTORS.indexOf((a.sector ?? SECTOR_OF.get(a.id) ?? "") as (typeof SECTORS)[number]);
  const sb = SECTORS.indexOf((b.sector ?? SECTOR_OF.get(b.id) ?? "") as (typeof SECTORS)[number]);
  if (sa !== sb) return (sa < 0 ? 99 : sa) - (sb < 0 ? 99 : sb);
  const oa = ORDER.get(a.id) ?? Infinity;
  const ob = ORDER.get(b.id) ?? Infinity;
  if (oa !== ob) return oa - ob;
  return localName(a, lang).localeCompare(localName(b, lang), lang === "zh" ? "zh-CN" : "en");
}

/**
 * Indicators grouped by sector; with `having`, only those with claims (an
 * indicator nobody has reported is no choice for a reader).
 */
export function groupBySector<T extends Named>(indicators: readonly T[], lang: Lang, having?: ReadonlySet<string>): IndicatorGroup<T>[] {
  const shown = indicators.filter((i) => !having || having.has(i.id)).sort((a, b) => compareIndicators(a, b, lang));
  const groups: IndicatorGroup<T>[] = [];
  for (const i of shown) {
    const sector = i.sector ?? SECTOR_OF.get(i.id) ?? "";
    let g = groups[groups.length - 1];
    if (!g || g.sector !== sector) groups.push((g = { sector, name: sector ? sectorName(sector, lang) : "—", indicators: [] }));
    g.indicators.push(i);
  }
  return groups;
}
