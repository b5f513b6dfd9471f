// npm run bench — ingest throughput and peak memory, PGlite and the real server.
//
//   npm run bench [-- --count 10000 --seed 1]
//
// 1. Generates the seeded corpus into .bench/corpus/ (bench/generate.ts) and
//    extracts it once into .bench/prepared.jsonl, timing the extractor alone.
// 2. For each backend, in a fresh child process (so peak RSS is its own):
//    - write: streams the prepared documents into an empty database in
//      batches (one transaction per 128 documents, --batch N) — database throughput;
//    - end-to-end: the CLI's path, files → extract → write, on another
//      empty database — what `npm run ingest` achieves — with extraction in
//      the main thread (0 workers), in 1 worker thread and in N (one per core;
//      --workers 0,1,N to choose). Peak RSS counts the worker threads too
//      (they are threads of the same process).
// Each line ends with the 1-minute load average at the end of the run: the
// machine is shared, and figures taken under load are low.
// The real server is DATABASE_URL's (default postgres://postgres@127.0.0.1:5432/test);
// each run creates its own database and drops it. Nothing under .data/ is touched.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { once } from "node:events";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { open } from "node:fs/promises";
import { StringDecoder } from "node:string_decoder";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import postgres from "postgres";
import { openDatabase, type Database } from "@/db/client";
import { listInputs, readInputs } from "@/ingest/files";
import { ensureIndicators } from "@/ingest/indicators";
import { DEFAULT_BATCH_DOCUMENTS, ingestStream } from "@/ingest/index";
import { createPreparePool } from "@/ingest/pool";
import { prepareDocument, type PreparedDocument } from "@/ingest/prepare";
import { writeNewDocuments } from "@/ingest/write";
import { EXTRACTOR_VERSION } from "@/extract/index";
import { generateDocuments } from "./generate";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const BENCH_DIR = path.join(ROOT, ".bench");
const CORPUS = path.join(BENCH_DIR, "corpus");
const PREPARED = path.join(BENCH_DIR, "prepared.jsonl");
const META = path.join(BENCH_DIR, "meta.json");
const SERVER_URL = process.env.DATABASE_URL?.trim() || "postgres://postgres@127.0.0.1:5432/test";

interface Result {
  backend: string;
  mode: "init" | "write" | "end-to-end";
  /** Extraction worker threads (end to end). */
  workers?: number;
  /** 1-minute load average when the run ended. */
  load?: number;
  documents: number;
  claims: number;
  seconds: number;
  maxRssMB: number;
  /** CPU seconds of this process (all its threads) during the run. */
  cpuSeconds?: number;
  /** CPU seconds of the database server's backends for this run's database (PostgreSQL on this machine; null if unreadable). */
  serverCpuSeconds?: number | null;
}

const mb = () => process.resourceUsage().maxRSS / 1024;
const cpuSince = (start: NodeJS.CpuUsage) => {
  const c = process.cpuUsage(start);
  return (c.user + c.system) / 1e6;
};

/**
 * CPU seconds used so far by the server processes serving this database
 * (read from /proc: the server runs on this machine). Wall-clock figures
 * depend on what else the shared machine runs; CPU per claim does not, and
 * bounds what two idle cores could do.
 */
