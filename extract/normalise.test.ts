import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isMostlyTraditional, normalise } from "./normalise";
import { NORMALISE_CASES } from "./normalise.cases";

const CORPUS = join(__dirname, "..", "tests", "fixtures", "corpus");
const GOLD = join(__dirname, "..", "tests", "fixtures", "seeds.gold.jsonl");

describe("normalise", () => {
  it.each(NORMALISE_CASES)("$why", ({ raw, normalised }) => {
    expect(normalise(raw)).toBe(normalised);
  });

  it("is idempotent on the table", () => {
    for (const { raw } of NORMALISE_CASES) {
      const once = normalise(raw);
      expect(normalise(once)).toBe(once);
    }
  });

  const pieces = fc.constantFrom(
    "\n", "\n\n", " ", "  ", "。", "，", ",", "、", "：", "”", "“", "# ", "## ", "本报讯", "【开栏语】",
    "增长", "衢江区", "3", "100", "万吨", "５", "％", "ＡＢ", "JIN", "RI", "a", "\r\n", "\u3000", "長", "區",
    "贵丽青充分肯定了今年以来", "各级各部门所取得的成果。她指", "招商就像谈恋爱 真诚才是必杀技", "——副标题",
  );
  it("is idempotent on arbitrary page-like text", () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), (parts) => {
        const once = normalise(parts.join(""));
        return normalise(once) === once;
      }),
      { numRuns: 3000 },
    );
  });

  it("is idempotent on arbitrary strings, and has no blank or padded lines", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (s) => {
        const once = normalise(s);
        if (normalise(once) !== once) return false;
        return once === "" || once.split("\n").every((l) => l.length > 0 && l === l.trim());
      }),
      { numRuns: 2000 },
    );
  });

  it("is idempotent on the seed pages, joins their OCR lines and keeps their headings", () => {
    for (const f of readdirSync(CORPUS)) {
      const once = normalise(readFileSync(join(CORPUS, f), "utf8"));
      expect(normalise(once), f).toBe(once);
    }
    const p004 = normalise(readFileSync(join(CORPUS, "004_2494ab091050f49b.txt"), "utf8"));
    expect(p004).toContain("本报讯（记者方心怡）3月5日，衢江区党政月度工作例会召开，围绕经济指标、重点工作和重点项目，");
    expect(p004).toContain("\n招商就像谈恋爱 真诚才是必杀技\n【开栏语】");
    const p003 = normalise(readFileSync(join(CORPUS, "003_7ef5928998a3dc46.txt"), "utf8"));
    expect(p003.split("\n")).toContain("# 全区党政月度工作例会召开");
    expect(p003).toContain("两慢病\"患者免费服药惠及2404人");
  });

  it("makes every gold quote an exact substring of its normalised page", () => {
    const gold = readFileSync(GOLD, "utf8").trim().split("\n").map((l) => JSON.parse(l) as { doc: string; quote: string });
    const pages = new Map<string, string>();
    const missing: string[] = [];
    for (const g of gold) {
      if (!pages.has(g.doc)) pages.set(g.doc, normalise(readFileSync(join(CORPUS, g.doc), "utf8")));
      if (!pages.get(g.doc)!.includes(g.quote)) missing.push(`${g.doc}: ${g.quote}`);
    }
    expect(missing).toEqual([]);
    expect(gold.length).toBeGreaterThan(100);
  });
});

describe("isMostlyTraditional", () => {
  it.each([
    ["衢江區作為全省單體面積最大的內河樞紐港", true],
    ["衢江区作为全省单体面积最大的内河枢纽港，货物吞吐量同比增長42%", false],
    ["no Han at all", false],
  ] as const)("%s → %s", (text, expected) => {
    expect(isMostlyTraditional(text)).toBe(expected);
  });
});
