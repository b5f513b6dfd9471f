// The extractor against the gold claims of the seed pages, scored by the same
// scorer the outside checks use (tests/fixtures/score.mjs, a copy of
// ../shared/eval/score.mjs). Thresholds from issue 3.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractDocument } from "@/extract/index";
import { readSource } from "@/extract/source";
import { toRecord } from "@/extract/cli";

const FIXTURES = join(__dirname, "..", "fixtures");
const CORPUS = join(FIXTURES, "corpus");

function score(): string {
  const lines: string[] = [];
  for (const f of readdirSync(CORPUS).filter((n) => n.endsWith(".txt")).sort()) {
    const src = readSource(readFileSync(join(CORPUS, f)), f);
    const doc = extractDocument(src.text, { fileName: f, frontMatter: src.frontMatter });
    for (const c of doc.claims) lines.push(JSON.stringify(toRecord(f, c)));
  }
  const dir = mkdtempSync(join(tmpdir(), "extract-eval-"));
  const pred = join(dir, "pred.jsonl");
  writeFileSync(pred, lines.join("\n") + "\n");
  return execFileSync(process.execPath, [join(FIXTURES, "score.mjs"), join(FIXTURES, "seeds.gold.jsonl"), pred], { encoding: "utf8" });
}

const num = (out: string, re: RegExp) => {
  const m = re.exec(out);
  if (!m) throw new Error(`scorer output lacks ${re}: ${out}`);
  return Number(m[1]);
};

describe("seed pages against the gold", () => {
  const out = score();
  it("meets the thresholds of issue 3", () => {
    console.log(out);
    expect(num(out, /^F1 ([\d.]+)/m)).toBeGreaterThanOrEqual(90);
    expect(num(out, /core recall ([\d.]+)%/)).toBeGreaterThanOrEqual(95);
    expect(num(out, /sector ([\d.]+)%/)).toBeGreaterThanOrEqual(90);
    expect(num(out, /period ([\d.]+)%/)).toBeGreaterThanOrEqual(85);
    expect(num(out, /qualifier ([\d.]+)%/)).toBeGreaterThanOrEqual(90);
    expect(num(out, /status ([\d.]+)%/)).toBeGreaterThanOrEqual(95);
  });
});
