import { z } from "zod";

/**
 * Upload limit: 10 MB (decimal). Kept below Next's proxy body buffer (10 MiB,
 * experimental.proxyClientMaxBodySize) on purpose: a longer body reaches the
 * route handler cut at 10 MiB, which is still over this limit and so refused,
 * never ingested as a silently truncated page.
 */
export const UPLOAD_LIMIT_BYTES = 10_000_000;

export type BoundedBody = { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; tooLarge: true };

/** Reads a body, giving up (and cancelling the stream) the moment it passes `limit`. */
export async function readBounded(body: ReadableStream<Uint8Array> | null, limit: number): Promise<BoundedBody> {
  if (!body) return { ok: true, bytes: new Uint8Array(0) };
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return { ok: false, tooLarge: true };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.byteLength;
  }
  return { ok: true, bytes };
}

/** A declared Content-Length over the limit is refused before reading a byte. */
export function declaredTooLarge(contentLength: string | null, limit: number): boolean {
  if (contentLength === null) return false;
  const n = Number(contentLength);
  return Number.isFinite(n) && n > limit;
}

/**
 * The stored file name: a base name only (no folders, no control or bidi
 * characters), at most 200 characters, ending in an extension ingest reads
 * (the CLI's: ingest/files.ts INGEST_EXTENSIONS, plus .markdown).
 */
export const UploadFileName = z
  .string()
  .transform((s) => s.split(/[\\/]/).pop() ?? "")
  .transform((s) => s.replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, "").trim())
  .pipe(
    z
      .string()
      .min(1)
      .max(200)
      .regex(/\.(txt|md|markdown|html?|pdf)$/i, "must end in .txt, .md, .html, .htm or .pdf"),
  );
