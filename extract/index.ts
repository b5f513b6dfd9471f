// The extractor: plain text (decoded, front matter stripped) → normalised text,
// articles, publication date and claims. Pure: no I/O, no database.
import type { ExtractedDocument, FrontMatter } from "./types";
import { normalise } from "./normalise";
import { extractClaims } from "./claims/extract";
import { segmentFallback, pubdateFallback } from "./claims/fallback";
import { findDatelines, parseYMD, formatYMD } from "./claims/periods";

/** Bump whenever the claims produced for the same text change. */
export const EXTRACTOR_VERSION = 1;

export interface ExtractOptions {
  /** Base name of the input file, for error messages. */
  fileName: string;
  frontMatter?: FrontMatter;
}

export function extractDocument(text: string, options: ExtractOptions): ExtractedDocument {
  const normalisedText = normalise(text);
  const segments = segmentFallback(normalisedText);
  const pub = pubdateFallback(normalisedText, options.frontMatter?.date);
  const pubYMD = parseYMD(pub.date);
  const datelines = findDatelines(normalisedText, pubYMD);
  const articles = segments.map((s) => {
    // A dateline near the top of the article dates it (本报讯(记者 …)5月16日)
    const own = datelines.find((d) => d.at >= s.start && d.at < Math.min(s.end, s.start + 200));
    return { title: s.title, start: s.start, end: s.end, date: own ? formatYMD(own.date) : pub.date };
  });
  const claims = extractClaims(normalisedText, { publishedAt: pub.date, articles });
  return {
    extractorVersion: EXTRACTOR_VERSION,
    normalisedText,
    title: options.frontMatter?.title ?? articles.find((a) => a.title)?.title ?? null,
    publishedAt: pub.date,
    dateSource: pub.source,
    articles,
    claims,
  };
}
