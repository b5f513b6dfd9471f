import { describe, expect, it } from "vitest";
import { MEASURES, readMeasure, type MeasureInput } from "./measures";
import { foldTraditional } from "./fold";

const folded = (x: MeasureInput): MeasureInput => ({ ...x, own: foldTraditional(x.own), after: foldTraditional(x.after), sentenceBefore: foldTraditional(x.sentenceBefore) });

// Every row: its phrasings are read as it; its near misses are not.
describe("measures", () => {
  for (const r of MEASURES) {
    it(`${r.kind}: ${r.match.map((x) => x.own + x.unit).join(" / ")}`, () => {
      expect(r.match.length).toBeGreaterThanOrEqual(3);
      expect(r.miss.length).toBeGreaterThanOrEqual(1);
      for (const x of r.match) expect(readMeasure(folded(x)).kind, x.own).toBe(r.kind);
      for (const x of r.miss) expect(readMeasure(folded(x)).kind, x.own).not.toBe(r.kind);
    });
  }
});
