// Ingest as a library: the CLI, `npm start`'s seeding, the benchmark and the
// web upload endpoint all go through ingestStream / ingestBytes.
import { inArray } from "drizzle-orm";
import { EXTRACTOR_VERSION } from "@/extract/index";
import { SourceError } from "@/extract/source";
import type { Db } from "../client";
import { documents } from "../schema";
import { ensureIndicators } from "./indicators";
import { contentHash, prepareDocument, type IngestInput, type PreparedDocument } from "./prepare";
import { reextractDocument, writeNewDocuments } from "./write";
import { applyMetricMappings, loadMetricMappings } from "../review/mappings";

export type { IngestInput } from "./prepare";

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

export type IngestItem = IngestInput | IngestReadError;

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
   * against a server (its work runs on another core); pointless on PGlite,
   * which runs in this thread.
   */
  pipeline?: boolean;
}

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

/**
 * Ingests a stream of files. Each document is stored with its articles and
 * claims in one transaction (several documents may share one); a document
 * that fails is reported and the rest go on. Memory stays bounded by the batch.
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
  const seenThisRun = new Set<string>();

  let pendingWrite: Promise<void> = Promise.resolve();
  let chunk: IngestInput[] = [];
  let chunkBytes = 0;

  const processChunk = async (inputs: IngestInput[]) => {
    const hashes = inputs.map((i) => contentHash(i.bytes));
    const stored = await lookup(db, hashes);
    const toWrite: PreparedDocument[] = [];
    for (let n = 0; n < inputs.length; n++) {
      const input = inputs[n];
      const hash = hashes[n];
      const base = { fileName: input.fileName, sourcePath: input.sourcePath ?? input.fileName };
      const existing = stored.get(hash);
      if (seenThisRun.has(hash) || (existing && existing.version >= EXTRACTOR_VERSION)) {
        report({ ...base, status: "unchanged", documentId: existing?.id, claims: 0 });
        continue;
      }
      seenThisRun.add(hash);
      let prepared: PreparedDocument;
      try {
        prepared = prepareDocument(input, hash);
        applyMetricMappings(prepared.claims, mappings);
      } catch (err) {
        report({ ...base, status: "failed", claims: 0, reason: oneLine(err) });
        continue;
      }
      if (existing) {
        try {
          const r = await reextractDocument(db, existing.id, prepared, known);
          report(
            r.status === "re-extracted"
              ? { ...base, status: "re-extracted", documentId: existing.id, claims: r.claims, warnings: prepared.warnings }
              : { ...base, status: "unchanged", documentId: existing.id, claims: 0 },
          );
        } catch (err) {
          report({ ...base, status: "failed", claims: 0, reason: oneLine(err) });
        }
      } else toWrite.push(prepared);
      // Lets a pipelined write make progress between two extractions.
      await yieldToEventLoop();
    }
    return toWrite;
  };

  const flush = async () => {
    if (chunk.length === 0) return;
    const inputs = chunk;
    chunk = [];
    chunkBytes = 0;
    const toWrite = await processChunk(inputs);
    await pendingWrite;
    pendingWrite = writeBatch(db, toWrite, known, report);
    if (!options.pipeline) await pendingWrite;
  };

  for await (const item of items) {
    if ("error" in item) {
      report({ fileName: item.fileName, sourcePath: item.sourcePath ?? item.fileName, status: "failed", claims: 0, reason: item.error });
      continue;
    }
    chunk.push(item);
    chunkBytes += item.bytes.length;
    if (chunk.length >= batchDocuments || chunkBytes >= batchBytes) await flush();
  }
  await flush();
  await pendingWrite;
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

/** One file, e.g. from the web upload endpoint. */
export async function ingestBytes(db: Db, input: IngestInput): Promise<IngestOutcome> {
  let outcome: IngestOutcome | undefined;
  await ingestStream(db, [input], { onOutcome: (o) => (outcome = o) });
  return outcome!;
}

async function lookup(db: Db, hashes: string[]) {
  const rows = await db
    .select({ id: documents.id, hash: documents.contentHash, version: documents.extractorVersion })
    .from(documents)
    .where(inArray(documents.contentHash, [...new Set(hashes)]));
  return new Map(rows.map((r) => [r.hash, r]));
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
      : { ...base, status: "new", documentId: id, claims: p.claims.length, warnings: p.warnings };
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
