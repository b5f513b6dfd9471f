import { describe, expect, it } from "vitest";
import { splitHighlights } from "@/lib/highlight";

describe("splitHighlights", () => {
  it("marks each span and keeps the rest as text", () => {
    const p = splitHighlights("吞吐量3100万吨，增长5%", [
      { id: 1, start: 3, end: 9 },
      { id: 2, start: 12, end: 14 },
    ]);
    expect(p).toEqual([{ text: "吞吐量" }, { text: "3100万吨", claimId: 1 }, { text: "，增长" }, { text: "5%", claimId: 2 }]);
    expect(p.map((x) => x.text).join("")).toBe("吞吐量3100万吨，增长5%");
  });
  it("clips overlaps so every claim keeps an anchor", () => {
    const p = splitHighlights("abcdef", [
      { id: 1, start: 0, end: 4 },
      { id: 2, start: 2, end: 3 },
    ]);
    expect(p.filter((x) => x.claimId).map((x) => x.claimId)).toEqual([1, 2]);
    expect(p.map((x) => x.text).join("")).toBe("abcdef");
  });
  it("keeps markup as plain text pieces", () => {
    const p = splitHighlights("<img src=x onerror=alert(1)>", []);
    expect(p).toEqual([{ text: "<img src=x onerror=alert(1)>" }]);
  });
});
