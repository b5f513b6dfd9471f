// New documents' claims go into the database by COPY: measured here, the
// server spends about half the CPU per row on COPY text (≈ 15 µs) that it
// spends on the same rows through json_to_recordset (≈ 29 µs), and the claims
// insert is most of an ingest's database work.
//
// The text is encoded where the claims are extracted (a worker thread, see
// prepare.ts): one line per claim, its article's position in the document
// first, then every column of COPY_CLAIM_COLUMNS after document_id and
// article_id. The writer only puts the two ids in front of each line once the
// document and its articles have them, so no claim object crosses from a
// worker to the writer, and the writer does no per-field work.
import { getTableName } from "drizzle-orm";
import { claims } from "@/db/schema";
import { CLAIM_COLUMNS, CLAIM_FIELDS, type JsonColumn } from "./columns";
import type { PreparedClaim } from "./prepare";

const IDS = ["documentId", "articleId"];
/** document_id and article_id first (the writer's prefix), then the rest in schema order. */
export const COPY_CLAIM_COLUMNS: readonly JsonColumn[] = [
  ...IDS.map((k) => CLAIM_COLUMNS.find((c) => c.key === k)!),
  ...CLAIM_COLUMNS.filter((c) => !IDS.includes(c.key)),
];
/** The getters of the columns after the two ids, in COPY order. */
const REST = COPY_CLAIM_COLUMNS.slice(2).map((c) => CLAIM_FIELDS[c.key as keyof typeof CLAIM_FIELDS] as (c: PreparedClaim, seq: number, known: ReadonlySet<string>) => unknown);

/** One value in COPY's text format: \N for null, t/f, numbers as written, text with \ tab CR LF escaped. */
export function copyValue(v: unknown): string {
  if (v === null || v === undefined) return "\\N";
  if (typeof v === "boolean") return v ? "t" : "f";
  if (typeof v === "number") return String(v);
  const s = String(v);
  return /[\\\t\n\r]/.test(s) ? s.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r") : s;
}

/** The claims of one document as COPY lines without their two ids: `<article position>\t<rest>` per line. */
export function encodeClaimLines(list: readonly PreparedClaim[], known: ReadonlySet<string>): string {
  let out = "";
  for (let seq = 0; seq < list.length; seq++) {
    const claim = list[seq];
    out += claim.article;
    for (const get of REST) out += "\t" + copyValue(get(claim, seq, known));
    out += "\n";
  }
  return out;
}

/** Puts the document's id and each claim's article id in front of its lines. */
export function withIds(lines: string, documentId: number, articleIds: readonly number[]): string {
  let out = "";
  let at = 0;
  while (at < lines.length) {
    const tab = lines.indexOf("\t", at);
    const end = lines.indexOf("\n", tab);
    const article = articleIds[Number(lines.slice(at, tab))];
    out += `${documentId}\t${article ?? "\\N"}${lines.slice(tab, end + 1)}`;
    at = end + 1;
  }
  return out;
}

/** What a drizzle transaction runs on, for COPY (drizzle has no COPY of its own). */
type CopyStream = NodeJS.WritableStream & { _final?: (callback: (error?: Error | null) => void) => void };
type DriverClient =
  | { unsafe(query: string): { writable(): Promise<CopyStream> } & PromiseLike<unknown> }
  | { query(query: string, params: unknown[], options: { blob: Blob }): Promise<unknown> };

const quoted = (s: string) => `"${s.replace(/"/g, '""')}"`;

/**
 * COPY `text` into claims inside the transaction `tx`: postgres.js streams it
 * (COPY FROM STDIN), PGlite reads it as a blob (COPY FROM '/dev/blob').
 */
export async function copyClaims(tx: unknown, text: string): Promise<void> {
  if (text.length === 0) return;
  const client = (tx as { session?: { client?: DriverClient } }).session?.client;
  const target = `${quoted(getTableName(claims))} (${COPY_CLAIM_COLUMNS.map((c) => quoted(c.name)).join(", ")})`;
  if (client && "unsafe" in client) {
    const stream = await client.unsafe(`copy ${target} from stdin`).writable();
    // postgres.js loses an error that the server reports at the end of a COPY
    // (a constraint checked when the data is complete): the stream then never
    // finishes. So once the stream has sent its end (its _final ran), ask the
    // same connection one more thing: it answers after the COPY has, and fails
    // if the COPY aborted the transaction.
    const ended = new Promise<void>((resolve) => {
      const final = stream._final?.bind(stream);
      if (!final) return resolve();
      stream._final = (callback) => {
        final(callback);
        resolve();
      };
    });
    const finished = new Promise<void>((resolve, reject) => {
      stream.on("error", reject);
      stream.on("finish", () => resolve());
    });
    finished.catch(() => {});
    stream.end(text);
    await Promise.race([ended, finished]);
    try {
      await client.unsafe("select 1");
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (code === "25P02") throw Object.assign(new Error("the claims COPY was refused by the server (the transaction was aborted)"), { code });
      throw err;
    }
    await finished;
    return;
  }
  if (client && "query" in client) {
    await client.query(`copy ${target} from '/dev/blob'`, [], { blob: new Blob([text]) });
    return;
  }
  throw new Error("COPY: the transaction's driver client is neither postgres.js nor PGlite");
}
