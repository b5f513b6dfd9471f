import { describe, expect, it } from "vitest";
import { computeAsOf, periodEnd } from "./as-of";

// [period, cumulative, article date, document date, expected as_of]
const CASES: Array<[string | null, boolean, string | null, string | null, string | null]> = [
  ["2025", false, null, null, "2025-12-31"],
  ["2025-05", false, null, null, "2025-05-31"],
  ["2024-02", false, null, null, "2024-02-29"], // leap year
  ["2025-02", false, null, null, "2025-02-28"],
  ["2025-Q1", false, null, null, "2025-03-31"],
  ["2025-Q2", false, null, null, "2025-06-30"],
  ["2025-Q3", false, null, null, "2025-09-30"],
  ["2025-Q4", false, null, null, "2025-12-31"],
  ["2025-H1", false, null, null, "2025-06-30"],
  ["2025-H2", false, null, null, "2025-12-31"],
  ["2025-05-20", true, "2025-06-01", null, "2025-05-20"], // a dated total keeps its own date
  [null, true, "2025-05-20", "2025-05-21", "2025-05-20"], // undated total → article date
  [null, true, null, "2025-05-21", "2025-05-21"], // … or the document's
  [null, true, null, null, null],
  [null, false, "2025-05-20", "2025-05-20", null], // undated level: not charted
  ["2025-13", false, null, null, null], // malformed periods never invent a date
  ["2025-02-30", false, null, null, null],
  ["2025-Q5", false, null, null, null],
  ["去年", false, null, null, null],
  [null, true, "2025-13-45", null, null],
];

describe("computeAsOf", () => {
  it.each(CASES)("period %s cumulative %s article %s document %s → %s", (period, cumulative, art, doc, expected) => {
    expect(computeAsOf({ period, cumulative }, art, doc)).toBe(expected);
  });

  it("periodEnd rejects what is not a period", () => {
    expect(periodEnd("")).toBeNull();
    expect(periodEnd("2025-1")).toBeNull();
  });
});
