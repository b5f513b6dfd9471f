// One row shape for every export (indicator CSV, claims explorer CSV/JSON).
// The CSV is for people (a spreadsheet opened by an analyst): headers in the
// page's language, periods as periods, indicators, areas, qualifiers and
// status in words, and beside them the codes for machines (ISO period, area
// code, indicator id, qualifier and status codes). The JSON is for machines:
// the codes alone, keys in snake_case.
import type { ClaimListItem } from "@/db/queries";
import { catalogueEntry } from "@/extract/catalogue";
import { areaLabel } from "./area-en";
import { dict, localName, periodText, sectorName, statusName, unitName, type Lang } from "./i18n";
import { claimHref } from "./links";

type Cell = string | number | null;

/** A CSV column: its header in each language and how a claim fills it. */
interface Column {
  key: string;
  zh: string;
  en: string;
  value: (c: ClaimListItem, ctx: { lang: Lang; base: string; indicatorName: (id: string | null) => string | null }) => Cell;
}

const COLUMNS: readonly Column[] = [
  { key: "period_label", zh: "时期", en: "Period", value: (c, { lang }) => periodText(c.period, c.periodKind, c.asOf, lang) },
  { key: "area", zh: "地区", en: "Area", value: (c, { lang }) => areaLabel(c.area, lang) },
  { key: "indicator_name", zh: "指标", en: "Indicator", value: (c, { indicatorName }) => indicatorName(c.indicatorId) },
  { key: "value", zh: "数值", en: "Value", value: (c) => c.value },
  { key: "unit_label", zh: "单位", en: "Unit", value: (c, { lang }) => unitName(c.unit, lang) },
  { key: "qualifier_label", zh: "限定", en: "Qualifier", value: (c, { lang }) => dict(lang).qualifierWords[c.qualifier] ?? c.qualifier },
  { key: "status_label", zh: "状态", en: "Status", value: (c, { lang }) => statusName(c.status, lang) },
  { key: "metric", zh: "原文度量", en: "Metric as written", value: (c) => c.metric },
  { key: "subject", zh: "主体", en: "Subject", value: (c) => c.subject },
  { key: "sector_label", zh: "行业", en: "Sector", value: (c, { lang }) => sectorName(c.sector, lang) },
  { key: "quote", zh: "原文", en: "Quote", value: (c) => c.quote },
  { key: "article_title", zh: "文章标题", en: "Article title", value: (c) => c.articleTitle },
  { key: "review_label", zh: "审核状态", en: "Review", value: (c, { lang }) => dict(lang).reviewStates[c.reviewState] ?? c.reviewState },
  { key: "source", zh: "来源链接", en: "Source link", value: (c, { base }) => (c.articleId === null ? null : `${base}${claimHref(c.articleId, c.id, "zh")}`) },
  // For machines: the codes.
  { key: "period", zh: "period", en: "period", value: (c) => c.period },
  { key: "period_kind", zh: "period_kind", en: "period_kind", value: (c) => c.periodKind },
  { key: "as_of", zh: "as_of", en: "as_of", value: (c) => c.asOf },
  { key: "area_code", zh: "area_code", en: "area_code", value: (c) => c.areaCode },
  { key: "indicator", zh: "indicator", en: "indicator", value: (c) => c.indicatorId },
  { key: "unit", zh: "unit", en: "unit", value: (c) => c.unit },
  { key: "qualifier", zh: "qualifier", en: "qualifier", value: (c) => c.qualifier },
  { key: "status", zh: "status", en: "status", value: (c) => c.status },
  { key: "sector", zh: "sector", en: "sector", value: (c) => c.sector },
  { key: "review_state", zh: "review_state", en: "review_state", value: (c) => c.reviewState },
  { key: "id", zh: "id", en: "id", value: (c) => c.id },
];

/** The CSV's header row, in the page's language. */
export function csvHeader(lang: Lang): string[] {
  return COLUMNS.map((c) => c[lang]);
}

/**
 * One claim as a CSV row (cells in the header's order). `names` gives an
 * indicator's name when the catalogue does not (an editor's own indicator).
 */
export function csvCells(c: ClaimListItem, base: string, lang: Lang, names: ReadonlyMap<string, { nameZh: string; nameEn: string }> = new Map()): Cell[] {
  const indicatorName = (id: string | null) => {
    if (!id) return null;
    const def = catalogueEntry(id) ?? names.get(id);
    return def ? localName(def, lang) : id;
  };
  return COLUMNS.map((col) => col.value(c, { lang, base, indicatorName }));
}

/** The JSON export's row: the codes, for machines. */
export const JSON_COLUMNS = [
  "id", "as_of", "period", "period_kind", "area", "area_code", "value", "unit", "qualifier", "status", "metric", "subject", "sector", "indicator",
  "quote", "article_title", "review_state", "source",
];

export function jsonRow(c: ClaimListItem, base: string): Record<string, string | number | null> {
  return {
    id: c.id,
    as_of: c.asOf,
    period: c.period,
    period_kind: c.periodKind,
    area: c.area,
    area_code: c.areaCode,
    value: c.value,
    unit: c.unit,
    qualifier: c.qualifier,
    status: c.status,
    metric: c.metric,
    subject: c.subject,
    sector: c.sector,
    indicator: c.indicatorId,
    quote: c.quote,
    article_title: c.articleTitle,
    review_state: c.reviewState,
    source: c.articleId === null ? null : `${base}${claimHref(c.articleId, c.id, "zh")}`,
  };
}
