// How a reader sees a period: as a period, the way statistical releases write
// it, never as its end date. [written period, kind, 中文, English]; the table is
// the test (display.test.ts).
import type { PeriodKind } from "../types";

export const DISPLAY_CASES: readonly [string, PeriodKind | null, string, string][] = [
  ["2025", "year", "2025年", "2025"],
  ["2025", null, "2025年", "2025"],
  ["2023-H1", "half", "2023年上半年", "H1 2023"],
  ["2023-H2", "half", "2023年下半年", "H2 2023"],
  ["2025-Q1", "quarter", "2025年一季度", "Q1 2025"],
  ["2025-Q4", "quarter", "2025年四季度", "Q4 2025"],
  ["2025-09", "ytd", "2025年1—9月", "Jan–Sep 2025"],
  ["2024-02", "ytd", "2024年1—2月", "Jan–Feb 2024"],
  ["2025-01", "ytd", "2025年1月", "Jan 2025"],
  ["2025-10", "month", "2025年10月", "Oct 2025"],
  // a stored YYYY-MM whose kind is not known reads as the month
  ["2025-10", null, "2025年10月", "Oct 2025"],
  ["2025-10-07", "day", "2025年10月7日", "7 Oct 2025"],
  ["2024-02-17", null, "2024年2月17日", "17 Feb 2024"],
];

/** Not periods: shown as written (an editor's odd input stays visible, not hidden). */
export const DISPLAY_AS_WRITTEN: readonly string[] = ["2025-13", "2025-Q5", "去年", "2025-02-30"];
