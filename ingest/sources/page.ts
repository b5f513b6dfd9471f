// A fetched web page → the article it carries, as an ingest input.
//
// @mozilla/readability (over linkedom's DOM) finds the article body and drops
// navigation, sidebars and footers. It also drops the line where a news site
// prints the date and source (发布时间：… 来源：…), which the extractor's date
// rules read as the page's masthead, so that line is kept: the page's own
// visible date line when it has one, else one written from the page's
// metadata (article:published_time, PubDate, <time datetime>). The result is
// an HTML document with front matter (title, source) that the extractor reads
// like a saved page, and its hash is the hash of that article, not of the
// raw page: a sidebar or an advert that changes does not make a new version.
import { Readability } from "@mozilla/readability";
import iconv from "iconv-lite";
import { parseHTML } from "linkedom";
import { stringify } from "yaml";
import type { IngestInput } from "../prepare";

export class PageError extends Error {}

/** Text of an HTML response: the header's charset, else a <meta> one, else UTF-8 if valid, else GB18030. */
export function decodeHtml(bytes: Uint8Array, headerCharset?: string): string {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  const meta = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
  const label = (headerCharset ?? meta)?.toLowerCase();
  if (label) {
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      if (iconv.encodingExists(label)) return iconv.decode(Buffer.from(bytes), label);
    }
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return iconv.decode(Buffer.from(bytes), "gb18030");
  }
}

const FULL_DATE = /(\d{4})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[-/.](\d{1,2})[-/.](\d{1,2})(?!\d))/;
const MASTHEAD_MARK = /发布时间|发布日期|发布于|日期|时间|来源|稿源|星期|第\s*\d+\s*版/;

/**
 * The page's own date line: short, with a full date and a word that says it is
 * one, and no sentence in it (the innermost element that holds the line, not a
 * container that also holds the article). The first such line in the page wins.
 */
export function findDateLine(document: Document): string | null {
  const candidates = document.querySelectorAll("p, div, span, td, li, time, h2, h3, h4, h5, h6, small, em, font, header, section");
  for (const el of candidates) {
    const text = (el.textContent ?? "").replace(/\s+/g, " ").trim();
    if (text.length === 0 || text.length > 120 || /[，,。；;！!？?]/.test(text)) continue;
    if (FULL_DATE.test(text) && MASTHEAD_MARK.test(text)) return text;
  }
  return null;
}

const META_DATE_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[name="PubDate"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish_date"]',
  'meta[name="date"]',
  'meta[name="DC.date"]',
  'meta[itemprop="datePublished"]',
];

/** YYYY-MM-DD from the page's metadata, or null. */
export function metaDate(document: Document, readabilityTime?: string | null): string | null {
  const values = [readabilityTime ?? undefined];
  for (const sel of META_DATE_SELECTORS) values.push(document.querySelector(sel)?.getAttribute("content") ?? undefined);
  values.push(document.querySelector("time[datetime]")?.getAttribute("datetime") ?? undefined);
  for (const v of values) {
    const m = v ? FULL_DATE.exec(v) : null;
    if (!m) continue;
    const [y, mo, d] = [Number(m[1]), Number(m[2] ?? m[4]), Number(m[3] ?? m[5])];
    const dt = new Date(Date.UTC(y, mo - 1, d));
    if (dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d) {
      return `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
    }
  }
  return null;
}

/**
 * The article's title: a page's <title> usually ends with the site's name
 * (标题_今日衢江, 标题 - 衢江新闻网), so the page's own heading wins when the
 * <title> starts with it, and a trailing "_site" / "- site" / "| site" naming the source goes.
 */
export function cleanTitle(raw: string | null | undefined, h1: string | null, source: string | null): string | null {
  const title = raw?.replace(/\s+/g, " ").trim() || null;
  if (h1 && (!title || title.startsWith(h1))) return h1;
  if (title && source) {
    const m = /^(.*?)\s*[_|\-–—·｜]\s*([^_|\-–—·｜]+)$/.exec(title);
    if (m && m[1] && m[2].trim() === source) return m[1];
  }
  return title;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A short name for the document: the URL's last path segment, else its host. */
export function nameFromUrl(url: string): string {
  const u = new URL(url);
  const last = u.pathname.split("/").filter(Boolean).pop();
  let name = u.host;
  if (last) {
    try {
      name = decodeURIComponent(last);
    } catch {
      name = last;
    }
  }
  return name.replace(/[\u0000-\u001f\u007f\\/]/g, "_").slice(0, 120) || u.host;
}

export interface WebArticle {
  title: string | null;
  /** The page's date (YYYY-MM-DD) as the page states it, if it does. */
  date: string | null;
  source: string | null;
  input: IngestInput;
}

/** The article of an HTML page. Throws PageError when the page has no article text. */
export function articleFromHtml(html: string, url: string, fetchedAt: string): WebArticle {
  const { document } = parseHTML(html);
  // Read before Readability, which rewrites the document in place.
  const dateLine = findDateLine(document as unknown as Document);
  const siteName =
    document.querySelector('meta[property="og:site_name"]')?.getAttribute("content")?.trim() ||
    document.querySelector('meta[name="SiteName"]')?.getAttribute("content")?.trim() ||
    null;
  const h1 = document.querySelector("h1")?.textContent?.replace(/\s+/g, " ").trim() || null;
  const sourceInLine = dateLine ? /来源[:：]\s*([^\s|｜]+)/.exec(dateLine)?.[1] ?? null : null;
  const parsed = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  const body = parsed?.content?.trim();
  const bodyText = parsed?.textContent?.replace(/\s+/g, "") ?? "";
  if (!parsed || !body || bodyText.length === 0) throw new PageError("no article text found in the page");
  const date = metaDate(document as unknown as Document, parsed.publishedTime);
  const source = sourceInLine ?? siteName ?? parsed.siteName?.trim() ?? null;
  const title = cleanTitle(parsed.title, h1, source);
  const [y, m, d] = date ? date.split("-").map(Number) : [];
  const header = dateLine ?? (date ? `发布时间：${y}年${m}月${d}日${source ? `　来源：${source}` : ""}` : null);

  const front: Record<string, string> = {};
  if (title) front.title = title;
  if (source) front.source = source;
  // The date line goes first, above the headline, as on a newspaper page: a
  // heading is never joined to the line before it, so the line stays whole for
  // the masthead rule (a line after it would be joined to the article's first
  // sentence). The headline is added only when the article body lacks it.
  const bodyHasTitle = title !== null && new RegExp(`<h[1-3][^>]*>\\s*${escapeRegExp(escapeHtml(title))}\\s*</h[1-3]>`).test(body);
  const html2 =
    `<!doctype html><html><head><meta charset="utf-8"></head><body>` +
    (header ? `<p>${escapeHtml(header)}</p>` : "") +
    (title && !bodyHasTitle ? `<h1>${escapeHtml(title)}</h1>` : "") +
    body +
    `</body></html>\n`;
  const text = (Object.keys(front).length ? `---\n${stringify(front)}---\n` : "") + html2;
  return {
    title,
    date,
    source,
    input: {
      bytes: new TextEncoder().encode(text),
      fileName: nameFromUrl(url),
      sourcePath: url,
      sourceUrl: url,
      fetchedAt,
      format: "html",
    },
  };
}
