// The extractor: plain text (decoded, front matter stripped) → normalised text,
// articles, publication date and claims. Pure: no I/O, no database.
import type { ExtractedDocument, FrontMatter } from "./types";
import { normalise } from "./normalise";
import { segmentArticles } from "./segment";
import { articleDate, findPublicationDate } from "./pubdate";
import { extractClaims } from "./claims/extract";
import { lookupArea, type Area } from "./areas/gazetteer";
import { homeAreaFromSource } from "./areas/places";

/** Bump whenever the claims produced for the same text change. */
export const EXTRACTOR_VERSION = 8;

/** The area a page is written for when neither its paper nor the configuration says. */
export const DEFAULT_HOME_AREA = "衢江区";

export interface ExtractOptions {
  /** Base name of the input file, for error messages. */
  fileName: string;
  frontMatter?: FrontMatter;
  /** The configured home area (HOME_AREA: a code or full name), for pages whose paper names none. */
  homeArea?: string | null;
}

/**
 * The area a page is written for: its paper (front matter source, the masthead
 * lines, its URL: 今日衢江 → 衢江区, 衢州日报 → 衢州市), else the configured home.
 */
export function homeOf(normalisedText: string, options: ExtractOptions): { home: Area; fromSource: boolean } {
  // A masthead is a short line without sentence punctuation or digits among the first few (今日衢江, 衢州日报)
  const masthead = normalisedText
    .split("\n", 4)
    .filter((l) => l.length <= 30 && !/[，,。；;！!？?\d]/.test(l))
    .join(" ");
  // A web page prints its outlet above the article (来源：中国江西网上饶频道　编辑：…), often on one
  // header line after its time (发布时间：2021-07-19 16:00　来源：四川省统计局), which loses its spaces
  const sourceLine = /(?:^|(?<=[\d\s】]))(?:来源|信息来源)\s*[:：]\s*([^\s:：]{2,24})/m.exec(normalisedText.slice(0, 600))?.[1];
  const fromPaper = homeAreaFromSource({ source: options.frontMatter?.source ?? sourceLine, masthead, url: options.frontMatter?.url });
  if (fromPaper) return { home: fromPaper, fromSource: true };
  const configured = lookupArea(options.homeArea?.trim() || DEFAULT_HOME_AREA) ?? lookupArea(DEFAULT_HOME_AREA)!;
  return { home: configured, fromSource: false };
}

export function extractDocument(text: string, options: ExtractOptions): ExtractedDocument {
  const normalisedText = normalise(text);
  const pub = findPublicationDate(normalisedText, options.frontMatter?.date);
  // The title read like the text (traditional → simplified, full-width digits), so that it reads as its article does.
  const documentTitle = options.frontMatter?.title ? normalise(options.frontMatter.title).replace(/\s+/g, " ").trim() : null;
  const articles = segmentArticles(normalisedText, { documentTitle }).map((s) => ({
    title: s.title,
    start: s.start,
    end: s.end,
    date: articleDate(normalisedText.slice(s.start, s.end), pub.date),
  }));
  const { home, fromSource } = homeOf(normalisedText, options);
  const claims = extractClaims(normalisedText, {
    publishedAt: pub.date,
    publishedYear: pub.year,
    articles,
    title: options.frontMatter?.title ? normalise(options.frontMatter.title) : null,
    home,
    homeFromSource: fromSource,
  });
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