async function serverCpu(database: Database): Promise<number | null> {
  if (database.kind !== "postgres") return null;
  try {
    const { sql } = await import("drizzle-orm");
    const { rowsOf } = await import("@/db/rows");
    const pids = rowsOf<{ pid: number }>(await database.db.execute(sql`select pid from pg_stat_activity where datname = current_database()`));
    const { readFileSync } = await import("node:fs");
    let total = 0;
    for (const { pid } of pids) {
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
      total += (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks of 1/100 s
    }
    return total;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------- workers

async function openTarget(backend: string, target: string): Promise<Database> {
  return backend === "postgres" ? openDatabase({ url: target }) : openDatabase({ dataDir: target });
}

async function workerWrite(backend: string, target: string, batchSize: number, parallel: number): Promise<Result> {
  const database = await openTarget(backend, target);
  const known = await ensureIndicators(database.db);
  let documents = 0;
  let claims = 0;
  let batch: PreparedDocument[] = [];
  // Writes stay in flight while the next batch is parsed (up to `parallel` at once,
  // each a transaction on its own connection): the server works while this thread reads.
  const inflight = new Set<Promise<void>>();
  const flush = async () => {
    if (batch.length === 0) return;
    const docs = batch;
    batch = [];
    while (inflight.size >= parallel) await Promise.race(inflight);
    const write: Promise<void> = writeNewDocuments(database.db, docs, known).then((r) => {
      documents += r.inserted.size;
      claims += r.claims;
      inflight.delete(write);
    });
    inflight.add(write);
  };
  const started = performance.now();
  const cpu0 = process.cpuUsage();
  const server0 = await serverCpu(database);
  for await (const line of readLines(PREPARED)) {
    if (!line) continue;
    batch.push(JSON.parse(line) as PreparedDocument);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  await Promise.all(inflight);
  const seconds = (performance.now() - started) / 1000;
  const cpuSeconds = cpuSince(cpu0);
  const server1 = await serverCpu(database);
  await database.close();
  const serverCpuSeconds = server0 !== null && server1 !== null ? server1 - server0 : null;
  return { backend, mode: "write", documents, claims, seconds, maxRssMB: mb(), load: loadavg()[0], cpuSeconds, serverCpuSeconds };
}

/**
 * Lines of a file, pulled a 1 MB chunk at a time. (readline pushes lines as
 * fast as the disk reads them, so a slow consumer ends up holding much of the
 * file in memory, which would be the harness's memory, not the ingest's.)
 */
async function* readLines(file: string): AsyncGenerator<string> {
  const handle = await open(file, "r");
  const decoder = new StringDecoder("utf8");
  const chunk = Buffer.alloc(1 << 20);
  let rest = "";
  try {
    for (;;) {
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      const lines = (rest + decoder.write(chunk.subarray(0, bytesRead))).split("\n");
      rest = lines.pop()!;
      yield* lines;
    }
    rest += decoder.end();
    if (rest) yield rest;
  } finally {
    await handle.close();
  }
}

/** Creating a PGlite database (initdb) peaks near 1 GB once; done apart so the ingest figures are the ingest's. */
async function workerInit(backend: string, target: string): Promise<Result> {
  const database = await openTarget(backend, target);
  await database.close();
  return { backend, mode: "init", documents: 0, claims: 0, seconds: 0, maxRssMB: mb() };
}

async function workerEndToEnd(backend: string, target: string, batchSize: number, workers: number): Promise<Result> {
  const database = await openTarget(backend, target);
  const started = performance.now();
  const cpu0 = process.cpuUsage();
  const server0 = await serverCpu(database);
  // As the CLI does it (cli/ingest.ts); the pool's start-up is inside the timing.
  const summary = await ingestStream(database.db, readInputs(await listInputs([CORPUS])), {
    pipeline: database.kind === "postgres",
    batchDocuments: batchSize,
    preparer: workers > 0 ? () => createPreparePool(workers) : undefined,
  });
  const seconds = (performance.now() - started) / 1000;
  const cpuSeconds = cpuSince(cpu0);
  const server1 = await serverCpu(database);
  await database.close();
  if (summary.failed > 0) throw new Error(`${summary.failed} documents failed`);
  const serverCpuSeconds = server0 !== null && server1 !== null ? server1 - server0 : null;
  return { backend, mode: "end-to-end", workers, documents: summary.new, claims: summary.claims, seconds, maxRssMB: mb(), load: loadavg()[0], cpuSeconds, serverCpuSeconds };
}

// ---------------------------------------------------------------- driver

async function prepareCorpus(count: number, seed: number) {
  // `prepared`: the shape of a prepared document (2: claims as COPY lines); a change re-prepares the corpus.
  const meta = JSON.stringify({ count, seed, extractor: EXTRACTOR_VERSION, prepared: 2 });
  if (existsSync(META) && readFileSync(META, "utf8") === meta && existsSync(PREPARED)) {
    console.log(`corpus: reusing ${count} documents in ${path.relative(ROOT, CORPUS)} (seed ${seed}, extractor v${EXTRACTOR_VERSION})`);
    return null;
  }
  rmSync(BENCH_DIR, { recursive: true, force: true });
  mkdirSync(CORPUS, { recursive: true });
  const out = createWriteStream(PREPARED);
  let bytes = 0;
  let claims = 0;
  let extractSeconds = 0;
  for (const doc of generateDocuments({ count, seed })) {
    const raw = Buffer.from(doc.text);
    bytes += raw.length;
    writeFileSync(path.join(CORPUS, doc.fileName), raw);
    const started = performance.now();
    // The write-only run needs only the COPY lines, as from a worker thread.
    const p = prepareDocument({ bytes: raw, fileName: doc.fileName, sourcePath: path.join(CORPUS, doc.fileName) }, undefined, { keepClaims: false });
    extractSeconds += (performance.now() - started) / 1000;
    claims += p.claimCount;
    if (!out.write(JSON.stringify(p) + "\n")) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  writeFileSync(META, meta);
  const extract = { documents: count, claims, seconds: extractSeconds, mb: bytes / 1048576 };
  console.log(
    `corpus: ${count} documents, ${extract.mb.toFixed(1)} MB, ${claims} claims; extractor alone ${fmt(count / extractSeconds)} docs/s, ${fmt(claims / extractSeconds)} claims/s`,
  );
  return extract;
}

let parallelArg = "1";
function runWorker(mode: string, backend: string, target: string, batch: string, workers = 0): Promise<Result> {
  return new Promise((resolve, reject) => {
    const args = ["--worker", mode, "--backend", backend, "--target", target, "--batch", batch, "--parallel", parallelArg, "--workers", String(workers)];
    const child = spawn(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), ...args], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (out += d));
    child.on("close", (code) => {
      const line = out.trim().split("\n").at(-1);
      if (code === 0 && line) resolve(JSON.parse(line) as Result);
      else reject(new Error(`${mode} on ${backend} exited with ${code}: ${out}`));
    });
  });
}

async function serverReachable(): Promise<boolean> {
  const sql = postgres(SERVER_URL, { max: 1, connect_timeout: 3, onnotice: () => {} });
  try {
    await sql`select 1`;
    return true;
  } catch {
    return false;
  } finally {
    await sql.end({ timeout: 1 });
  }
}

async function withTarget<T>(backend: string, fn: (target: string) => Promise<T>): Promise<T> {
  if (backend === "pglite") {
    const dir = mkdtempSync(path.join(tmpdir(), "qj-bench-"));
    try {
      return await fn(path.join(dir, "pglite"));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const name = `bench_ingest_${randomBytes(5).toString("hex")}`;
  const admin = postgres(SERVER_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  try {
    return await fn(url.toString());
  } finally {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

/** CPU µs per claim: this process (all threads) + the database server's backends. */
function cpuPerClaim(r: Result): string {
  if (r.cpuSeconds === undefined || r.claims === 0) return "—";
  const own = (r.cpuSeconds * 1e6) / r.claims;
  const server = r.serverCpuSeconds == null ? null : (r.serverCpuSeconds * 1e6) / r.claims;
  return server === null ? `${own.toFixed(0)} (server n/a)` : `${(own + server).toFixed(0)} (${own.toFixed(0)} + ${server.toFixed(0)})`;
}

/** What the machine's cores could do if nothing else ran and the work spread over all of them: cores ÷ CPU per claim. */
function ceiling(r: Result): string {
  if (r.cpuSeconds === undefined || r.claims === 0) return "—";
  const total = r.cpuSeconds + (r.serverCpuSeconds ?? 0);
  const spread = r.mode === "end-to-end" && (r.workers ?? 0) > 0;
  return spread ? fmt((availableParallelism() * r.claims) / total) : "—";
}

async function main() {
  const { values } = parseArgs({
    options: {
      count: { type: "string", default: "10000" },
      seed: { type: "string", default: "1" },
      worker: { type: "string" },
      backend: { type: "string" },
      target: { type: "string" },
      only: { type: "string" },
      /** Documents per write transaction (the CLI's default is the same). */
      batch: { type: "string", default: String(DEFAULT_BATCH_DOCUMENTS) },
      /** Write transactions in flight at once against the server (PGlite runs one at a time anyway). */
      parallel: { type: "string", default: "2" },
      /** Extraction threads of the end-to-end runs: a comma-separated list (0 = main thread). */
      workers: { type: "string", default: `0,1,${availableParallelism()}` },
    },
  });
  if (values.worker) {
    const batch = Number(values.batch);
    const [backend, target] = [values.backend!, values.target!];
    const result =
      values.worker === "init"
        ? await workerInit(backend, target)
        : values.worker === "write"
          ? await workerWrite(backend, target, batch, backend === "postgres" ? Number(values.parallel) : 1)
          : await workerEndToEnd(backend, target, batch, Number(values.workers));
    console.log(JSON.stringify(result));
    return;
  }
  parallelArg = values.parallel!;
  const count = Number(values.count);
  await prepareCorpus(count, Number(values.seed));
  const backends = ["pglite"];
  if (await serverReachable()) backends.push("postgres");
  else console.log(`postgres: ${SERVER_URL} not reachable, skipped`);
  const results: Result[] = [];
  const workerCounts = values.workers!.split(",").map((w) => Number(w.trim()));
  if (workerCounts.some((w) => !Number.isInteger(w) || w < 0)) throw new Error(`--workers: whole numbers, not '${values.workers}'`);
  const runs = [{ mode: "write", workers: 0 }, ...workerCounts.map((workers) => ({ mode: "end-to-end", workers }))];
  const label = (r: Result) => (r.mode === "write" ? "write only" : `end to end, ${r.workers ? `${r.workers} worker${r.workers > 1 ? "s" : ""}` : "main thread"}`);
  console.log(`load average ${loadavg().map((x) => x.toFixed(1)).join(" ")} on ${availableParallelism()} cores before the runs`);
  for (const backend of backends.filter((b) => !values.only || b === values.only)) {
    for (const run of runs) {
      const r = await withTarget(backend, async (target) => {
        if (backend === "pglite") {
          const init = await runWorker("init", backend, target, values.batch!);
          console.log(`pglite   creating the database (initdb, once per folder) peaks at ${Math.round(init.maxRssMB)} MB RSS`);
        }
        return runWorker(run.mode, backend, target, values.batch!, run.workers);
      });
      results.push(r);
      console.log(
        `${backend.padEnd(8)} ${label(r).padEnd(24)} ${fmt(r.documents)} docs, ${fmt(r.claims)} claims in ${r.seconds.toFixed(1)} s: ` +
          `${fmt(r.documents / r.seconds)} docs/s, ${fmt(r.claims / r.seconds)} claims/s, peak RSS ${Math.round(r.maxRssMB)} MB, load ${r.load?.toFixed(1)}; ` +
          `CPU per claim ${cpuPerClaim(r)}`,
      );
    }
  }
  console.log("\n| backend | mode | documents/s | claims/s | peak RSS | load | CPU µs per claim (ingest + server) | claims/s on idle cores (ceiling) |\n|---|---|---:|---:|---:|---:|---:|---:|");
  for (const r of results) {
    console.log(
      `| ${r.backend} | ${label(r)} | ${fmt(r.documents / r.seconds)} | ${fmt(r.claims / r.seconds)} | ${Math.round(r.maxRssMB)} MB | ${r.load?.toFixed(1)} | ${cpuPerClaim(r)} | ${ceiling(r)} |`,
    );
  }
}

main().catch((err) => {
  console.error(`bench: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  process.exit(1);
});
