// npm run bench:web — server time of the overview and an indicator page over
// ≥ 1,000,000 claims in the real PostgreSQL server, and first-load JS per page.
// (A benchmark, not a test: it prints figures, it asserts nothing.)
//
// 1. creates a throwaway database on the local server, migrates it, upserts the
//    extractor's catalogue and generates the claims in SQL (bench/generate-claims.ts);
// 2. builds into .next-bench (NEXT_DIST_DIR) so the normal build is untouched;
// 3. starts `next start` on loopback against that database;
// 4. requests each page once cold, then ≥ 50 times one after another, and
//    reports median and p95 of the time to the last byte;
// 5. reads first-load JS from .next-bench/diagnostics/route-bundle-stats.json
//    (uncompressed, as Next 16 reports it) and gzips the same chunks;
// 6. drops the database.
//
//   npm run bench:web -- [--claims 1000000] [--requests 60] [--port 3230] [--skip-build] [--keep]
//                        [--database postgres://…/t_bench_web_… (reuse a kept one)]
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import postgres from "postgres";
import { z } from "zod";
import { keepTree } from "./keep-tree";
import { openDatabase } from "@/db/client";
import { ensureIndicators } from "@/ingest/indicators";
import { generateClaims } from "./generate-claims";

const Args = z.object({
  claims: z.coerce.number().int().min(1).default(1_000_000),
  requests: z.coerce.number().int().min(1).default(60),
  port: z.coerce.number().int().min(1024).max(65535).default(3230),
  server: z.url().default("postgres://postgres@127.0.0.1:5432/test"),
  "skip-build": z.boolean().default(false),
  keep: z.boolean().default(false),
  /** Reuse a database kept by an earlier --keep run instead of generating one (for iterating on the web side). */
  database: z.url().optional(),
});
const { values } = parseArgs({
  options: {
    claims: { type: "string" },
    requests: { type: "string" },
    port: { type: "string" },
    server: { type: "string" },
    "skip-build": { type: "boolean" },
    keep: { type: "boolean" },
    database: { type: "string" },
  },
  strict: true,
});
const args = Args.parse(values);
const root = path.resolve(import.meta.dirname, "..");
// NEXT_DIST_DIR lets a second checkout bench beside another without sharing a build folder.
const DIST = process.env.NEXT_DIST_DIR || ".next-bench";
const base = `http://127.0.0.1:${args.port}`;
const log = (...m: unknown[]) => console.error("[bench:web]", ...m);

function dbUrl(name: string): string {
  const u = new URL(args.server);
  u.pathname = `/${name}`;
  return u.toString();
}

