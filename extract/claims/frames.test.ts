import { describe, expect, it } from "vitest";
import { extractDocument } from "../index";
import { FRAME_CASES } from "./frames.cases";

describe("frames: whole articles", () => {
  describe.each(FRAME_CASES)("$name", (c) => {
    const doc = extractDocument(c.text, { fileName: "frames.txt", frontMatter: { date: c.date, ...(c.title ? { title: c.title } : {}) } });
    it.each(c.expect)("%s → %s (%s)", (written, period, source) => {
      const at = doc.normalisedText.indexOf(written);
      expect(at, `"${written}" in the text`).toBeGreaterThanOrEqual(0);
      const claim = doc.claims.find((x) => x.start === at);
      expect(claim, `a claim on "${written}"`).toBeDefined();
      expect([claim!.period, claim!.periodSource]).toEqual([period, source]);
    });
  });
});
