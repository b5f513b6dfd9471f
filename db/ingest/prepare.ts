// Bytes → everything the database needs for one document, with no I/O:
// decode and strip (readSource), extract, then shape rows. Kept apart from the
// writes so the write path can batch many prepared documents in one transaction.
import { createHash } from "node:crypto";
import { extractDocument } from "@/extract/index";
import { readSource } from "@/extract/source";
import type { Claim, ExtractedDocument, FrontMatter } from "@/extract/types";
import { computeAsOf } from "./as-of";

export interface IngestInput {
  bytes: Uint8Array;
  /** Base name of the file (the claim record's `doc`). */
  fileName: string;
  /** Path or URL as the user gave it, for messages; defaults to fileName. */
  sourcePath?: string;
  /**
   * Where the bytes were fetched from. A stored document with this URL is the
   * same document: new content there re-extracts it in place.
   */
  sourceUrl?: string;
  /** When they were fetched (ISO 8601). */
  fetchedAt?: string;
  /** How to read the bytes when the file name does not say (a fetched page, a PDF page's text). */
  format?: "txt" | "html";
}

export interface PreparedDocument {
  contentHash: string;
  fileName: string;
  sourcePath: string;
  sourceUrl?: string;
  fetchedAt?: string;
  frontMatter: FrontMatter;
  rawText: string;
  /** The extraction without its raw claim list: `claims` below is what is stored (and what crosses from a worker thread). */
  extracted: Omit<ExtractedDocument, "claims">;
  /** Claims that passed the sanity checks, each with its chart position. */
  claims: Array<Claim & { asOf: string | null }>;
  /** Claims dropped because the extractor produced something unstorable (a bug there, not here). */
  warnings: string[];
}

export function contentHash(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Throws (SourceError or any extractor error) when the file cannot be read as an article. */
export function prepareDocument(input: IngestInput, hash = contentHash(input.bytes)): PreparedDocument {
  // readSource tells HTML from text by the name's extension; a fetched page's name may have none.
  const source = readSource(input.bytes, input.format ? `${input.fileName}.${input.format}` : input.fileName);
  // Postgres text cannot hold NUL; dropping them before extraction keeps every offset valid.
  const text = source.text.includes("\u0000") ? source.text.replace(/\u0000/g, "") : source.text;
  const extracted = extractDocument(text, { fileName: input.fileName, frontMatter: source.frontMatter });
  const { claims, warnings } = checkClaims(extracted);
  const { claims: _raw, ...rest } = extracted;
  void _raw;
  return {
    contentHash: hash,
    fileName: input.fileName,
    sourcePath: input.sourcePath ?? input.fileName,
    ...(input.sourceUrl ? { sourceUrl: input.sourceUrl } : {}),
    ...(input.fetchedAt ? { fetchedAt: input.fetchedAt } : {}),
    frontMatter: source.frontMatter,
    rawText: text,
    extracted: rest,
    claims,
    warnings,
  };
}

/** Keeps the claims the database and the article page can use: finite value, offsets inside the text. */
export function checkClaims(doc: ExtractedDocument): Pick<PreparedDocument, "claims" | "warnings"> {
  const claims: PreparedDocument["claims"] = [];
  const warnings: string[] = [];
  const length = doc.normalisedText.length;
  doc.claims.forEach((c, i) => {
    const problem = !Number.isFinite(c.value)
      ? `value ${c.value}`
      : !(Number.isInteger(c.start) && Number.isInteger(c.end) && 0 <= c.start && c.start <= c.end && c.end <= length)
        ? `offsets ${c.start}-${c.end} outside text of ${length}`
        : !doc.articles[c.article]
          ? `article ${c.article} does not exist`
          : null;
    if (problem) {
      warnings.push(`claim ${i} dropped: ${problem}`);
      return;
    }
    const article = doc.articles[c.article];
    claims.push({ ...c, asOf: computeAsOf(c, article?.date ?? null, doc.publishedAt) });
  });
  return { claims, warnings };
}
