// npm run ingest -- SOURCE...   (files, folders, `-` for standard input, URLs)
// A progress bar when stderr is a terminal, plain log lines otherwise; one line
// `FILE: reason` (or `URL: reason`) per failure; a summary at the end; exit code
// 1 if anything failed. Files are extracted on every core (a worker pool)
// with this process the one writer; URLs are fetched politely, one at a time.
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { openDatabase } from "@/db/client";
import { fetchConfigFromEnv, fromUrls, isUrl, PoliteFetcher, URL_BATCH_DOCUMENTS } from "@/ingest/sources/index";
import { listInputs, maxBytesFromEnv, readInputs } from "@/ingest/files";
import { emptySummary, ingestStream, oneLine, storedByUrl, type IngestOutcome, type IngestSummary } from "@/ingest/index";
import { createPreparePool, workersFromEnv } from "@/ingest/pool";

const USAGE = `usage: npm run ingest -- [--json] [--workers N] SOURCE...
  SOURCE       a .txt/.md/.html/.pdf file, a folder (walked recursively), - for standard input,
               or an http(s) URL: an article page, an RSS/Atom feed, a site map or a PDF edition
  --json       print the summary as one JSON line on stdout
  --workers N  extraction threads (default INGEST_WORKERS, else one per core; 0 = this thread)
env: DATABASE_URL (real server) or PGLITE_DIR (embedded, default .data/pglite); INGEST_MAX_BYTES;
     FETCH_USER_AGENT, FETCH_DELAY_MS, FETCH_TIMEOUT_MS, FETCH_RETRIES, FETCH_BACKOFF_MS, FETCH_ROBOTS`;


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
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: "boolean" }, workers: { type: "string" }, help: { type: "boolean", short: "h" } },
    });
  } catch (err) {
    console.error(`${oneLine(err)}\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help || parsed.positionals.length === 0) {
    console.error(USAGE);
    return parsed.values.help ? 0 : 2;
  }

  let workers: number;
  let fetchConfig;
  try {
    workers = workersFromEnv(parsed.values.workers === undefined ? process.env : { INGEST_WORKERS: parsed.values.workers });
    fetchConfig = fetchConfigFromEnv();
  } catch (err) {
    console.error(`ingest: ${oneLine(err)}`);
    return 2;
  }
  const urls = parsed.positionals.filter(isUrl);
  const entries = await listInputs(parsed.positionals.filter((p) => !isUrl(p)));
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
  // A feed's length is known only once it is read: the bar grows with it.
  const bar = bars?.create(entries.length + urls.length, 0, counts);

  const summary: IngestSummary = emptySummary();
  const add = (s: IngestSummary) => {
    summary.new += s.new;
    summary.unchanged += s.unchanged;
    summary.reExtracted += s.reExtracted;
    summary.failed += s.failed;
    summary.claims += s.claims;
    summary.seconds += s.seconds;
  };
  const common = {
    pipeline: database.kind === "postgres",
    onOutcome: (o: IngestOutcome) => {
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
  };
  try {
    if (entries.length > 0) {
      add(
        await ingestStream(database.db, readInputs(entries, maxBytesFromEnv()), {
          ...common,
          preparer: workers > 0 ? () => createPreparePool(workers) : undefined,
        }),
      );
    }
    if (urls.length > 0) {
      const fetcher = new PoliteFetcher(fetchConfig);
      const items = fromUrls(urls, {
        fetcher,
        stored: (list) => storedByUrl(database.db, list),
        onListing: (url, kind, listed, toFetch) => {
          bar?.setTotal(bar.getTotal() + listed - 1);
          const line = `${url}: ${kind}, ${listed} items, ${toFetch} to fetch`;
          if (bars) bars.log(`${line}\n`);
          else process.stderr.write(`${line}\n`);
        },
      });
      add(await ingestStream(database.db, items, { ...common, batchDocuments: URL_BATCH_DOCUMENTS }));
    }
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
