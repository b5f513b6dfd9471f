// Ingest as a library: the CLI, `npm start`'s seeding, the benchmark and the
// web upload endpoint all go through ingestStream / ingestBytes.
import { inArray } from "drizzle-orm";
import { EXTRACTOR_VERSION } from "@/extract/index";
import { SourceError } from "@/extract/source";
import type { Db } from "@/db/client";
import { documents } from "@/db/schema";
import { ensureIndicators } from "./indicators";
import { readWebEnv } from "@/db/env";
import { contentHash, type IngestInput, type PrepareContext, type PrepareOptions, type PreparedDocument } from "./prepare";
import { prepareTask, type PrepareResult } from "./prepare-task";
import { reextractDocument, writeNewDocuments } from "./write";
import { loadMetricMappings } from "@/db/review/mappings";

export type { IngestInput, PreparedDocument } from "./prepare";

export type IngestStatus = "new" | "unchanged" | "re-extracted" | "failed";

export interface IngestOutcome {
  status: IngestStatus;
  fileName: string;
  /** Path as given (or fileName): what messages name. */
  sourcePath: string;
  documentId?: number;
  /** Claims written by this ingest. */
  claims: number;
  /** Why it failed: one line. */
  reason?: string;
  /** Claims the extractor produced but that could not be stored. */
  warnings?: string[];
}

/** A file that could not even be read; it still counts as failed in the summary. */
export interface IngestReadError {
  fileName: string;
  sourcePath?: string;
  error: string;
}

/** An item already stored that the source did not fetch again (a feed's old entry); it counts as unchanged. */
export interface IngestKnown {
  fileName: string;
  sourcePath: string;
  known: { documentId: number };
}

export type IngestItem = IngestInput | IngestReadError | IngestKnown;

export interface IngestSummary {
  new: number;
  unchanged: number;
  reExtracted: number;
  failed: number;
  claims: number;
  seconds: number;
}

export interface IngestOptions {
  onOutcome?: (outcome: IngestOutcome) => void;
  /** Documents per write transaction (default DEFAULT_BATCH_DOCUMENTS). */
  batchDocuments?: number;
  /** Bytes of input per write transaction (default 4 MB), so a batch of big pages stays bounded. */
  batchBytes?: number;
  /**
   * Extract the next batch while the previous one is being written. Worth it
   * against a server (its work runs on another core); pointless on PGlite with
   * extraction in this thread, which runs in this thread too.
   */
  pipeline?: boolean;
  /**
   * Where extraction runs: by default in this thread. A worker pool
   * (pool.ts, createPreparePool) extracts on other cores while this thread
   * writes. It is used from the first full batch on; a run smaller than one
   * batch never waits for the pool to start.
   */
  preparer?: () => Preparer;
}

/** Turns input bytes into a prepared document, here or in a worker thread. */
export interface Preparer {
  /** Worker threads it runs on (0: this thread). */
  threads: number;
  prepare(input: IngestInput, hash: string, options: PrepareOptions): Promise<PrepareResult>;
  close(): Promise<void>;
}

/** Extraction in the calling thread, one document at a time, letting pending I/O (a write in flight) run between two. */
export const inThreadPreparer: Preparer = {
  threads: 0,
  prepare: async (input, hash, options) => {
    await yieldToEventLoop();
    return prepareTask({ input, hash, options });
  },
  close: async () => {},
};

/** Larger batches mean fewer round trips: 128 pages of ~37 claims is one ~1.4 MB JSON of claims (27k → 30k claims/s over 64 on the bench); batchBytes still caps big pages. */
export const DEFAULT_BATCH_DOCUMENTS = 128;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export function oneLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const text = message.replace(/\s+/g, " ").trim() || "unknown error";
  if (err instanceof SourceError) return text;
  // postgres.js and PGlite errors carry an SQLSTATE code; say it is the database speaking.
  if (err && typeof err === "object" && "code" in err && typeof (err as { code: unknown }).code === "string" && /^[0-9A-Z]{5}$/.test((err as { code: string }).code))
    return `database error: ${text}`;
  return text;
}

export function emptySummary(): IngestSummary {
  return { new: 0, unchanged: 0, reExtracted: 0, failed: 0, claims: 0, seconds: 0 };
}

/** One input on its way to the writer: already decided (unchanged), or being extracted. */
type Step =
  | { kind: "done"; outcome: IngestOutcome }
  | { kind: "prepare"; base: Pick<IngestOutcome, "fileName" | "sourcePath">; existingId?: number; result: Promise<PrepareResult> };

