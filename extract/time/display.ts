// A period as a reader sees it: 2025年上半年 / H1 2025, not 2025-06-30. The one
// formatter for every page, CSV, tooltip, card and preview image; the written
// form (2025-H1) stays the machines' and the URL's. Cases: display.cases.ts.
import type { PeriodKind } from "../types";
import { parsePeriod, type Period } from "./period";

export type DisplayLang = "zh" | "en";

const QUARTER_ZH = ["一", "二", "三", "四"];
const MONTH_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export function periodLabelOf(p: Period, lang: DisplayLang): string {
  const zh = lang === "zh";
  switch (p.kind) {
    case "year":
      return zh ? `${p.y}年` : String(p.y);
    case "half":
      return zh ? `${p.y}年${p.m === 6 ? "上" : "下"}半年` : `H${p.m / 6} ${p.y}`;
    case "quarter":
      return zh ? `${p.y}年${QUARTER_ZH[p.m / 3 - 1]}季度` : `Q${p.m / 3} ${p.y}`;
    case "ytd":
      if (p.m === 1) return zh ? `${p.y}年1月` : `Jan ${p.y}`;
      return zh ? `${p.y}年1—${p.m}月` : `Jan–${MONTH_EN[p.m - 1]} ${p.y}`;
    case "month":
      return zh ? `${p.y}年${p.m}月` : `${MONTH_EN[p.m - 1]} ${p.y}`;
    case "day":
      return zh ? `${p.y}年${p.m}月${p.d}日` : `${p.d} ${MONTH_EN[p.m - 1]} ${p.y}`;
  }
}

/**
 * The label of a written period (a claim's `period` with its `period_kind`);
 * null for none, and the text itself when it is not a period.
 */
export function periodLabel(period: string | null | undefined, kind: PeriodKind | null | undefined, lang: DisplayLang): string | null {
  if (!period) return null;
  const p = parsePeriod(period, kind);
  return p ? periodLabelOf(p, lang) : period;
}
