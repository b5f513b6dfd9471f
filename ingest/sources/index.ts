// Where articles live → ingest items. A URL is fetched politely (http.ts) and
// read by what it turns out to be:
//   - an HTML page: its article (page.ts);
//   - an RSS/Atom feed or a site map (feed.ts): every listed page not stored
//     yet (a stored one is fetched again only when the list says it changed
//     after it was fetched); a site-map index: each of its site maps;
//   - a PDF edition: one document per page (pdf.ts);
//   - plain text: as a text file.
// Anything else, and every failure, becomes one error item naming the URL and
// the reason; the rest of the batch goes on. This module knows nothing of the
// database: what is stored comes in through `stored`.
import type { IngestItem } from "../index";
import { FetchError, PoliteFetcher, parseHttpUrl } from "./http";
import { ListingError, listingKind, parseListing, type ListedItem } from "./feed";
import { articleFromHtml, decodeHtml, nameFromUrl, PageError } from "./page";
import { NO_TEXT_LAYER, PdfError, readPdfPages } from "./pdf";

export { PoliteFetcher } from "./http";

/** Fetched pages arrive one by one, seconds apart: batches this small store each page soon after it arrives. */
export const URL_BATCH_DOCUMENTS = 8;
export { fetchConfigFromEnv } from "./config";

/** What is stored for each of these URLs: its document and when it was fetched. */
export type StoredLookup = (urls: string[]) => Promise<Map<string, { id: number; fetchedAt: string | null }>>;

export interface SourceOptions {
  fetcher: PoliteFetcher;
  stored: StoredLookup;
  /** Told about each feed or site map read: how many items it lists and how many will be fetched. */
  onListing?: (url: string, kind: string, listed: number, toFetch: number) => void;
}

const ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,application/pdf;q=0.9,*/*;q=0.5";
const MAX_SITEMAP_DEPTH = 2;

export function isUrl(arg: string): boolean {
  return /^https?:\/\//i.test(arg.trim());
}

const failed = (url: string, error: string): IngestItem => ({ fileName: safeName(url), sourcePath: url, error });

function safeName(url: string): string {
  try {
    return nameFromUrl(url);
  } catch {
    return url.slice(0, 120);
  }
}

const startsWith = (bytes: Uint8Array, text: string) => {
  for (let i = 0; i < text.length; i++) if (bytes[i] !== text.charCodeAt(i)) return false;
  return true;
};

/** Every URL's items, in order; feeds and site maps expand into their pages. */
export async function* fromUrls(urls: string[], options: SourceOptions): AsyncGenerator<IngestItem> {
  for (const raw of urls) {
    let url: string;
    try {
      url = parseHttpUrl(raw.trim()).toString();
    } catch (err) {
      yield failed(raw, (err as Error).message);
      continue;
    }
    yield* fromUrl(url, options, 0);
  }
}

async function* fromUrl(url: string, options: SourceOptions, depth: number): AsyncGenerator<IngestItem> {
  let res;
  try {
    res = await options.fetcher.fetch(url, ACCEPT);
  } catch (err) {
    yield failed(url, err instanceof FetchError ? err.message : `fetch failed: ${(err as Error)?.message ?? String(err)}`);
    return;
  }
  const type = res.contentType;
  const bytes = res.bytes;
  if (bytes.length === 0) {
    yield failed(url, "empty response");
    return;
  }
  if (type === "application/pdf" || startsWith(bytes, "%PDF-")) {
    yield* pdfItems(bytes, { name: safeName(url), sourcePath: url, sourceUrl: url, fetchedAt: res.fetchedAt });
    return;
  }
  const looksXml = /(^|[/+])xml$|rss|atom/.test(type);
  const looksHtml = type === "text/html" || type === "application/xhtml+xml";
  if (looksXml || looksHtml || type === "" || type === "text/plain") {
    const text = decodeHtml(bytes, res.charset);
    const kind = looksHtml && type === "text/html" ? null : listingKind(text);
    if (kind) {
      yield* listingItems(url, text, kind, options, depth);
      return;
    }
    if (looksHtml || /^\s*(<!doctype html|<html[\s>])/i.test(text.slice(0, 1024))) {
      try {
        yield articleFromHtml(text, url, res.fetchedAt).input;
      } catch (err) {
        yield failed(url, err instanceof PageError ? err.message : `page not readable: ${(err as Error).message}`);
      }
      return;
    }
    if (type === "text/plain" || type === "") {
      yield { bytes, fileName: safeName(url), sourcePath: url, sourceUrl: url, fetchedAt: res.fetchedAt, format: "txt" };
      return;
    }
    yield failed(url, "XML that is neither an RSS/Atom feed nor a site map");
    return;
  }
  yield failed(url, `unsupported content type ${type} (expected an HTML page, a feed, a site map or a PDF)`);
}

