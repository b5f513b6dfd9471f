// npm run bench:load — the dashboard under load on the real PostgreSQL.
//
// Creates a throwaway database on the local server, ingests the bundled sample
// pages, adds ≥ 1,000,000 generated claims (bench/generate-claims.ts), builds
// into .next-load (NEXT_DIST_DIR, so other builds are untouched), starts
// `next start` on 127.0.0.1 only and drives the overview, an indicator page and
// the claims API with autocannon for a bounded time at each connection count.
// Prints requests/s, p50/p99 latency and errors; drops the database at the end.
//
//   npm run bench:load -- [--claims 1000000] [--duration 20] [--connections 2,20]
//                         [--port 3210] [--skip-build] [--keep]
//                         [--server postgres://postgres@127.0.0.1:5432/test]
//                         [--claims-api '/claims/export?format=json&…']
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import postgres from "postgres";
import { z } from "zod";
import { keepTree } from "./keep-tree";
import { openDatabase } from "@/db/client";
import { ingestStream } from "@/ingest";
import { generateClaims } from "./generate-claims";

const Args = z.object({
  claims: z.coerce.number().int().min(1).default(1_000_000),
  duration: z.coerce.number().int().min(1).max(120).default(20),
  connections: z
    .string()
    .default("2,20")
    .transform((s) => s.split(",").map(Number))
    .pipe(z.array(z.number().int().min(1).max(200)).min(1)),
  port: z.coerce.number().int().min(1024).max(65535).default(3210),
  server: z.url().default("postgres://postgres@127.0.0.1:5432/test"),
  "claims-api": z.string().startsWith("/").optional(),
  "skip-build": z.boolean().default(false),
  keep: z.boolean().default(false),
});

const { values } = parseArgs({
  options: {
    claims: { type: "string" },
    duration: { type: "string" },
    connections: { type: "string" },
    port: { type: "string" },
    server: { type: "string" },
    "claims-api": { type: "string" },
    "skip-build": { type: "boolean" },
    keep: { type: "boolean" },
  },
  strict: true,
});
const args = Args.parse(values);

const root = path.resolve(import.meta.dirname, "..");
const DIST = process.env.NEXT_DIST_DIR || ".next-load";
const HOST = "127.0.0.1"; // loopback only: this never leaves the machine
const base = `http://${HOST}:${args.port}`;
const log = (...m: unknown[]) => console.error("[bench:load]", ...m);

function databaseUrl(server: string, name: string): string {
  const u = new URL(server);
  u.pathname = `/${name}`;
  return u.toString();
}

async function prepareDatabase(url: string) {
  const database = await openDatabase({ url });
  try {
    const seedDir = path.join(root, "db/seed");
    const files = readdirSync(seedDir).filter((f) => /\.(txt|md|html?)$/.test(f));
    const summary = await ingestStream(
      database.db,
      files.map((f) => ({ bytes: readFileSync(path.join(seedDir, f)), fileName: f })),
    );
    log(`seed pages: ${summary.new} new, ${summary.claims} claims`);
  } finally {
    await database.close();
  }
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const t = performance.now();
    const g = await generateClaims(sql, { claims: args.claims });
    log(`generated ${g.claims} claims on ${g.documents} pages in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    const [{ total }] = await sql<{ total: number }[]>`select count(*)::int as total from claims`;
    const [busiest] = await sql<{ id: string; n: number }[]>`
      select indicator_id as id, count(*)::int as n from claims where indicator_id is not null
      group by indicator_id order by n desc limit 1`;
    return { total, indicator: busiest };
  } finally {
    await sql.end();
  }
}

function build() {
  if (args["skip-build"] && existsSync(path.join(root, DIST, "BUILD_ID"))) {
    log(`reusing ${DIST}`);
    return;
  }
  log(`next build → ${DIST} (a few minutes on 2 cores)`);
  const r = spawnSync("npx", ["next", "build"], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, NEXT_DIST_DIR: DIST, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (r.status !== 0) throw new Error(`next build failed (exit ${r.status})`);
}

function startServer(url: string): ChildProcess {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_DIST_DIR: DIST, DATABASE_URL: url, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" };
  // A benchmark measures reading; the site sign-in stays off.
  delete env.SITE_PASSWORD;
  const child = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-H", HOST, "-p", String(args.port)], {
    cwd: root,
    env,
    stdio: ["ignore", "ignore", "inherit"],
    detached: true, // its own process group, so we can stop exactly it and its children
  });
  return child;
}

/** Stops the server's process group and waits for it, so no query outlives the database. */
async function stopServer(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      /* gone meanwhile */
    }
  }, 10_000);
  await exited;
  clearTimeout(timer);
}

async function waitReady(timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const r = await fetch(`${base}/`, { signal: AbortSignal.timeout(30_000) });
      if (r.status < 500) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server did not come up on ${base}`);
}

async function firstOk(paths: string[]): Promise<string | undefined> {
  for (const p of paths) {
    const r = await fetch(base + p).catch(() => undefined);
    if (r?.ok) return p;
  }
  return undefined;
}

