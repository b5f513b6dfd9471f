// PLACEHOLDER until the extractor lands (issue 3): the pipeline's signature is
// the contract the ingest and the CLI build on; the body is replaced.
import type { ExtractedDocument, FrontMatter } from "./types";

export const EXTRACTOR_VERSION = 0;

export interface ExtractOptions {
  /** Base name of the input file, for error messages. */
  fileName: string;
  frontMatter?: FrontMatter;
}

/** Plain text (already decoded, front matter and markup stripped) → articles and claims. */
export function extractDocument(text: string, options: ExtractOptions): ExtractedDocument {
  void options;
  return {
    extractorVersion: EXTRACTOR_VERSION,
    normalisedText: text,
    title: options.frontMatter?.title ?? null,
    publishedAt: options.frontMatter?.date ?? null,
    dateSource: options.frontMatter?.date ? "front_matter" : "unknown",
    articles: [{ title: options.frontMatter?.title ?? options.fileName, start: 0, end: text.length, date: null }],
    claims: [],
  };
}
