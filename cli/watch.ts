// npm run watch -- [--interval 15m] [--sources FILE] [--once] SOURCE...
//
// Keeps a server deployment up to date: every interval, reads each source (a
// feed, a site map, a page or a PDF edition URL) and ingests what is not
// stored yet, logging one line per added or failed item and one per round.
// Feeds' stored items are not fetched again, so a round over an unchanged
// feed costs one request per feed. SIGTERM/SIGINT finish the current item's
// write and exit 0 (a systemd stop or `docker stop` loses nothing).
//
// A sources file lists one URL per line; blank lines and lines starting with #
// are ignored. It is re-read every round, so sources can be added without a restart.
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { openDatabase } from "@/db/client";
import { fetchConfigFromEnv, fromUrls, isUrl, PoliteFetcher, URL_BATCH_DOCUMENTS } from "@/ingest/sources/index";
import { ingestStream, oneLine, storedByUrl, type IngestItem, type IngestOutcome } from "@/ingest/index";
import { parseDuration, parseSourcesFile } from "@/ingest/watch";

const USAGE = `usage: npm run watch -- [--interval DURATION] [--sources FILE] [--once] [URL...]
  URL               a feed, site map, article page or PDF edition (http or https)
  --sources FILE    more URLs, one per line (# comments), re-read every round
  --interval D      time between two rounds: 90s, 15m, 1h (default WATCH_INTERVAL, else 15m; at least 10s)
  --once            one round, then exit (for cron or a systemd timer)
env: as npm run ingest (DATABASE_URL, FETCH_*)`;

const stamp = () => new Date().toISOString().replace(/\.\d+Z$/, "Z");
const log = (line: string) => process.stdout.write(`${stamp()} ${line}\n`);

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { interval: { type: "string" }, sources: { type: "string" }, once: { type: "boolean" }, help: { type: "boolean", short: "h" } },
    });
  } catch (err) {
    console.error(`${oneLine(err)}\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    console.error(USAGE);
    return 0;
  }
  const intervalText = parsed.values.interval ?? process.env.WATCH_INTERVAL ?? "15m";
  const interval = parseDuration(intervalText);
  if (interval === null || interval < 10_000) {
    console.error(`watch: --interval must be a duration of at least 10s (90s, 15m, 1h), not '${intervalText}'`);
    return 2;
  }
  const bad = parsed.positionals.filter((p) => !isUrl(p));
  if (bad.length) {
    console.error(`watch: not an http(s) URL: ${bad.join(", ")}\n${USAGE}`);
    return 2;
  }
  if (parsed.positionals.length === 0 && !parsed.values.sources) {
    console.error(USAGE);
    return 2;
  }
  let fetchConfig;
  try {
    fetchConfig = fetchConfigFromEnv();
  } catch (err) {
    console.error(`watch: ${oneLine(err)}`);
    return 2;
  }

  let stopping = false;
  let wake: (() => void) | null = null;
  const stop = (signal: string) => {
    if (!stopping) log(`${signal}: stopping after the current item`);
    stopping = true;
    wake?.();
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));

  const database = await openDatabase();
  log(`watch: ${database.kind} (${database.location}), every ${intervalText}`);
  // One fetcher for the life of the process: robots.txt is read once per site, and per-host delays hold across rounds.
  const fetcher = new PoliteFetcher(fetchConfig);
  let failedRounds = 0;
  try {
    for (let round = 1; !stopping; round++) {
      let urls = [...parsed.positionals];
      if (parsed.values.sources) {
        try {
          const file = parseSourcesFile(await readFile(parsed.values.sources, "utf8"));
          for (const e of file.errors) log(`${parsed.values.sources}: ${e}`);
          urls = [...new Set([...urls, ...file.urls])];
        } catch (err) {
          log(`${parsed.values.sources}: cannot read: ${oneLine(err)}`);
        }
      }
      const counts = { new: 0, reExtracted: 0, unchanged: 0, failed: 0, claims: 0 };
      const started = Date.now();
      const items = fromUrls(urls, { fetcher, stored: (list) => storedByUrl(database.db, list) });
      // Stop between items: the item being written is finished, the rest waits for the next start.
      async function* untilStopped(source: AsyncIterable<IngestItem>) {
        for await (const item of source) {
          if (stopping) return;
          yield item;
        }
      }
      try {
        await ingestStream(database.db, untilStopped(items), {
          batchDocuments: URL_BATCH_DOCUMENTS,
          onOutcome: (o: IngestOutcome) => {
            if (o.status === "new") counts.new++;
            else if (o.status === "re-extracted") counts.reExtracted++;
            else if (o.status === "failed") counts.failed++;
            else counts.unchanged++;
            counts.claims += o.claims;
            if (o.status === "failed") log(`${o.sourcePath}: ${o.reason}`);
            else if (o.status !== "unchanged") log(`${o.status} ${o.sourcePath} (${o.claims} claims)`);
          },
        });
        failedRounds = 0;
      } catch (err) {
        // The database went away, say: log it and try again next round.
        failedRounds++;
        log(`round ${round} failed: ${oneLine(err)}`);
      }
      log(
        `round ${round}: ${urls.length} sources, ${counts.new} new, ${counts.reExtracted} re-extracted, ${counts.unchanged} unchanged, ` +
          `${counts.failed} failed, ${counts.claims} claims, ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
      if (parsed.values.once || stopping) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, interval);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = null;
    }
  } finally {
    await database.close();
  }
  log("watch: stopped");
  return failedRounds > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    console.error(`watch: ${oneLine(err)}`);
    process.exit(2);
  },
);