async function waitReady(child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      const r = await fetch(`${base}/icon.svg`);
      if (r.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error("next start did not become ready");
}

/** Bytes of the last response per URL: the HTML a reader downloads (React's payload is inside it). */
const lastBytes = new Map<string, number>();

async function timeOnce(url: string, expect = 200): Promise<number> {
  const t0 = performance.now();
  const r = await fetch(url);
  const body = await r.arrayBuffer();
  if (r.status !== expect) throw new Error(`${url}: HTTP ${r.status}`);
  const ms = performance.now() - t0;
  lastBytes.set(url, body.byteLength);
  return ms;
}

function quantile(sorted: number[], q: number): number {
  // Nearest rank: p95 of 60 samples is the 57th.
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

function firstLoadJs(route: string): { raw: number; gzip: number } | null {
  const file = path.join(root, DIST, "diagnostics", "route-bundle-stats.json");
  if (!existsSync(file)) return null;
  const stats = z
    .array(z.object({ route: z.string(), firstLoadUncompressedJsBytes: z.number(), firstLoadChunkPaths: z.array(z.string()) }))
    .parse(JSON.parse(readFileSync(file, "utf8")));
  const entry = stats.find((s) => s.route === route);
  if (!entry) return null;
  const gzip = entry.firstLoadChunkPaths.reduce((sum, p) => sum + gzipSync(readFileSync(path.join(root, p))).length, 0);
  return { raw: entry.firstLoadUncompressedJsBytes, gzip };
}

async function main() {
  const restoreTree = keepTree(root);
  const reuse = args.database;
  const name = reuse ? new URL(reuse).pathname.slice(1) : `t_bench_web_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e6)}`;
  const admin = postgres(args.server, { max: 1, onnotice: () => {} });
  if (!reuse) await admin.unsafe(`create database ${name}`);
  const url = reuse ?? dbUrl(name);
  let server: ChildProcess | null = null;
  try {
    log(`database ${name}`);
    const sql = postgres(url, { max: 1, onnotice: () => {} });
    if (!reuse) {
      const database = await openDatabase({ url });
      await ensureIndicators(database.db);
      await database.close();
      const t0 = performance.now();
      const gen = await generateClaims(sql, { claims: args.claims });
      log(`generated ${gen.claims} claims on ${gen.documents} documents in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
    const [{ total }] = await sql<{ total: number }[]>`select count(*)::int as total from claims`;
    // The most documented series indicator (not an event one) in the home area: the page compared with city and province.
    const [top] = await sql<{ id: string; n: number }[]>`
      select c.indicator_id as id, count(*)::int as n from claims c join indicators i on i.id = c.indicator_id
      where i.kind <> 'event' and c.area_code = '330803'
      group by 1 order by 2 desc, 1 limit 1`;
    const [event] = await sql<{ id: string; n: number }[]>`
      select c.indicator_id as id, count(*)::int as n from claims c join indicators i on i.id = c.indicator_id
      where i.kind = 'event' and c.area_code = '330803'
      group by 1 order by 2 desc, 1 limit 1`;
    await sql.end();

    if (!args["skip-build"] || !existsSync(path.join(root, DIST, "BUILD_ID"))) {
      log("next build →", DIST);
      const b = spawnSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], {
        cwd: root,
        // Build output to stderr: the figures alone go to stdout.
        stdio: ["ignore", process.stderr, "inherit"],
        env: { ...process.env, NEXT_DIST_DIR: DIST },
      });
      if (b.status !== 0) throw new Error("next build failed");
    }
    server = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-H", "127.0.0.1", "-p", String(args.port)], {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
      // PAGE_CACHE=off: measure rendering, not the proxy's HTML cache (fetch's Accept: */* bypasses it anyway).
      env: { ...process.env, NEXT_DIST_DIR: DIST, DATABASE_URL: url, NODE_ENV: "production", SITE_PASSWORD: "", PAGE_CACHE: "off" },
    });
    await waitReady(server);

    // The static icon measures the machine, not the app: on a shared, loaded machine every figure moves with it.
    const pages = [
      { label: "baseline: static /icon.svg", route: "", url: `${base}/icon.svg` },
      // A dynamic page that reads no data: what Next (proxy, layout, streaming) costs before our queries and charts.
      { label: "baseline: dynamic page, no data (/articles/0, a 404)", route: "", url: `${base}/articles/0`, status: 404 },
      { label: "overview (home area 衢江区)", route: "/", url: `${base}/` },
      { label: "overview, every area", route: "/", url: `${base}/?area=all` },
      {
        label: `indicator, area and compare (${top.id}, ${top.n} claims in 衢江区)`,
        route: "/indicators/[id]",
        url: `${base}/indicators/${top.id}?area=330803&compare=330800,330000`,
      },
      { label: `peers view (${top.id}, 衢江区 among the counties of 衢州市)`, route: "/indicators/[id]", url: `${base}/indicators/${top.id}?view=peers&area=330803` },
      ...(event
        ? [{ label: `event indicator (${event.id}, ${event.n} claims in 衢江区)`, route: "/indicators/[id]", url: `${base}/indicators/${event.id}` }]
        : []),
    ];
    const results = [];
    for (const p of pages) {
      const status = "status" in p ? (p.status as number) : 200;
      const cold = await timeOnce(p.url, status);
      const times: number[] = [];
      for (let i = 0; i < args.requests; i++) times.push(await timeOnce(p.url, status));
      times.sort((a, b) => a - b);
      results.push({ ...p, cold, median: quantile(times, 0.5), p95: quantile(times, 0.95), bytes: lastBytes.get(p.url) ?? 0, js: firstLoadJs(p.route) });
    }
    const kB = (n: number) => `${(n / 1024).toFixed(0)} kB`;
    const load = (await import("node:os")).loadavg()[0].toFixed(1);
    console.log(`\nbench:web — ${total.toLocaleString("en-US")} claims, PostgreSQL, ${args.requests} sequential requests per page after one cold request; load average ${load}`);
    console.log("page | cold ms | median ms | p95 ms | HTML | first-load JS (uncompressed / gzip)");
    for (const r of results) {
      const js = r.js ? `${kB(r.js.raw)} / ${kB(r.js.gzip)}` : "n/a";
      console.log(`${r.label} | ${r.cold.toFixed(0)} | ${r.median.toFixed(1)} | ${r.p95.toFixed(1)} | ${kB(r.bytes)} | ${js}`);
    }
    const ov = results[2];
    const ind = results[4];
    const timed = results.slice(2, 6);
    console.log(
      `targets: first request after start < 1 s: ${results[2].cold < 1000 ? "met" : "NOT met"} (${results[2].cold.toFixed(0)} ms); ` +
        `p95 < 100 ms, overview (home and every area), indicator with area and compare, peers: ${timed.every((r) => r.p95 < 100) ? "met" : "NOT met"}; ` +
        `first-load JS (gzip) overview < 250 kB: ${ov.js && ov.js.gzip < 250 * 1024 ? "met" : "NOT met"}, indicator ≤ 200 kB: ${
          ind.js && ind.js.gzip <= 200 * 1024 ? "met" : "NOT met"
        }`,
    );
  } finally {
    restoreTree();
    if (server && server.exitCode === null) {
      server.kill("SIGTERM");
      await new Promise((r) => setTimeout(r, 500));
    }
    if (!args.keep && !reuse) {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      log(`dropped ${name}`);
    } else log(`kept ${name}: ${url}`);
    await admin.end();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
