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
// tests/fixtures/dev/            ← eval/dev/ (README.md, dev.gold.jsonl, articles/*.txt)
import { copyFileSync, existsSync, mkdirSync, readdirSync } from "node:fs";
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
function copyDir(from: string, to: string, ext: string) {
  for (const f of readdirSync(path.join(shared, from)).filter((n) => n.endsWith(ext)).sort()) copy(`${from}/${f}`, `${to}/${f}`);
}

copy("eval/CLAIMS.md", "docs/claims.md");
copy("eval/score.mjs", "tests/fixtures/score.mjs");
copy("eval/seeds.gold.jsonl", "tests/fixtures/seeds.gold.jsonl");
copyDir("corpus", "tests/fixtures/corpus", ".txt");
copyDir("corpus", "db/seed", ".txt");
copy("eval/dev/README.md", "tests/fixtures/dev/README.md");
copy("eval/dev/dev.gold.jsonl", "tests/fixtures/dev/dev.gold.jsonl");
copyDir("eval/dev/articles", "tests/fixtures/dev/articles", ".txt");
