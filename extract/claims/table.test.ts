import { describe, expect, it } from "vitest";
import { extractDocument } from "../index";
import { TABLE_CASES } from "./table.cases";

describe("tables", () => {
  it.each(TABLE_CASES)("$why", ({ page, figures, areas }) => {
    const doc = extractDocument(page, { fileName: "case.txt", frontMatter: { date: "2025-11-20" } });
    const read = doc.claims.filter((c) => c.indicatorSource?.startsWith("table:"));
    expect(read.map((c) => [Number(c.value.toPrecision(10)), c.unit, c.period, c.breakdown ? null : c.indicator])).toEqual(figures.map(([v, u, p, i]) => [Number(v.toPrecision(10)), u, p, i]));
    if (areas) expect(read.map((c) => c.area)).toEqual(areas);
    for (const c of read) {
      expect(doc.normalisedText.slice(c.start, c.end)).toMatch(/\d/);
      expect(doc.normalisedText.includes(c.quote)).toBe(true);
      expect(c.start >= 0 && c.end > c.start).toBe(true);
    }
  });
});
