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

const FIXTURES = join(__dirname, "..", "fixtures");

function score(articles: string, gold: string): string {
  const lines: string[] = [];
  for (const f of readdirSync(articles).filter((n) => n.endsWith(".txt")).sort()) {
    const src = readSource(readFileSync(join(articles, f)), f);
    const doc = extractDocument(src.text, { fileName: f, frontMatter: src.frontMatter });
    for (const c of doc.claims) lines.push(JSON.stringify(toRecord(f, c)));
  }
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

type Floors = Partial<Record<"f1" | "strict" | "core" | "sector" | "period" | "qualifier" | "status" | "area", number>>;

const READ: Record<keyof Floors, RegExp> = {
  f1: /^F1 ([\d.]+)/m,
  strict: /strict F1 ([\d.]+)/,
  core: /core recall ([\d.]+)%/,
  sector: /sector ([\d.]+)%/,
  period: /period ([\d.]+)%/,
  qualifier: /qualifier ([\d.]+)%/,
  status: /status ([\d.]+)%/,
  area: /area ([\d.]+)%/,
};

function check(out: string, floors: Floors) {
  console.log(out);
  for (const [k, floor] of Object.entries(floors) as [keyof Floors, number][]) {
    expect.soft(num(out, READ[k]), k).toBeGreaterThanOrEqual(floor);
  }
}

describe("extractor quality against the gold", () => {
  it("seed pages (five real newspaper pages)", () => {
    check(score(join(FIXTURES, "corpus"), join(FIXTURES, "seeds.gold.jsonl")), { f1: 99.3, strict: 80.9, core: 100, sector: 94.1, period: 89.6, qualifier: 100, status: 100, area: 100 });
  });
  // Thirty articles since the refresh that brought the indicator catalogue: the twelve new
  // ones (other counties and provinces) score like unseen real articles, so the floors
  // were reset to what the extractor measured on them before it learnt from them.
  it("development set (thirty articles)", () => {
    check(score(join(FIXTURES, "dev", "articles"), join(FIXTURES, "dev", "dev.gold.jsonl")), { f1: 98.4, strict: 74.7, core: 99.6, sector: 97.2, period: 98.2, qualifier: 99.6, status: 99.4, area: 99.6 });
  });
});
