// npm run bench:places — what the gazetteer costs: the first use of each table
// (CPU time and heap), and findPlaces' scan speed over news text (the seed
// pages, normalised, repeated to BENCH_PLACES_MB, 8 by default) in MB of UTF-8
// per CPU-second, three rounds. Heap figures are after a full collection when
// run as `node --expose-gc --import tsx bench/places.ts`.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";

const gc = (globalThis as { gc?: () => void }).gc;
const heap = () => {
  gc?.();
  return process.memoryUsage().heapUsed;
};
const mb = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);

async function main() {
  const { normalise } = await import("../extract/normalise");
  const corpusDir = fileURLToPath(new URL("../tests/fixtures/corpus/", import.meta.url));
  const pages = readdirSync(corpusDir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => normalise(readFileSync(join(corpusDir, f), "utf8")));

  // Imports first (module evaluation only: the tables are strings until first use).
  const h0 = heap();
  const gazetteer = await import("../extract/areas/gazetteer");
  const places = await import("../extract/areas/places");
  const h1 = heap();

  const timed = <T>(fn: () => T): [T, string] => {
    const t = performance.now();
    const c = process.cpuUsage();
    const out = fn();
    const cpu = process.cpuUsage(c);
    return [out, `${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU (${(performance.now() - t).toFixed(0)} ms wall)`];
  };
  const [home, tDivisions] = timed(() => gazetteer.areaByCode("330803")!);
  const h2 = heap();
  const [, tPlaces] = timed(() => places.findPlaces("衢江区", home));
  const h3 = heap();

  console.log(`modules loaded: heap +${mb(h1 - h0)} MB (the table strings)`);
  console.log(`divisions parsed (first lookup): ${tDivisions}, heap +${mb(h2 - h1)} MB`);
  console.log(`place index built (first findPlaces, towns included): ${tPlaces}, heap +${mb(h3 - h2)} MB`);

  const target = Number(process.env.BENCH_PLACES_MB ?? 8) * 1024 * 1024;
  const docs: string[] = [];
  let bytes = 0;
  for (let k = 0; bytes < target; k++) {
    const p = pages[k % pages.length];
    docs.push(p);
    bytes += Buffer.byteLength(p, "utf8");
  }
  // Warm-up so the figure is the steady state of a long run.
  for (const d of docs.slice(0, 50)) places.findPlaces(d, home);
  // Three timed rounds: on a shared machine the best is the closest to the code's own cost.
  const rounds: number[] = [];
  let mentions = 0;
  for (let r = 0; r < 3; r++) {
    mentions = 0;
    const cpu0 = process.cpuUsage();
    for (const d of docs) mentions += places.findPlaces(d, home).length;
    const cpu = process.cpuUsage(cpu0);
    rounds.push(bytes / 1024 / 1024 / ((cpu.user + cpu.system) / 1e6));
  }
  console.log(
    `findPlaces: ${mb(bytes)} MB (${docs.length} pages, ${mentions} mentions) → ` +
      `${rounds.map((x) => x.toFixed(0)).join(", ")} MB per CPU-second (best ${Math.max(...rounds).toFixed(0)})`,
  );
}

main();
