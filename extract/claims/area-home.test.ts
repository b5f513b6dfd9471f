import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lookupArea } from "../areas/gazetteer";
import { normalise } from "../normalise";
import { articleHome, ownersIn, ownersInStretches } from "./area-home";
import { HOME_CASES } from "./area-home.cases";

describe("the article's home", () => {
  it.each(HOME_CASES)("$name", (c) => {
    const home = articleHome({
      paper: c.paper ? lookupArea(c.paper) : null,
      configured: lookupArea(c.configured ?? "衢江区")!,
      headline: normalise(c.headline),
      lead: normalise(c.lead),
      body: c.body ? normalise(c.body) : undefined,
    });
    expect([home.area.name, home.source]).toEqual(c.expect);
  });
});

describe("reading owners a stretch of lines at a time", () => {
  // Every page of the test fixtures, read against a few homes: the stretches give what one reading gives
  const root = new URL("../../tests/fixtures/", import.meta.url).pathname;
  const pages = ["corpus", "probe", "review", "areas", "periods", "site"].flatMap((d) => {
    let files: string[] = [];
    try {
      files = readdirSync(join(root, d)).filter((f) => f.endsWith(".txt") || f.endsWith(".md"));
    } catch {
      return [];
    }
    return files.map((f) => normalise(readFileSync(join(root, d, f), "utf8")));
  });
  it.each(["衢江区", "衢州市", "浙江省", "昆山市", "上饶市"])("gives ownersIn's owners in order, against %s", (name) => {
    const base = lookupArea(name)!;
    expect(pages.length).toBeGreaterThan(5);
    for (const page of pages) {
      // whole pages and the 2,000-character openings bodyTopic reads
      for (const text of [page, page.slice(0, 2000), page.slice(37, 1500)]) {
        expect([...ownersInStretches(text, base)].flat()).toEqual(ownersIn(text, base));
      }
    }
  });
});
