import { describe, expect, it } from "vitest";
import { SNIPPET_CONTEXT, snippet, withSnippet } from "@/extract/snippet";
import { SNIPPET_CASES } from "@/extract/snippet.cases";

function at(text: string, figure: string, nth = 0): number {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = text.indexOf(figure, i + 1);
  if (i < 0) throw new Error(`${figure} not in ${text}`);
  return i;
}

describe("snippet", () => {
  it.each(SNIPPET_CASES)("$why", ({ text, figure, nth, snippet: expected }) => {
    const start = at(text, figure, nth);
    const got = snippet(text, start, start + figure.length);
    expect(got).toBe(expected);
    expect(got).toContain(figure);
  });

  it("gives the same snippet from a window of the document as from the whole", () => {
    const filler = "这是一段与数字无关的很长的文字。".repeat(30);
    for (const c of SNIPPET_CASES) {
      const doc = `${filler}\n${c.text}\n${filler}`;
      const start = at(doc, c.figure, (c.nth ?? 0) + (filler.includes(c.figure) ? 1 : 0));
      const from = Math.max(0, start - SNIPPET_CONTEXT);
      const window = doc.slice(from, start + c.figure.length + SNIPPET_CONTEXT);
      expect(withSnippet({ quote: `…${c.figure}…`, context: window, contextAt: start - from, spanLength: c.figure.length }).quote, c.why).toBe(c.snippet);
    }
  });

  it("keeps the stored quote when no context came with the row, and drops the context fields", () => {
    expect(withSnippet({ quote: "stored", context: null, contextAt: null, spanLength: null })).toEqual({ quote: "stored" });
    expect(withSnippet({ quote: "stored", context: "短", contextAt: 5, spanLength: 3 })).toEqual({ quote: "stored" });
    // A window that does not hold the stored quote's figure (offsets counted differently) is not trusted.
    expect(withSnippet({ quote: "增长7.6%", context: "全区增长8.1%，", contextAt: 4, spanLength: 4 })).toEqual({ quote: "增长7.6%" });
  });
});