async function* listingItems(url: string, text: string, kind: string, options: SourceOptions, depth: number): AsyncGenerator<IngestItem> {
  let listing;
  try {
    listing = parseListing(text, url);
  } catch (err) {
    yield failed(url, err instanceof ListingError ? err.message : String(err));
    return;
  }
  if (listing.kind === "sitemap-index") {
    options.onListing?.(url, kind, listing.sitemaps.length, listing.sitemaps.length);
    if (depth >= MAX_SITEMAP_DEPTH) {
      yield failed(url, `site map index nested deeper than ${MAX_SITEMAP_DEPTH} levels`);
      return;
    }
    for (const sitemap of listing.sitemaps) yield* fromUrl(sitemap, options, depth + 1);
    return;
  }
  const stored = listing.items.length ? await options.stored(listing.items.map((i) => i.url)) : new Map();
  const due = (item: ListedItem) => {
    const s = stored.get(item.url);
    if (!s) return true;
    // Stored: fetch again only when the list says the page changed after we fetched it.
    return Boolean(item.updated && s.fetchedAt && Date.parse(item.updated) > Date.parse(s.fetchedAt));
  };
  options.onListing?.(url, listing.kind, listing.items.length, listing.items.filter(due).length);
  for (const item of listing.items) {
    if (!due(item)) {
      yield { fileName: safeName(item.url), sourcePath: item.url, known: { documentId: stored.get(item.url)!.id } };
      continue;
    }
    // A listed item is a page or a PDF, never another list.
    yield* fromUrl(item.url, options, MAX_SITEMAP_DEPTH);
  }
}

export interface PdfSource {
  /** Name of the PDF (file base name, or the URL's last segment). */
  name: string;
  sourcePath: string;
  sourceUrl?: string;
  fetchedAt?: string;
}

/**
 * One item per page of a PDF edition: `<name>#page=N` (a PDF viewer opens that
 * page from such a URL). A page with no text layer fails alone; a PDF with no
 * text layer at all is one failure.
 */
export async function* pdfItems(bytes: Uint8Array, src: PdfSource): AsyncGenerator<IngestItem> {
  let pages;
  try {
    pages = await readPdfPages(bytes);
  } catch (err) {
    yield { fileName: src.name, sourcePath: src.sourcePath, error: err instanceof PdfError ? err.message : `not a readable PDF: ${(err as Error).message}` };
    return;
  }
  if (pages.length === 0 || pages.every((p) => p.text === null)) {
    yield { fileName: src.name, sourcePath: src.sourcePath, error: NO_TEXT_LAYER };
    return;
  }
  for (const p of pages) {
    const suffix = `#page=${p.page}`;
    const base = { fileName: `${src.name}${suffix}`, sourcePath: `${src.sourcePath}${suffix}` };
    if (p.text === null) {
      yield { ...base, error: NO_TEXT_LAYER };
      continue;
    }
    yield {
      ...base,
      bytes: new TextEncoder().encode(p.text + "\n"),
      ...(src.sourceUrl ? { sourceUrl: `${src.sourceUrl}${suffix}` } : {}),
      ...(src.fetchedAt ? { fetchedAt: src.fetchedAt } : {}),
      format: "txt" as const,
    };
  }
}
