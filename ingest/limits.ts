// How large an input may be: one module both the file reader and the sources' config read.
/**
 * Largest file ingested: 10 MB, ~500 times a newspaper page (~20 KB). Larger
 * files are refused by size before a byte is read, so memory stays bounded
 * whatever lands in the folder. INGEST_MAX_BYTES overrides it.
 */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export function maxBytesFromEnv(env: Record<string, string | undefined> = process.env): number {
  const n = Number(env.INGEST_MAX_BYTES);
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_MAX_BYTES;
}
