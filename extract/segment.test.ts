import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { normalise } from "./normalise";
import { documentHeadline, fallbackTitle, isGhost, notTitleRule, segmentArticles, type Segment } from "./segment";
import { DOCUMENT_TITLE_CASES, DOCUMENT_TITLE_RULE_CASES, FALLBACK_CASES, NOT_TITLE_CASES, RULE_CASES, SEED_PAGES } from "./segment.cases";

const CORPUS = join(__dirname, "..", "tests", "fixtures", "corpus");

function expectCover(text: string, segs: Segment[]): void {
  if (text.length === 0) return void expect(segs).toEqual([]);
  expect(segs[0].start).toBe(0);
  expect(segs[segs.length - 1].end).toBe(text.length);
  for (let k = 0; k < segs.length; k++) {
    expect(segs[k].end).toBeGreaterThan(segs[k].start);
    if (k > 0) expect(segs[k].start).toBe(segs[k - 1].end);
  }
}

describe("segmentArticles on the seed pages", () => {
  it.each(SEED_PAGES)("$file: $count segments ($why)", ({ file, count, titles }) => {
    const text = normalise(readFileSync(join(CORPUS, file), "utf8"));
    const segs = segmentArticles(text);
    expectCover(text, segs);
    expect(segs.map((s) => s.title)).toEqual(titles);
    expect(segs).toHaveLength(count);
  });

  it("puts each gold quote inside one segment", () => {
    const gold = readFileSync(join(CORPUS, "..", "seeds.gold.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l) as { doc: string; quote: string });
    for (const g of gold) {
      const text = normalise(readFileSync(join(CORPUS, g.doc), "utf8"));
      const at = text.indexOf(g.quote);
      const seg = segmentArticles(text).find((s) => s.start <= at && at < s.end)!;
      expect(at + g.quote.length, `${g.doc}: ${g.quote}`).toBeLessThanOrEqual(seg.end);
    }
  });
});

describe("segmentArticles rules", () => {
  it.each(RULE_CASES)("$why", ({ text, titles }) => {
    const segs = segmentArticles(text);
    expectCover(text, segs);
    expect(segs.map((s) => s.title)).toEqual(titles);
  });

  it("covers any normalised text contiguously", () => {
    const pieces = fc.constantFrom("# 标题\n", "## 小标题\n", "本报讯(记者 甲)", "【开栏语】", "正文,", "继续。\n", "短标题\n", "2025年5月20日 星期二\n", "\n", "UPUP 衢江衢江\n");
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = normalise(parts.join(""));
        expectCover(text, segmentArticles(text));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("titles", () => {
  it.each([
    ["本报讯(记者方心怡)4月24日下午,衢江区民生领域信访问题集中治理工作推进会召开。", "衢江区民生领域信访问题集中治理工作推进会召开"],
    ["本报讯（记者方心怡）3月3日上午，区委书记贵丽青调研建强发展轴工作。", "区委书记贵丽青调研建强发展轴工作"],
    ["近日,一道新能源科技(衢州)有限公司首席技术官宋登元博士荣获称号。", "一道新能源科技(衢州)有限公司首席技术官宋登元博士荣获称号"],
    ["会上,区党政班子领导作交流发言,区督考办通报有关工作完成情况。", "会上,区党政班子领导作交流发言,区督考办通报有关工作完成情况"],
    ["会上,区党政班子领导作交流发言,区督考办通报了有关工作的完成情况。", "会上,区党政班子领导作交流发言,区督考办通报了有关工作的完成…"],
  ])("fallbackTitle(%s)", (para, title) => {
    expect(fallbackTitle(para)).toBe(title);
  });

  it.each([
    ["UPUP 衢江衢江", true],
    ["贯彻二十大精神贯彻二十大精神 踔厉奋进新征程踔厉奋进新征程", true],
    ["争 发 展 见 行 动争 发 展 见 行 动", true],
    ["衢江区文体健康中心9月完工", false],
    ["招商就像谈恋爱 真诚才是必杀技", false],
  ] as const)("isGhost(%s) = %s", (line, ghost) => {
    expect(isGhost(line)).toBe(ghost);
  });
});

describe("headlines", () => {
  it.each(NOT_TITLE_CASES)("notTitleRule($line) = $rule ($why)", ({ line, rule }) => {
    expect(notTitleRule(line)).toBe(rule);
  });

  it.each(DOCUMENT_TITLE_CASES)("documentHeadline($title) ($why)", ({ title, headline }) => {
    expect(documentHeadline(title)).toBe(headline);
  });

  it.each(DOCUMENT_TITLE_RULE_CASES)("$why", ({ text, documentTitle, titles }) => {
    const normalised = normalise(text);
    const segs = segmentArticles(normalised, { documentTitle });
    expectCover(normalised, segs);
    expect(segs.map((s) => s.title)).toEqual(titles);
  });

  it.each(FALLBACK_CASES)("fallbackTitle: $why", ({ paragraph, title }) => {
    expect(fallbackTitle(paragraph)).toBe(title);
  });

  it("titles every development article by its headline, never by a rule-breaking line", () => {
    const dir = join(__dirname, "..", "tests", "fixtures", "dev", "articles");
    for (const f of readdirSync(dir)) {
      const raw = readFileSync(join(dir, f), "utf8");
      const title = /^title: (.*)$/m.exec(raw)![1];
      const text = normalise(raw.replace(/^---[\s\S]*?\n---\n/, ""));
      const titles = segmentArticles(text, { documentTitle: normalise(title) }).map((s) => s.title).filter((t) => t !== "报头");
      for (const t of titles) expect(notTitleRule(t), `${f}: ${t}`).toBeNull();
      if (documentHeadline(title)) expect(titles[0], f).toBe(normalise(title));
    }
  });
});
