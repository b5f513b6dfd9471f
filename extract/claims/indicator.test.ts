import { describe, expect, it } from "vitest";
import { extractDocument } from "../index";
import { normalise } from "../normalise";
import { CATALOGUE_IDS } from "../catalogue";
import { INDICATOR_RULE_CASES } from "./indicator.cases";

/** The marked figure's claim: the sentence runs through the whole extractor, as an article would. */
function indicatorOf(marked: string): string | null | undefined {
  const at = marked.indexOf("【");
  const text = marked.replace("【", "").replace("】", "");
  const doc = extractDocument(text, { fileName: "case.txt", frontMatter: { date: "2024-07-15" } });
  const off = normalise(text.slice(0, at)).length;
  const claim = doc.claims.find((c) => c.start <= off + 1 && c.end > off);
  if (!claim) return undefined;
  // a part is no chart point, whatever its series
  return claim.breakdown ? null : claim.indicator;
}

describe("indicator rules", () => {
  for (const r of INDICATOR_RULE_CASES) {
    it(`${r.rule} (${r.cases.length} phrasings, ${r.misses.length} near misses)`, () => {
      expect(r.cases.length + r.misses.length).toBeGreaterThanOrEqual(3);
      expect(r.misses.length).toBeGreaterThanOrEqual(1);
      for (const [s, id] of [...r.cases, ...r.misses]) {
        if (id) expect(CATALOGUE_IDS.has(id), id).toBe(true);
        expect.soft(indicatorOf(s), s).toBe(id);
      }
    });
  }
});
