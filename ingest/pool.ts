// Extraction on every core: a pool of worker threads (piscina) that turn input
// bytes into prepared documents, while the main thread stays the one writer
// (batching and transactions unchanged, and PGlite's folder owned by this
// process alone: workers never open the database).
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import type { Preparer } from "./index";
import type { IngestInput } from "./prepare";
import type { PrepareResult, PrepareTask } from "./prepare-task";

const WORKER = fileURLToPath(new URL("./prepare-worker.mjs", import.meta.url));

/** INGEST_WORKERS, else one extraction thread per core. 0 extracts in the main thread. */
export function workersFromEnv(env: Record<string, string | undefined> = process.env): number {
  const raw = env.INGEST_WORKERS?.trim();
  if (raw) {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0 || n > 256) throw new Error(`INGEST_WORKERS must be a whole number from 0 to 256, not '${raw}'`);
    return n;
  }
  return availableParallelism();
}

/** A pool of `threads` extraction workers. Tasks queue when all are busy; close() when done. */
export function createPreparePool(threads: number): Preparer {
  const pool = new Piscina<PrepareTask, PrepareResult>({
    filename: WORKER,
    minThreads: threads,
    maxThreads: threads,
    // The worker registers tsx itself: inheriting the parent's loader flags would register it twice.
    execArgv: [],
    // Workers run whole documents, one at a time each; queued tasks wait in the main thread.
    concurrentTasksPerWorker: 1,
    idleTimeout: 60_000,
  });
  return {
    threads,
    prepare: (input: IngestInput, hash: string) => pool.run({ input, hash }),
    close: () => pool.destroy(),
  };
}
