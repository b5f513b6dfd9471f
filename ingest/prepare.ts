// Bytes → everything the database needs for one document, with no I/O:
// decode and strip (readSource), extract, then shape rows. Kept apart from the
// writes so the write path can batch many prepared documents in one transaction.
import { createHash } from "node:crypto";
import { CATALOGUE as INDICATORS } from "@/extract/catalogue";
import { extractDocument } from "@/extract/index";
import { readSource } from "@/extract/source";
import type { Claim, ExtractedDocument, FrontMatter } from "@/extract/types";
import { computeAsOf } from "@/db/as-of";
import { encodeClaimLines } from "./copy";

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
  /**
   * Claims that passed the sanity checks, each with its chart position and
   * indicator. Kept only when asked (re-extraction matches them to stored
   * claims); a new document needs only `claimLines`.
   */
  claims?: PreparedClaim[];
  claimCount: number;
  /** The claims as COPY lines for the writer (copy.ts, encodeClaimLines). */
  claimLines: string;
  /** Claims dropped because the extractor produced something unstorable (a bug there, not here). */
  warnings: string[];
}

export type PreparedClaim = Claim & { asOf: string | null };

/**
 * What the database adds to extraction: the indicator ids it has (a claim's
 * other indicator would break the foreign key: it is stored without one), and
 * editors' metric → indicator mappings for claims the extractor left without
 * one (db/review/mappings.ts). Plain data, so it crosses to worker threads.
 */
export interface PrepareContext {
  known: readonly string[];
  mappings: ReadonlyArray<{ metric: string; unit: string; indicatorId: string }>;
  /** HOME_AREA: the home of pages whose paper names no place (the extractor's default when absent). */
  homeArea?: string;
}

/** The catalogue alone, no mappings: what a database that has only been migrated and seeded with indicators knows. */
export const CATALOGUE_CONTEXT: PrepareContext = { known: INDICATORS.map((i) => i.id), mappings: [] };

export interface PrepareOptions {
  context?: PrepareContext;
  /** Keep the claim objects (default true); false when only the COPY lines are needed, as from a worker thread. */
  keepClaims?: boolean;
}

export function contentHash(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Throws (SourceError or any extractor error) when the file cannot be read as an article. */
export function prepareDocument(input: IngestInput, hash = contentHash(input.bytes), options: PrepareOptions = {}): PreparedDocument {
  const context = options.context ?? CATALOGUE_CONTEXT;
  // readSource tells HTML from text by the name's extension; a fetched page's name may have none.
  const source = readSource(input.bytes, input.format ? `${input.fileName}.${input.format}` : input.fileName);
  // Postgres text cannot hold NUL; dropping them before extraction keeps every offset valid.
  const text = source.text.includes("\u0000") ? source.text.replace(/\u0000/g, "") : source.text;
  const extracted = extractDocument(text, { fileName: input.fileName, frontMatter: source.frontMatter, homeArea: context.homeArea });
  const { claims, warnings } = checkClaims(extracted);
  applyMappings(claims, context);
  const { claims: _raw, ...rest } = extracted;
  void _raw;
  const claimLines = encodeClaimLines(claims, knownSet(context.known));
  return {
    contentHash: hash,
    fileName: input.fileName,
    sourcePath: input.sourcePath ?? input.fileName,
    ...(input.sourceUrl ? { sourceUrl: input.sourceUrl } : {}),
    ...(input.fetchedAt ? { fetchedAt: input.fetchedAt } : {}),
    frontMatter: source.frontMatter,
    rawText: text,
    extracted: rest,
    ...(options.keepClaims === false ? {} : { claims }),
    claimCount: claims.length,
    claimLines,
    warnings,
  };
}

let lastKnown: { list: readonly string[]; set: ReadonlySet<string> } | null = null;

/** The known indicator ids as a set, built again only when the list changes (a worker gets a copy of it with every task). */
function knownSet(list: readonly string[]): ReadonlySet<string> {
  const last = lastKnown;
  if (last && last.list.length === list.length && last.list.every((id, i) => id === list[i])) return last.set;
  lastKnown = { list, set: new Set(list) };
  return lastKnown.set;
}

/** Gives claims the extractor left without an indicator the one an editor mapped their metric (and unit) to. */
function applyMappings(list: PreparedClaim[], context: PrepareContext): void {
  if (context.mappings.length === 0) return;
  const byMetric = new Map(context.mappings.map((m) => [m.metric, m]));
  for (const c of list) {
    if (c.indicator) continue;
    const m = byMetric.get(c.metric);
    if (m && m.unit === c.unit) Object.assign(c, { indicator: m.indicatorId, indicatorSource: "mapping", indicatorCue: c.metric });
  }
}

/** Keeps the claims the database and the article page can use: finite value, offsets inside the text. */
export function checkClaims(doc: ExtractedDocument): { claims: PreparedClaim[]; warnings: string[] } {
  const claims: PreparedClaim[] = [];
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
    // The extractor's claim objects are this document's own: add the chart position in place rather than copy 25 fields.
    const prepared = c as PreparedClaim;
    prepared.asOf = computeAsOf(c, article?.date ?? null, doc.publishedAt);
    claims.push(prepared);
  });
  return { claims, warnings };
}