interface Row {
  target: string;
  path: string;
  connections: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  requests: number;
}

const HTML_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

async function drive(target: string, p: string, connections: number): Promise<Row> {
  // Warm-up: first renders compile nothing in production, but fill caches and pools.
  for (let i = 0; i < 3; i++) await fetch(base + p, { headers: { accept: HTML_ACCEPT } }).then((r) => r.arrayBuffer()).catch(() => {});
  // Accept: text/html as a browser sends it: pages are then eligible for the
  // proxy's page cache (lib/proxy/page-cache.ts), exactly as for real visitors.
  const r = await autocannon({ url: base + p, connections, duration: args.duration, timeout: 10, headers: { accept: HTML_ACCEPT } });
  return {
    target,
    path: p,
    connections,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    requests: r.requests.total,
  };
}

async function main() {
  const restoreTree = keepTree(root);
  const name = `bench_load_${process.pid}_${Date.now().toString(36)}`;
  const url = databaseUrl(args.server, name);
  const admin = postgres(args.server, { max: 1, onnotice: () => {} });
  let server: ChildProcess | undefined;
  const cleanup = async () => {
    if (server) await stopServer(server);
    if (!args.keep) await admin.unsafe(`drop database if exists ${name} with (force)`).catch(() => {});
    await admin.end({ timeout: 5 });
  };
  process.once("SIGINT", () => void cleanup().then(() => process.exit(130)));
  try {
    await admin.unsafe(`create database ${name}`);
    log(`database ${name}`);
    const { total, indicator } = await prepareDatabase(url);
    build();
    server = startServer(url);
    await waitReady();

    // The claims explorer's JSON export, filtered the way a user narrows it.
    const id = encodeURIComponent(indicator?.id ?? "bench.port_throughput");
    const claimsApi = args["claims-api"] ?? (await firstOk([`/claims/export?format=json&indicator=${id}&from=2025-10&to=2025-12`]));
    const targets: [string, string][] = [
      ["overview", "/"],
      ["indicator", `/indicators/${encodeURIComponent(indicator?.id ?? "bench.port_throughput")}`],
    ];
    if (claimsApi) targets.push(["claims API", claimsApi]);
    else log("no claims API route answered; pass --claims-api PATH");
    // Baseline: a static bundle through the same server and proxy. On a shared
    // machine every figure moves with the load; this row says by how much.
    const home = await fetch(`${base}/`, { headers: { accept: HTML_ACCEPT } }).then((r) => r.text());
    const asset = /\/_next\/static\/[^"'\s]+\.js/.exec(home)?.[0];
    if (asset) targets.push(["static baseline", asset]);
    const loadBefore = loadavg();

    const rows: Row[] = [];
    for (const [target, p] of targets) {
      for (const c of args.connections) {
        log(`${target} ${p} × ${c} connections, ${args.duration} s`);
        rows.push(await drive(target, p, c));
      }
    }

    const fmt = (n: number, d = 0) => n.toFixed(d);
    const loadAfter = loadavg();
    console.log(
      `\nLoad on next start (${HOST}), PostgreSQL with ${total.toLocaleString("en")} claims, ${args.duration} s per row, ` +
        `page cache ${process.env.PAGE_CACHE === "off" ? "off" : "on"} (PAGE_CACHE=off to compare); ` +
        `load average ${fmt(loadBefore[0], 1)} before, ${fmt(loadAfter[0], 1)} after (2 cores)\n`,
    );
    console.log("| target | path | conns | req/s | p50 ms | p99 ms | errors | non-2xx | requests |");
    console.log("|---|---|--:|--:|--:|--:|--:|--:|--:|");
    for (const r of rows) {
      console.log(`| ${r.target} | \`${r.path}\` | ${r.connections} | ${fmt(r.rps, 1)} | ${fmt(r.p50)} | ${fmt(r.p99)} | ${r.errors} | ${r.non2xx} | ${r.requests} |`);
    }
    const overview = rows.filter((r) => r.target === "overview");
    const best = overview.reduce((a, b) => (b.rps > a.rps ? b : a), overview[0]);
    // Against the static file in the same run: the machine's load moves both alike.
    const staticAt20 = rows.find((r) => r.target === "static baseline" && r.connections === 20) ?? rows.find((r) => r.target === "static baseline");
    const overview20 = overview.find((r) => r.connections === 20) ?? best;
    const share = staticAt20 && overview20 ? overview20.rps / staticAt20.rps : 0;
    const pass = !!overview20 && share >= 0.75 && overview.every((r) => r.errors === 0 && r.non2xx === 0);
    console.log(
      `\nTarget (overview at 20 connections ≥ 75 % of the static baseline's req/s, zero errors): ${pass ? "met" : "NOT met"} — ${(share * 100).toFixed(0)} %` +
        (best ? ` — best ${fmt(best.rps, 1)} req/s at ${best.connections} connections, p99 ${fmt(best.p99)} ms` : ""),
    );
    process.exitCode = pass ? 0 : 1;
  } finally {
    restoreTree();
    await cleanup();
  }
}

await main();
