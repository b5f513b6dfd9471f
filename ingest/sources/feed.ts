// Feeds and site maps → the article URLs they list. RSS and Atom through
// @rowanmanning/feed-parser; site maps (urlset, and sitemapindex of further
// site maps) through fast-xml-parser. Relative links resolve against the
// feed's own URL; only http(s) links are kept, each once.
import { parseFeed } from "@rowanmanning/feed-parser";
import { XMLParser } from "fast-xml-parser";

export interface ListedItem {
  url: string;
  /** When the list says the item last changed (ISO 8601), if it says. */
  updated?: string;
}

export type Listing = { kind: "feed"; items: ListedItem[] } | { kind: "sitemap"; items: ListedItem[] } | { kind: "sitemap-index"; sitemaps: string[] };

export class ListingError extends Error {}

/** What an XML document's root says it is, or null when it is no feed or site map. */
export function listingKind(text: string): "feed" | "sitemap" | "sitemap-index" | null {
  const head = text.slice(0, 4096).replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/gi, "");
  const root = /<\s*([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(head)?.[2]?.toLowerCase();
  if (root === "rss" || root === "feed" || root === "rdf") return "feed";
  if (root === "urlset") return "sitemap";
  if (root === "sitemapindex") return "sitemap-index";
  return null;
}

function absolute(link: string | null | undefined, base: string): string | null {
  if (!link) return null;
  try {
    const u = new URL(link.trim(), base);
    if (u.protocol !== "http:" && u.protocol !== "https:") return null;
    u.hash = "";
    return u.toString();
  } catch {
    return null;
  }
}

const isoDate = (d: Date | string | null | undefined): string | undefined => {
  if (!d) return undefined;
  const t = d instanceof Date ? d.getTime() : Date.parse(d);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
};

function unique(items: ListedItem[]): ListedItem[] {
  const seen = new Set<string>();
  return items.filter((i) => (seen.has(i.url) ? false : (seen.add(i.url), true)));
}

/** Parses a feed or site map. Throws ListingError when the XML is not one. */
export function parseListing(text: string, baseUrl: string): Listing {
  const kind = listingKind(text);
  if (kind === "feed") {
    let feed;
    try {
      feed = parseFeed(text);
    } catch (err) {
      throw new ListingError(`not a readable RSS/Atom feed: ${(err as Error).message.replace(/\s+/g, " ")}`);
    }
    const items: ListedItem[] = [];
    for (const item of feed.items) {
      const url = absolute(item.url, baseUrl);
      if (url) items.push({ url, updated: isoDate(item.updated ?? item.published) });
    }
    return { kind: "feed", items: unique(items) };
  }
  if (kind === "sitemap" || kind === "sitemap-index") {
    let doc: Record<string, unknown>;
    try {
      doc = new XMLParser({ ignoreAttributes: true, removeNSPrefix: true, isArray: (name) => name === "url" || name === "sitemap" }).parse(text);
    } catch (err) {
      throw new ListingError(`not a readable site map: ${(err as Error).message.replace(/\s+/g, " ")}`);
    }
    if (kind === "sitemap-index") {
      const list = ((doc.sitemapindex as { sitemap?: Array<{ loc?: string }> })?.sitemap ?? [])
        .map((s) => absolute(String(s.loc ?? ""), baseUrl))
        .filter((u): u is string => Boolean(u));
      return { kind, sitemaps: [...new Set(list)] };
    }
    const items = ((doc.urlset as { url?: Array<{ loc?: string; lastmod?: string }> })?.url ?? []).flatMap((u) => {
      const url = absolute(String(u.loc ?? ""), baseUrl);
      return url ? [{ url, updated: isoDate(u.lastmod ? String(u.lastmod) : undefined) }] : [];
    });
    return { kind, items: unique(items) };
  }
  throw new ListingError("XML that is neither an RSS/Atom feed nor a site map");
}
