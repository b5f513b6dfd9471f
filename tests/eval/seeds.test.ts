// The extractor against the gold claims of the seed pages and of the
// development set, scored by the same scorer the outside checks use (copies in
// tests/fixtures, refreshed by scripts/refresh-eval.ts). The floors sit at the
// figures measured when they were last raised (README, "Extractor quality"),
// so a regression fails here.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractDocument } from "@/extract/index";
import { readSource } from "@/extract/source";
import { toRecord } from "@/extract/cli";
import { CATALOGUE_IDS } from "@/extract/catalogue";

const FIXTURES = join(__dirname, "..", "fixtures");

/** The `extract --jsonl` records of every page of a folder. */
function records(articles: string): ReturnType<typeof toRecord>[] {
  const out: ReturnType<typeof toRecord>[] = [];
  for (const f of readdirSync(articles).filter((n) => n.endsWith(".txt")).sort()) {
    const src = readSource(readFileSync(join(articles, f)), f);
    const doc = extractDocument(src.text, { fileName: f, frontMatter: src.frontMatter });
    for (const c of doc.claims) out.push(toRecord(f, c));
  }
  return out;
}

function score(articles: string, gold: string): string {
  const lines = records(articles).map((r) => JSON.stringify(r));
  const dir = mkdtempSync(join(tmpdir(), "extract-eval-"));
  const pred = join(dir, "pred.jsonl");
  writeFileSync(pred, lines.join("\n") + "\n");
  return execFileSync(process.execPath, [join(FIXTURES, "score.mjs"), gold, pred], { encoding: "utf8" });
}

const num = (out: string, re: RegExp) => {
  const m = re.exec(out);
  if (!m) throw new Error(`scorer output lacks ${re}: ${out}`);
  return Number(m[1]);
};

type Floors = Partial<Record<"f1" | "strict" | "core" | "sector" | "period" | "qualifier" | "status" | "area" | "chartP" | "chartR" | "chartF1", number>>;

const READ: Record<keyof Floors, RegExp> = {
  f1: /^F1 ([\d.]+)/m,
  strict: /strict F1 ([\d.]+)/,
  core: /core recall ([\d.]+)%/,
  sector: /sector ([\d.]+)%/,
  period: /period ([\d.]+)%/,
  qualifier: /qualifier ([\d.]+)%/,
  status: /status ([\d.]+)%/,
  area: /area ([\d.]+)%/,
  chartP: /chart precision ([\d.]+)%/,
  chartR: /chart recall ([\d.]+)%/,
  chartF1: /chart F1 ([\d.]+)/,
};

function check(out: string, floors: Floors) {
  console.log(out);
  for (const [k, floor] of Object.entries(floors) as [keyof Floors, number][]) {
    expect.soft(num(out, READ[k]), k).toBeGreaterThanOrEqual(floor);
  }
}

const SETS = { seeds: join(FIXTURES, "corpus"), dev: join(FIXTURES, "dev", "articles") };

// docs/claims.md: `indicator` is null or an id of the catalogue, never a retired or made-up one
describe("indicators are catalogue ids", () => {
  it.each(Object.entries(SETS))("%s", (_name, dir) => {
    const bad = records(dir).filter((r) => r.indicator !== null && !CATALOGUE_IDS.has(r.indicator));
    expect(bad.map((r) => `${r.doc}: ${r.indicator} (${r.quote})`)).toEqual([]);
  });
});

describe("extractor quality against the gold", () => {
  it("seed pages (five real newspaper pages)", () => {
    check(score(join(FIXTURES, "corpus"), join(FIXTURES, "seeds.gold.jsonl")), { f1: 99.3, strict: 84.6, core: 100, sector: 94.8, period: 89.6, qualifier: 100, status: 100, area: 100, chartP: 88.9, chartR: 88.9, chartF1: 88.9 });
  });
  // Thirty articles since the refresh that brought the indicator catalogue: the twelve new
  // ones (other counties and provinces) score like unseen real articles. Chart floors since
  // the indicator parser (concept × measure); area and period are the place and time rules'.
  it("development set (thirty articles)", () => {
    check(score(join(FIXTURES, "dev", "articles"), join(FIXTURES, "dev", "dev.gold.jsonl")), { f1: 99.9, strict: 96.0, core: 99.8, sector: 98.2, period: 98.4, qualifier: 100, status: 99.6, area: 99.6, chartP: 98.7, chartR: 98.2, chartF1: 98.5 });
  });
});
