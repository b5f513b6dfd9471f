// A benchmark leaves the working tree as it found it: `next build` with a
// NEXT_DIST_DIR of its own adds that folder's types to tsconfig.json's
// `include`. Snapshot the files Next may touch, put them back on the way out
// (also on Ctrl-C).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const TOUCHED = ["tsconfig.json"];

export function keepTree(root: string): () => void {
  const saved = TOUCHED.map((f) => path.join(root, f)).filter(existsSync).map((file) => ({ file, text: readFileSync(file, "utf8") }));
  const restore = () => {
    for (const { file, text } of saved) if (readFileSync(file, "utf8") !== text) writeFileSync(file, text);
  };
  const onSignal = (sig: NodeJS.Signals) => {
    restore();
    // Another handler (bench/load's cleanup) exits on its own; alone, end as the signal would.
    if (process.listenerCount(sig) === 0) process.kill(process.pid, sig);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  return () => {
    restore();
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  };
}
