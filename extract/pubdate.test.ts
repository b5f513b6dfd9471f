import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { normalise } from "./normalise";
import { articleDate, findPublicationDate } from "./pubdate";
import { ARTICLE_DATE_CASES, PUBDATE_CASES } from "./pubdate.cases";

const CORPUS = join(__dirname, "..", "tests", "fixtures", "corpus");

describe("findPublicationDate", () => {
  it.each(PUBDATE_CASES)("$why", ({ text, frontMatter, date, source, year }) => {
    expect(findPublicationDate(text, frontMatter)).toEqual({ date, source, year });
  });

  it.each([
    ["000_178ba912c87d68f1.txt", "2026-04-24", "inferred"],
    ["001_1dab1fe49313249a.txt", "2024-01-19", "inferred"],
    ["002_f69df61967ff0086.txt", null, "unknown"],
    ["003_7ef5928998a3dc46.txt", "2025-05-20", "masthead"],
    ["004_2494ab091050f49b.txt", "2025-03-07", "masthead"],
  ] as const)("seed page %s → %s (%s)", (file, date, source) => {
    const text = normalise(readFileSync(join(CORPUS, file), "utf8"));
    const got = findPublicationDate(text);
    expect([got.date, got.source]).toEqual([date, source]);
  });

  it("infers the seed pages' dates without their mastheads too", () => {
    for (const [file, date] of [["003_7ef5928998a3dc46.txt", "2025-05-16"], ["004_2494ab091050f49b.txt", "2025-03-05"]] as const) {
      const text = normalise(readFileSync(join(CORPUS, file), "utf8"))
        .split("\n")
        .filter((l) => !/主办|星期|总第/.test(l))
        .join("\n");
      expect(findPublicationDate(text), file).toMatchObject({ date, source: "inferred" });
    }
  });
});

describe("articleDate", () => {
  it.each(ARTICLE_DATE_CASES)("$why", ({ article, pub, date }) => {
    expect(articleDate(article, pub)).toBe(date);
  });
});
