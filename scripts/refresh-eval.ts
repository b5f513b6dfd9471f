// Copies the claim record, the scorer, the gold sets and the development
// articles from the shared evaluation folder into the repo, so the repo stands
// on its own: tests read only these copies.
//
//   npx tsx scripts/refresh-eval.ts [SHARED_DIR]   (default ../shared)
//
// docs/claims.md                 ← eval/CLAIMS.md
// tests/fixtures/score.mjs       ← eval/score.mjs
// tests/fixtures/seeds.gold.jsonl← eval/seeds.gold.jsonl
// tests/fixtures/corpus/*.txt    ← corpus/*.txt (also db/seed/, the pages npm start ingests)
// tests/fixtures/dev/            ← eval/dev/ (README.md, INDICATOR-NOTES.md, dev.gold.jsonl, articles/*.txt)
//
// Paths inside the copied texts are rewritten so that they point at the repo's
// copies (docs/claims.md, tests/fixtures/score.mjs), never outside the repo.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const shared = path.resolve(root, process.argv[2] ?? "../shared");
if (!existsSync(path.join(shared, "eval", "CLAIMS.md"))) {
  console.error(`refresh-eval: ${shared} has no eval/CLAIMS.md`);
  process.exit(1);
}

function copy(from: string, to: string) {
  mkdirSync(path.dirname(path.join(root, to)), { recursive: true });
  copyFileSync(path.join(shared, from), path.join(root, to));
  console.log(`${to} ← ${from}`);
}
/** Copies a text, replacing each [from, to] pair of `edits` (a missing `from` fails: the source changed). */
function copyText(from: string, to: string, edits: readonly [string | RegExp, string][]) {
  let text = readFileSync(path.join(shared, from), "utf8");
  for (const [a, b] of edits) {
    const next = text.replace(a instanceof RegExp ? new RegExp(a.source, a.flags.includes("g") ? a.flags : a.flags + "g") : new RegExp(a.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "g"), b);
    if (next === text) throw new Error(`refresh-eval: ${from} no longer contains ${String(a)}`);
    text = next;
  }
  mkdirSync(path.dirname(path.join(root, to)), { recursive: true });
  writeFileSync(path.join(root, to), text);
  console.log(`${to} ← ${from} (paths rewritten)`);
}
function copyDir(from: string, to: string, ext: string) {
  for (const f of readdirSync(path.join(shared, from)).filter((n) => n.endsWith(ext)).sort()) copy(`${from}/${f}`, `${to}/${f}`);
}

copyText("eval/CLAIMS.md", "docs/claims.md", [["node ../shared/eval/score.mjs", "node tests/fixtures/score.mjs"]]);
copyText("eval/score.mjs", "tests/fixtures/score.mjs", [["See CLAIMS.md beside this file", "See docs/claims.md"]]);
copy("eval/seeds.gold.jsonl", "tests/fixtures/seeds.gold.jsonl");
copyDir("corpus", "tests/fixtures/corpus", ".txt");
copyDir("corpus", "db/seed", ".txt");
copyText("eval/dev/README.md", "tests/fixtures/dev/README.md", [
  ["`../CLAIMS.md`", "`docs/claims.md`"],
  ["`node ../score.mjs dev.gold.jsonl PRED.jsonl", "`node tests/fixtures/score.mjs tests/fixtures/dev/dev.gold.jsonl PRED.jsonl"],
]);
copyText("eval/dev/INDICATOR-NOTES.md", "tests/fixtures/dev/INDICATOR-NOTES.md", [[/\bCLAIMS\.md/, "docs/claims.md"]]);
copy("eval/dev/dev.gold.jsonl", "tests/fixtures/dev/dev.gold.jsonl");
copyDir("eval/dev/articles", "tests/fixtures/dev/articles", ".txt");
