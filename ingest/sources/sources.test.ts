import { describe, expect, it } from "vitest";
import { parseListing } from "./feed";
import { cleanTitle, articleFromHtml, nameFromUrl } from "./page";
import { retryAfterMs } from "./http";
import { fetchConfigFromEnv } from "./config";
import { pageText } from "./pdf";

describe("feeds and site maps", () => {
  it("an Atom feed's relative links resolve against the feed URL, each once", () => {
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
      <entry><title>a</title><link href="/a.html"/><updated>2025-05-01T00:00:00Z</updated></entry>
      <entry><title>b</title><link href="b.html"/></entry><entry><title>a again</title><link href="/a.html"/></entry></feed>`;
    expect(parseListing(atom, "http://example.test/news/atom.xml")).toEqual({
      kind: "feed",
      items: [{ url: "http://example.test/a.html", updated: "2025-05-01T00:00:00.000Z" }, { url: "http://example.test/news/b.html", updated: undefined }],
    });
  });
  it("a site-map index lists site maps; other XML is refused", () => {
    const index = `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>http://example.test/s1.xml</loc></sitemap></sitemapindex>`;
    expect(parseListing(index, "http://example.test/")).toEqual({ kind: "sitemap-index", sitemaps: ["http://example.test/s1.xml"] });
    expect(() => parseListing("<note>hi</note>", "http://example.test/")).toThrow(/neither an RSS\/Atom feed nor a site map/);
  });
});

describe("article pages", () => {
  it("the page's heading wins over a <title> that adds the site's name", () => {
    expect(cleanTitle("港口吞吐量增长_今日衢江", "港口吞吐量增长", "今日衢江")).toBe("港口吞吐量增长");
    expect(cleanTitle("港口吞吐量增长 - 今日衢江", null, "今日衢江")).toBe("港口吞吐量增长");
    expect(cleanTitle("港口吞吐量增长", null, null)).toBe("港口吞吐量增长");
  });
  it("metadata date becomes the masthead line when the page shows none", () => {
    const html = `<html><head><meta property="article:published_time" content="2025-03-04T08:00:00+08:00"><meta property="og:site_name" content="衢州日报"></head>
      <body><article><h1>投资项目签约</h1><p>${"我区签约项目12个，总投资86亿元。".repeat(5)}</p></article></body></html>`;
    const a = articleFromHtml(html, "http://example.test/2025/0304/a.shtml", "2025-03-05T00:00:00Z");
    expect(a).toMatchObject({ title: "投资项目签约", date: "2025-03-04", source: "衢州日报" });
    const text = new TextDecoder().decode(a.input.bytes);
    expect(text).toContain("发布时间：2025年3月4日　来源：衢州日报");
    expect(a.input).toMatchObject({ fileName: "a.shtml", sourceUrl: "http://example.test/2025/0304/a.shtml", format: "html" });
  });
  it("a URL's name is its last path segment, else its host", () => {
    expect(nameFromUrl("http://example.test/")).toBe("example.test");
    expect(nameFromUrl("http://example.test/news/%E6%B8%AF.html?id=1")).toBe("港.html");
  });
});

describe("fetch settings", () => {
  it("Retry-After in seconds or as a date", () => {
    expect(retryAfterMs("3")).toBe(3000);
    expect(retryAfterMs(new Date(10_000).toUTCString(), 4_000)).toBe(6000);
    expect(retryAfterMs("soon")).toBeNull();
  });
  it("defaults, and a malformed variable named", () => {
    expect(fetchConfigFromEnv({})).toMatchObject({ delayMs: 1000, timeoutMs: 20000, retries: 3, backoffMs: 2000, robots: true });
    expect(() => fetchConfigFromEnv({ FETCH_DELAY_MS: "fast" })).toThrow(/FETCH_DELAY_MS/);
    expect(fetchConfigFromEnv({ FETCH_ROBOTS: "off" }).robots).toBe(false);
  });
});

describe("PDF reading order", () => {
  const item = (str: string, x: number, y: number, size = 10) => ({ str, x0: x, x1: x + size * str.length, y, size });
  it("columns left to right, each top down, under a headline that spans them", () => {
    const items = [item("右栏第一行", 300, 700), item("右栏第二行", 300, 685), item("大标题横跨两栏的文字", 40, 760, 20), item("左栏第一行", 40, 700), item("左栏第二行", 40, 685)];
    expect(pageText(items).split(/\n+/)).toEqual(["大标题横跨两栏的文字", "左栏第一行", "左栏第二行", "右栏第一行", "右栏第二行"]);
  });
});
