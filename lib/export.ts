// One row shape for every export (indicator CSV, claims explorer CSV/JSON).
import type { ClaimListItem } from "@/db/queries";
import { claimHref } from "./links";

export const CSV_COLUMNS = [
  "id", "as_of", "period", "period_kind", "area", "area_code", "value", "unit", "qualifier", "status", "metric", "subject", "sector", "indicator",
  "quote", "article_title", "review_state", "source",
];

export function csvRow(c: ClaimListItem, base: string): Record<string, string | number | null> {
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
