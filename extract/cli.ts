// npm run --silent extract -- [--jsonl] FILE... ('-' reads stdin)
// Prints one claim per line (the record of docs/claims.md without `core`,
// plus start, end, indicator, areaCode, periodKind, periodSource, areaSource,
// breakdown) or a readable table. Touches no database. HOME_AREA (a code or
// full name; 衢江区 by default) is the home of pages whose paper names none. A
// file that cannot be read gets a one-line error on stderr; the others still
// print and the exit code is non-zero.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { z } from "zod";
import { readSource } from "./source";
import { extractDocument } from "./index";
import { lookupArea } from "./areas/gazetteer";
import type { Claim } from "./types";

const Args = z
  .object({
    jsonl: z.boolean(),
    files: z.array(z.string().min(1)).min(1, "no input: give FILE... or - for stdin"),
  })
  .strict();
type Args = z.infer<typeof Args>;

const USAGE = "usage: extract [--jsonl] FILE... ('-' reads stdin)";

export function parseArgs(argv: readonly string[]): Args {
  let jsonl = false;
  const files: string[] = [];
  let onlyFiles = false;
  for (const a of argv) {
    if (!onlyFiles && a === "--") onlyFiles = true;
    else if (!onlyFiles && a === "--jsonl") jsonl = true;
    else if (!onlyFiles && (a === "-h" || a === "--help")) throw new UsageError(USAGE);
    else if (!onlyFiles && a.startsWith("--")) throw new UsageError(`unknown option ${a}\n${USAGE}`);
    else files.push(a);
  }
  const r = Args.safeParse({ jsonl, files });
  if (!r.success) throw new UsageError(`${r.error.issues.map((i) => i.message).join("; ")}\n${USAGE}`);
  return r.data;
}

class UsageError extends Error {}

/** The output record: docs/claims.md field order first, then the extras. */
export function toRecord(doc: string, c: Claim) {
  return {
    doc,
    quote: c.quote,
    value: c.value,
    unit: c.unit,
    qualifier: c.qualifier,
    metric: c.metric,
    subject: c.subject,
    area: c.area,
    sector: c.sector,
    period: c.period,
    cumulative: c.cumulative,
    status: c.status,
    start: c.start,
    end: c.end,
    indicator: c.indicator,
    areaCode: c.areaCode,
    periodKind: c.periodKind,
    periodSource: c.periodSource,
    areaSource: c.areaSource,
    breakdown: c.breakdown,
    indicatorSource: c.indicatorSource ?? null,
    indicatorCue: c.indicatorCue ?? null,
    statusCue: c.statusCue ?? null,
    sectorCue: c.sectorCue ?? null,
  };
}

function readInput(file: string): Uint8Array {
  return file === "-" ? readFileSync(0) : readFileSync(file);
}

const width = (s: string) => [...s].reduce((n, ch) => n + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
const padTo = (s: string, w: number) => s + " ".repeat(Math.max(0, w - width(s)));
const cut = (s: string, w: number) => {
  let out = "";
  for (const ch of s) {
    if (width(out + ch) > w) return out + "…";
    out += ch;
  }
  return out;
};

function printTable(doc: string, claims: Claim[], out: (s: string) => void) {
  out(`${doc}: ${claims.length} claims`);
  for (const c of claims) {
    const q = { eq: "=", gt: ">", gte: "≥", lt: "<", approx: "≈" }[c.qualifier];
    out(
      `  ${padTo(`${q}${c.value} ${c.unit}`, 18)} ${padTo(c.sector, 11)} ${padTo(c.period ?? "-", 10)} ${padTo(c.area ?? "-", 8)} ${padTo(c.status, 6)} ${padTo(cut(c.metric, 16), 18)} ${cut(c.quote, 40)}`,
    );
  }
}

/** HOME_AREA from the environment: blank is unset; an area the gazetteer does not know is an error. */
const HomeArea = z
  .string()
  .trim()
  .max(40)
  .optional()
  .transform((v) => v || undefined)
  .refine((v) => v === undefined || lookupArea(v) !== null, { message: "HOME_AREA is no known area (give a GB/T 2260 code such as 330803 or a full name such as 衢江区)" });

export function main(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): number {
  let args: Args;
  const home = HomeArea.safeParse(env.HOME_AREA);
  try {
    args = parseArgs(argv);
    if (!home.success) throw new UsageError(home.error.issues[0].message);
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    return 2;
  }
  let failed = 0;
  const lines: string[] = [];
  const flush = () => {
    if (lines.length) process.stdout.write(lines.join("\n") + "\n");
    lines.length = 0;
  };
  for (const file of args.files) {
    const doc = file === "-" ? "stdin" : basename(file);
    try {
      const source = readSource(readInput(file), doc);
      const result = extractDocument(source.text, { fileName: doc, frontMatter: source.frontMatter, homeArea: home.data });
      if (args.jsonl) for (const c of result.claims) lines.push(JSON.stringify(toRecord(doc, c)));
      else printTable(doc, result.claims, (s) => lines.push(s));
      flush();
    } catch (e) {
      failed++;
      const err = e as NodeJS.ErrnoException;
      const reason = err.code === "ENOENT" ? "no such file" : err.code === "EISDIR" ? "is a directory" : err.code === "EACCES" ? "permission denied" : (err.message || String(e)).split("\n")[0];
      process.stderr.write(`extract: ${file}: ${reason}\n`);
    }
  }
  return failed ? 1 : 0;
}

const invokedDirectly = process.argv[1] && /extract[\\/]cli\.ts$/.test(process.argv[1]);
if (invokedDirectly) process.exitCode = main(process.argv.slice(2));
