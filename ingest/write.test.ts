import { getTableConfig } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { articles, claims } from "@/db/schema";
import type { PreparedClaim } from "./prepare";
import { ARTICLE_COLUMNS, CLAIM_COLUMNS, claimRow } from "./columns";
import { relocate } from "./write";

// The bulk insert's column lists are derived from db/schema.ts; the row builder must fill exactly them.
describe("bulk insert columns come from db/schema.ts", () => {
  const written = (table: typeof claims | typeof articles, skip: string[]) =>
    getTableConfig(table)
      .columns.map((c) => c.name)
      .filter((n) => !skip.includes(n))
      .sort();
  it("claims: every column but id and the review fields", () => {
    expect(CLAIM_COLUMNS.map((c) => c.name).sort()).toEqual(written(claims, ["id", "review_state", "original", "updated_at"]));
  });
  it("articles: every column but id", () => {
    expect(ARTICLE_COLUMNS.map((c) => c.name).sort()).toEqual(written(articles, ["id"]));
  });
  it("a claim row has a value for every derived column and nothing else", () => {
    const claim = {
      quote: "q", value: 1, unit: "吨", qualifier: "eq", metric: "m", subject: null, sector: "port", period: "2025",
      periodKind: "year", periodSource: "sentence", periodCue: null, area: null, areaCode: null, areaSource: "none",
      areaCue: null, breakdown: false, cumulative: false, status: "actual", start: 0, end: 1, indicator: "x", article: 0, asOf: "2025-12-31",
    };
    const row = claimRow(claim as unknown as PreparedClaim, 0, 7, [11], new Set(["x"]));
    expect(Object.keys(row).sort()).toEqual(CLAIM_COLUMNS.map((c) => c.key).sort());
    expect(row).toMatchObject({ documentId: 7, articleId: 11, indicatorId: "x", asOf: "2025-12-31" });
    expect(CLAIM_COLUMNS.find((c) => c.key === "value")?.type).toBe("double precision");
  });
});

describe("relocate: a reviewed claim follows its quote into re-extracted text", () => {
  const old = "前言。衢州港货物吞吐量超3100万吨,增长12%。";
  const quote = "货物吞吐量超3100万吨";
  const start = old.indexOf("3100万吨");
  const k = { start, end: start + "3100万吨".length, quote };
  it.each([
    ["same text", old, start],
    ["text shifted right", "新的导语。" + old, start + 5],
    ["text shifted left", old.slice(3), start - 3],
  ])("%s", (_, text, expected) => {
    const r = relocate(k, old, text);
    expect(r).toEqual({ start: expected, end: expected + 6 });
    expect(text.slice(r.start, r.end)).toBe("3100万吨");
  });
  it("quote gone: offsets kept, clamped into the text", () => {
    expect(relocate(k, old, "短")).toEqual({ start: 1, end: 1 });
    expect(relocate(k, old, "x".repeat(100))).toEqual({ start, end: start + 6 });
  });
});
