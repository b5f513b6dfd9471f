// npm run ingest -- PATH...   (files, folders, `-` for standard input)
// A progress bar when stderr is a terminal, plain log lines otherwise; one line
// `FILE: reason` per failure; a summary at the end; exit code 1 if anything failed.
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { openDatabase } from "../client";
import { listInputs, maxBytesFromEnv, readInputs } from "./files";
import { ingestStream, oneLine, type IngestOutcome, type IngestSummary } from "./index";

const USAGE = `usage: npm run ingest -- [--json] PATH...
  PATH    a .txt/.md/.html file, a folder (walked recursively), or - for standard input
  --json  print the summary as one JSON line on stdout
env: DATABASE_URL (real server) or PGLITE_DIR (embedded, default .data/pglite); INGEST_MAX_BYTES`;

export function formatSummary(s: IngestSummary): string {
  return (
    `ingest: ${s.new} new, ${s.unchanged} unchanged, ${s.reExtracted} re-extracted, ${s.failed} failed, ` +
    `${s.claims} claims written, ${s.seconds.toFixed(1)} s`
  );
}

function describe(o: IngestOutcome): string {
  switch (o.status) {
    case "failed":
      return `${o.sourcePath}: ${o.reason}`;
    case "new":
    case "re-extracted":
      return `${o.status} ${o.sourcePath} (${o.claims} claims)`;
    default:
      return `unchanged ${o.sourcePath}`;
  }
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: "boolean" }, help: { type: "boolean", short: "h" } } });
  } catch (err) {
    console.error(`${oneLine(err)}\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help || parsed.positionals.length === 0) {
    console.error(USAGE);
    return parsed.values.help ? 0 : 2;
  }

  const entries = await listInputs(parsed.positionals);
  const database = await openDatabase();
  const tty = Boolean(process.stderr.isTTY);
  const bars = tty
    ? new cliProgress.MultiBar(
        {
          stream: process.stderr,
          format: "ingest [{bar}] {value}/{total} | {new} new {reExtracted} re-extracted {unchanged} unchanged {failed} failed | {claims} claims",
          hideCursor: true,
          clearOnComplete: false,
        },
        cliProgress.Presets.shades_classic,
      )
    : null;
  const counts = { new: 0, reExtracted: 0, unchanged: 0, failed: 0, claims: 0 };
  const bar = bars?.create(entries.length, 0, counts);

  let summary: IngestSummary;
  try {
    summary = await ingestStream(database.db, readInputs(entries, maxBytesFromEnv()), {
      pipeline: database.kind === "postgres",
      onOutcome: (o) => {
        if (o.status === "failed") counts.failed++;
        else if (o.status === "unchanged") counts.unchanged++;
        else if (o.status === "re-extracted") counts.reExtracted++;
        else counts.new++;
        counts.claims += o.claims;
        const warnings = (o.warnings ?? []).map((w) => `${o.sourcePath}: warning: ${w}`);
        if (bars && bar) {
          if (o.status === "failed") bars.log(`${describe(o)}\n`);
          for (const w of warnings) bars.log(`${w}\n`);
          bar.increment(1, counts);
        } else {
          process.stderr.write(`${describe(o)}\n`);
          for (const w of warnings) process.stderr.write(`${w}\n`);
        }
      },
    });
  } finally {
    // Redraw once more: logged failure lines are only written on a redraw, which a short run may never reach.
    bars?.update();
    bars?.stop();
    await database.close();
  }
  console.log(formatSummary(summary));
  if (parsed.values.json) console.log(JSON.stringify(summary));
  return summary.failed > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    console.error(`ingest: ${oneLine(err)}`);
    process.exit(2);
  },
);
