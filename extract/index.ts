// The extractor: plain text (decoded, front matter stripped) → normalised text,
// articles, publication date and claims. Pure: no I/O, no database.
import type { ExtractedDocument, FrontMatter } from "./types";
import { normalise } from "./normalise";
import { segmentArticles } from "./segment";
import { articleDate, findPublicationDate } from "./pubdate";
import { extractClaims } from "./claims/extract";

/** Bump whenever the claims produced for the same text change. */
export const EXTRACTOR_VERSION = 2;

export interface ExtractOptions {
  /** Base name of the input file, for error messages. */
  fileName: string;
  frontMatter?: FrontMatter;
}

export function extractDocument(text: string, options: ExtractOptions): ExtractedDocument {
  const normalisedText = normalise(text);
  const pub = findPublicationDate(normalisedText, options.frontMatter?.date);
  const articles = segmentArticles(normalisedText).map((s) => ({
    title: s.title,
    start: s.start,
    end: s.end,
    date: articleDate(normalisedText.slice(s.start, s.end), pub.date),
  }));
  const claims = extractClaims(normalisedText, { publishedAt: pub.date, publishedYear: pub.year, articles, title: options.frontMatter?.title ?? null });
  return {
    extractorVersion: EXTRACTOR_VERSION,
    normalisedText,
    title: options.frontMatter?.title ?? articles.find((a) => a.title && a.title !== "报头")?.title ?? null,
    publishedAt: pub.date,
    dateSource: pub.source,
    articles,
    claims,
  };
}
