import { describe, expect, it } from "vitest";
import { CONCEPTS, lastConcept } from "./concepts";
import { foldTraditional } from "./fold";

// Every row: its phrasings (three or more, one traditional) name it; its near misses do not.
describe("concepts", () => {
  for (const r of CONCEPTS) {
    it(`${r.id}: ${r.match.join(" / ")}`, () => {
      expect(r.match.length).toBeGreaterThanOrEqual(3);
      expect(r.miss.length).toBeGreaterThanOrEqual(1);
      for (const p of r.match) expect(lastConcept(foldTraditional(p))?.row.id, p).toBe(r.id);
      for (const p of r.miss) expect(lastConcept(foldTraditional(p))?.row.id ?? null, p).not.toBe(r.id);
    });
  }
});
