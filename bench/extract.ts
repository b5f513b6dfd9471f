// npm run bench:extract — extractor throughput on ≥ 10 MB of page text built
// from the seed pages (replicated, numbers and paragraphs mutated with a
// seeded RNG), single process. Reports MB/s, claims/s and peak RSS, checks
// that time grows linearly with one document's size, and runs Microsoft's
// recognizers-text (number-with-unit, Chinese) on the same text in the same
// run for comparison (time-boxed: it is far slower; its MB/s is over the
// prefix it got through).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { cpus, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { Culture, NumberWithUnitRecognizer } from "@microsoft/recognizers-text-number-with-unit";
import { extractDocument } from "../extract/index";

const TARGET_BYTES = Number(process.env.BENCH_BYTES ?? 10.5 * 1024 * 1024);
const PEER_BUDGET_MS = Number(process.env.BENCH_PEER_MS ?? 15_000);

function mulberry32(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const corpusDir = fileURLToPath(new URL("../tests/fixtures/corpus/", import.meta.url));
const seeds = readdirSync(corpusDir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => readFileSync(join(corpusDir, f), "utf8"));

/** One mutated page: paragraphs shuffled, some digits changed, so nothing is a verbatim copy. */
function mutatedPage(rand: () => number): string {
  const page = seeds[Math.floor(rand() * seeds.length)];
  const paras = page.split(/\n\s*\n/);
  for (let i = paras.length - 1; i > 0; i--) {
    if (rand() < 0.3) {
      const j = Math.floor(rand() * (i + 1));
      [paras[i], paras[j]] = [paras[j], paras[i]];
    }
  }
  return paras.join("\n\n").replace(/\d/g, (d) => (rand() < 0.2 ? String(Math.floor(rand() * 10)) : d));
}

const rand = mulberry32(20260424);
const docs: string[] = [];
let bytes = 0;
while (bytes < TARGET_BYTES) {
  const d = mutatedPage(rand);
  docs.push(d);
  bytes += Buffer.byteLength(d, "utf8");
}
const MB = bytes / (1024 * 1024);

// Warm-up (JIT, OpenCC tables) on the first ~1 MB: the figure is the steady state of a long
// ingest. With 5 pages only, TurboFan was still compiling on a background thread during the
// timed run (~0.9 MB per CPU-second less); BENCH_WARM_BYTES=0 shows the cold figure.
const WARM_BYTES = Number(process.env.BENCH_WARM_BYTES ?? 1024 * 1024);
for (let i = 0, warmed = 0; warmed < WARM_BYTES || i < 5; i++) {
  extractDocument(docs[i % docs.length], { fileName: "warm.txt" });
  warmed += docs[i % docs.length].length * 3;
}

let claims = 0;
let peakRss = process.memoryUsage().rss;
const rssAt: number[] = [];
const t0 = performance.now();
const cpu0 = process.cpuUsage();
for (let i = 0; i < docs.length; i++) {
  claims += extractDocument(docs[i], { fileName: `bench-${i}.txt` }).claims.length;
  if (i % 50 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
  if (i === Math.floor(docs.length / 4) || i === Math.floor(docs.length / 2) || i === docs.length - 1) rssAt.push(process.memoryUsage().rss);
}
const secs = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuSecs = (cpu.user + cpu.system) / 1e6;
peakRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);

// Linearity: one document of n pages vs 4n pages, same content per byte.
function timeOne(pages: number): { ms: number; claims: number } {
  const text = docs.slice(0, pages).join("\n\n");
  const s = performance.now();
  const n = extractDocument(text, { fileName: "big.txt" }).claims.length;
  return { ms: performance.now() - s, claims: n };
}
const small = timeOne(40);
const large = timeOne(160);

// Peer: Microsoft recognizers-text, Chinese number-with-unit (currency + dimension models), same documents in order.
const recognizer = new NumberWithUnitRecognizer(Culture.Chinese);
const models = [recognizer.getCurrencyModel(), recognizer.getDimensionModel()];
let peerBytes = 0;
let peerResults = 0;
const p0 = performance.now();
const pcpu0 = process.cpuUsage();
// Fed paragraph by paragraph (the same text, in order) so the time box can stop it between calls:
// one whole page can keep it busy for longer than the budget.
peer: for (const d of docs) {
  for (const para of d.split("\n")) {
    for (const m of models) peerResults += m.parse(para).length;
    peerBytes += Buffer.byteLength(para, "utf8") + 1;
    if (performance.now() - p0 > PEER_BUDGET_MS) break peer;
  }
}
const peerSecs = (performance.now() - p0) / 1000;
const pcpu = process.cpuUsage(pcpu0);
const peerCpuSecs = (pcpu.user + pcpu.system) / 1e6;
const peerMB = peerBytes / (1024 * 1024);

const f = (n: number, d = 2) => n.toFixed(d);
console.log(`extract bench: ${docs.length} documents, ${f(MB)} MB of text (UTF-8), single process, node ${process.version}`);
console.log(`ours:  ${f(secs)} s  → ${f(MB / secs)} MB/s, ${Math.round(claims / secs)} claims/s (${claims} claims); ${f(MB / cpuSecs)} MB per CPU-second`);
console.log(`load average ${loadavg().map((x) => x.toFixed(1)).join(" ")} on ${cpus().length} cores (wall-clock figures suffer when the machine is shared)`);
console.log(`peak RSS ${f(peakRss / 1048576, 0)} MB; RSS at 25%/50%/100% of input: ${rssAt.map((r) => f(r / 1048576, 0)).join(" / ")} MB`);
console.log(
  `linearity: one document of 40 pages ${f(small.ms, 0)} ms, of 160 pages ${f(large.ms, 0)} ms (ratio ${f(large.ms / small.ms)} for 4× the text; claims ${small.claims} → ${large.claims})`,
);
console.log(
  `peer: @microsoft/recognizers-text-number-with-unit (Chinese, currency+dimension): ${f(peerMB)} MB in ${f(peerSecs)} s → ${f(peerMB / peerSecs, 3)} MB/s, ${f(peerMB / peerCpuSecs, 3)} MB per CPU-second (${peerResults} results); ours is ${Math.round(MB / cpuSecs / (peerMB / peerCpuSecs))}× faster per CPU-second`,
);
console.log(`target ≥ 5 MB/s on one core: wall ${MB / secs >= 5 ? "met" : "NOT met"}, per CPU-second ${MB / cpuSecs >= 5 ? "met" : "NOT met"}`);