/**
 * Ingests a stream of files. Each document is stored with its articles and
 * claims in one transaction (several documents may share one); a document
 * that fails is reported and the rest go on. Memory stays bounded by the batch.
 *
 * Three stages, each in order: this thread reads a batch, hashes it and looks
 * up what is stored; the preparer extracts what is not (in worker threads when
 * given a pool: up to two batches ahead of the writer); the one writer stores
 * each batch in one transaction (re-extractions one document each).
 */
export async function ingestStream(
  db: Db,
  items: AsyncIterable<IngestItem> | Iterable<IngestItem>,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const started = performance.now();
  const batchDocuments = options.batchDocuments ?? DEFAULT_BATCH_DOCUMENTS;
  const batchBytes = options.batchBytes ?? 4 * 1024 * 1024;
  const summary = emptySummary();
  const report = (o: IngestOutcome) => {
    if (o.status === "new") summary.new++;
    else if (o.status === "unchanged") summary.unchanged++;
    else if (o.status === "re-extracted") summary.reExtracted++;
    else summary.failed++;
    summary.claims += o.claims;
    options.onOutcome?.(o);
  };
  // Editors' metric → indicator mappings (db/review/mappings.ts) apply to new claims too.
  const mappings = await loadMetricMappings(db);
  const known = new Set([...(await ensureIndicators(db)), ...mappings.indicatorIds]);
  // What extraction needs from the database, as plain data for the worker threads.
  const context: PrepareContext = {
    homeArea: readWebEnv().HOME_AREA,
    known: [...known],
    mappings: [...mappings.byMetric.values()].map((m) => ({ metric: m.metric, unit: m.unit, indicatorId: m.indicatorId })),
  };
  const seenThisRun = new Set<string>();
  const urlsThisRun = new Set<string>();

  const use: { preparer?: Preparer } = {};
  let chunk: IngestInput[] = [];
  let chunkBytes = 0;
  /** Batches read and dispatched, not yet written; the writer takes them in order. */
  const writes: Promise<void>[] = [];
  let writer: Promise<void> = Promise.resolve();

  /** Hashes and looks up one batch, and hands what needs extracting to the preparer. */
  const dispatch = async (inputs: IngestInput[], preparer: Preparer): Promise<Step[]> => {
    const hashes = inputs.map((i) => contentHash(i.bytes));
    const stored = await lookup(db, hashes, inputs.map((i) => i.sourceUrl).filter((u): u is string => Boolean(u)));
    return inputs.map((input, n): Step => {
      const hash = hashes[n];
      const base = { fileName: input.fileName, sourcePath: input.sourcePath ?? input.fileName };
      const existing = stored.byHash.get(hash);
      if (seenThisRun.has(hash) || (existing && existing.version >= EXTRACTOR_VERSION) || (input.sourceUrl && urlsThisRun.has(input.sourceUrl))) {
        return { kind: "done", outcome: { ...base, status: "unchanged", documentId: existing?.id, claims: 0 } };
      }
      seenThisRun.add(hash);
      if (input.sourceUrl) urlsThisRun.add(input.sourceUrl);
      // Same bytes from an older extractor, or new content at a stored URL: extract again in place.
      const existingId = existing?.id ?? (input.sourceUrl ? stored.byUrl.get(input.sourceUrl) : undefined);
      // A re-extraction matches claim by claim, so it needs the claims themselves; a new document only their COPY lines.
      const options = { context, keepClaims: existingId !== undefined || preparer.threads === 0 };
      // Caught at once: a worker that dies must fail its document, not the process (unhandled rejection).
      const result = preparer.prepare(input, hash, options).catch((err: unknown): PrepareResult => ({ ok: false, error: oneLine(err), source: false }));
      return { kind: "prepare", base, existingId, result };
    });
  };

  /** The one writer: a batch's new documents in one transaction, re-extractions one by one. */
  const write = async (steps: Step[]): Promise<void> => {
    const toWrite: PreparedDocument[] = [];
    for (const step of steps) {
      if (step.kind === "done") {
        report(step.outcome);
        continue;
      }
      const r = await step.result;
      if (!r.ok) {
        report({ ...step.base, status: "failed", claims: 0, reason: r.error.replace(/\s+/g, " ").trim() || "unknown error" });
        continue;
      }
      const prepared = r.prepared;
      if (step.existingId === undefined) {
        toWrite.push(prepared);
        continue;
      }
      try {
        const x = await reextractDocument(db, step.existingId, prepared, known);
        report(
          x.status === "re-extracted"
            ? { ...step.base, status: "re-extracted", documentId: step.existingId, claims: x.claims, warnings: prepared.warnings }
            : { ...step.base, status: "unchanged", documentId: step.existingId, claims: 0 },
        );
      } catch (err) {
        report({ ...step.base, status: "failed", claims: 0, reason: oneLine(err) });
      }
    }
    await writeBatch(db, toWrite, known, report);
  };

  const flush = async (full: boolean) => {
    if (chunk.length === 0) return;
    const inputs = chunk;
    chunk = [];
    chunkBytes = 0;
    // The pool starts with the first full batch: a run of a few pages never waits for threads to start.
    use.preparer ??= full && options.preparer ? options.preparer() : inThreadPreparer;
    const steps = await dispatch(inputs, use.preparer);
    writer = writer.then(() => write(steps));
    writes.push(writer);
    // How far reading may run ahead of writing: two batches with workers or a
    // pipelined server (extraction overlaps the write), none otherwise.
    const ahead = use.preparer.threads > 0 || options.pipeline ? 2 : 0;
    while (writes.length > ahead) await writes.shift();
  };

  try {
    for await (const item of items) {
      if ("error" in item) {
        report({ fileName: item.fileName, sourcePath: item.sourcePath ?? item.fileName, status: "failed", claims: 0, reason: item.error });
        continue;
      }
      if ("known" in item) {
        report({ fileName: item.fileName, sourcePath: item.sourcePath, status: "unchanged", documentId: item.known.documentId, claims: 0 });
        continue;
      }
      chunk.push(item);
      chunkBytes += item.bytes.length;
      if (chunk.length >= batchDocuments || chunkBytes >= batchBytes) await flush(true);
    }
    await flush(false);
    await writer;
  } finally {
    // A failed read or lookup must not leave worker threads holding the process open.
    await writer.catch(() => {});
    await use.preparer?.close();
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

/** One file, e.g. from the web upload endpoint. */
export async function ingestBytes(db: Db, input: IngestInput): Promise<IngestOutcome> {
  let outcome: IngestOutcome | undefined;
  await ingestStream(db, [input], { onOutcome: (o) => (outcome = o) });
  return outcome!;
}

/** Stored documents fetched from these URLs, with when they were fetched (for feeds: what not to fetch again). */
export async function storedByUrl(db: Db, urls: string[]): Promise<Map<string, { id: number; fetchedAt: string | null }>> {
  const out = new Map<string, { id: number; fetchedAt: string | null }>();
  for (let i = 0; i < urls.length; i += 1000) {
    const rows = await db
      .select({ id: documents.id, url: documents.sourceUrl, fetchedAt: documents.fetchedAt })
      .from(documents)
      .where(inArray(documents.sourceUrl, urls.slice(i, i + 1000)))
      .orderBy(documents.id);
    for (const r of rows) {
      if (r.url && !out.has(r.url)) out.set(r.url, { id: r.id, fetchedAt: r.fetchedAt ? new Date(r.fetchedAt).toISOString() : null });
    }
  }
  return out;
}

/** Stored documents with one of these hashes, and those fetched from one of these URLs. */
async function lookup(db: Db, hashes: string[], urls: string[]) {
  const byHash = await db
    .select({ id: documents.id, hash: documents.contentHash, version: documents.extractorVersion })
    .from(documents)
    .where(inArray(documents.contentHash, [...new Set(hashes)]));
  const byUrl =
    urls.length === 0
      ? []
      : await db
          .select({ id: documents.id, url: documents.sourceUrl })
          .from(documents)
          .where(inArray(documents.sourceUrl, [...new Set(urls)]))
          .orderBy(documents.id);
  const urlMap = new Map<string, number>();
  for (const r of byUrl) if (r.url && !urlMap.has(r.url)) urlMap.set(r.url, r.id);
  return { byHash: new Map(byHash.map((r) => [r.hash, r])), byUrl: urlMap };
}

/** Writes a batch in one transaction; if that fails, each document alone, so one bad page cannot sink the rest. */
async function writeBatch(
  db: Db,
  docs: PreparedDocument[],
  known: ReadonlySet<string>,
  report: (o: IngestOutcome) => void,
): Promise<void> {
  if (docs.length === 0) return;
  const outcomeOf = (p: PreparedDocument, inserted: Map<string, number>): IngestOutcome => {
    const base = { fileName: p.fileName, sourcePath: p.sourcePath };
    const id = inserted.get(p.contentHash);
    return id === undefined
      ? { ...base, status: "unchanged", claims: 0 } // stored meanwhile by a concurrent ingest
      : { ...base, status: "new", documentId: id, claims: p.claimCount, warnings: p.warnings };
  };
  try {
    const { inserted } = await writeNewDocuments(db, docs, known);
    for (const p of docs) report(outcomeOf(p, inserted));
    return;
  } catch (err) {
    if (docs.length === 1) {
      report({ fileName: docs[0].fileName, sourcePath: docs[0].sourcePath, status: "failed", claims: 0, reason: oneLine(err) });
      return;
    }
  }
  for (const p of docs) await writeBatch(db, [p], known, report);
}
