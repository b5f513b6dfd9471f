import { describe, expect, it } from "vitest";
import { extractDocument } from "../index";
import { AREA_CASES } from "./area.cases";

describe("areas: whole articles", () => {
  describe.each(AREA_CASES)("$name", (c) => {
    const frontMatter = { date: c.date, ...(c.source ? { source: c.source } : {}), ...(c.title ? { title: c.title } : {}) };
    const doc = extractDocument(c.text, { fileName: "areas.txt", frontMatter, homeArea: c.homeArea });
    it.each(c.expect)("%s → %s (%s)", (written, area, source) => {
      const normalisedWritten = extractDocument(written, { fileName: "w.txt" }).normalisedText;
      const at = doc.normalisedText.indexOf(normalisedWritten);
      expect(at, `"${written}" in the text`).toBeGreaterThanOrEqual(0);
      const claim = doc.claims.find((x) => x.start === at);
      expect(claim, `a claim on "${written}"`).toBeDefined();
      expect([claim!.area, claim!.areaSource]).toEqual([area, source]);
    });
  });
});
