import { getTableConfig } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { articles, claims } from "../schema";
import { ARTICLE_COLUMNS, CLAIM_COLUMNS, relocate } from "./write";

// The bulk insert lists columns by hand; a schema change must update it.
describe("bulk insert column lists mirror db/schema.ts", () => {
  const written = (table: typeof claims | typeof articles, skip: string[]) =>
    getTableConfig(table)
      .columns.map((c) => c.name)
      .filter((n) => !skip.includes(n))
      .sort();
  it("claims: every column but id and the review fields", () => {
    expect(CLAIM_COLUMNS.map(([n]) => n).sort()).toEqual(written(claims, ["id", "review_state", "original", "updated_at"]));
  });
  it("articles: every column but id", () => {
    expect(ARTICLE_COLUMNS.map(([n]) => n).sort()).toEqual(written(articles, ["id"]));
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
