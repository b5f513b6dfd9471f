import { describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import { readSource, SourceError, type Source } from "./source";

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytesOf = (...parts: Array<number[] | Uint8Array>) => Uint8Array.from(parts.flatMap((p) => Array.from(p)));
const gbk = (s: string) => new Uint8Array(iconv.encode(s, "gbk"));
const gb18030 = (s: string) => new Uint8Array(iconv.encode(s, "gb18030"));
const big5 = (s: string) => new Uint8Array(iconv.encode(s, "big5"));

const SIMPLIFIED = "本报讯(记者 方心怡)5月16日上午,区党政月度工作例会召开。货物吞吐量累计超3100万吨,为企业节约近3.8亿元运输成本。";
const TRADITIONAL = "衢江區作為全省單體面積最大、泊位最多的單一內河樞紐港，2025年貨物吞吐量同比增長42%。港區正從裝卸港向港倉一體化邁進。";

type Case =
  | { name: string; file: string; bytes: Uint8Array; expect: Partial<Source> & { textIncludes?: string; textExcludes?: string } }
  | { name: string; file: string; bytes: Uint8Array; error: string | RegExp };

const CASES: Case[] = [
  // decoding
  { name: "UTF-8", file: "a.txt", bytes: utf8(SIMPLIFIED), expect: { encoding: "utf-8", format: "txt", text: SIMPLIFIED, frontMatter: {} } },
  { name: "UTF-8 with BOM", file: "a.txt", bytes: bytesOf([0xef, 0xbb, 0xbf], utf8(SIMPLIFIED)), expect: { encoding: "utf-8", text: SIMPLIFIED } },
  { name: "UTF-16LE with BOM", file: "a.txt", bytes: bytesOf([0xff, 0xfe], new Uint8Array(Buffer.from(SIMPLIFIED, "utf16le"))), expect: { encoding: "utf-16le", text: SIMPLIFIED } },
  { name: "GBK", file: "a.txt", bytes: gbk(SIMPLIFIED), expect: { encoding: "gb18030", text: SIMPLIFIED } },
  { name: "GB18030 (4-byte characters)", file: "a.txt", bytes: gb18030(SIMPLIFIED + "𠀀"), expect: { encoding: "gb18030", text: SIMPLIFIED + "𠀀" } },
  { name: "Big5", file: "a.txt", bytes: big5(TRADITIONAL), expect: { encoding: "big5", text: TRADITIONAL } },
  { name: "ASCII is UTF-8", file: "a.txt", bytes: utf8("GDP grew 10.8%"), expect: { encoding: "utf-8", text: "GDP grew 10.8%" } },
  // rejected
  { name: "empty", file: "a.txt", bytes: new Uint8Array(), error: "empty file" },
  { name: "whitespace only", file: "a.txt", bytes: utf8(" \n\t\r\n　"), error: "empty file: only whitespace" },
  { name: "PNG", file: "a.txt", bytes: bytesOf([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), error: "not text: looks like a PNG image" },
  { name: "PDF", file: "a.txt", bytes: utf8("%PDF-1.7\n%âãÏÓ"), error: "not text: looks like a PDF document" },
  { name: "ZIP/docx", file: "a.docx", bytes: bytesOf([0x50, 0x4b, 0x03, 0x04, 20, 0]), error: /ZIP archive/ },
  { name: "NUL bytes", file: "a.txt", bytes: bytesOf(utf8("abc"), [0, 1, 2], utf8("def")), error: "not text: contains NUL bytes (a binary file?)" },
  { name: "invalid UTF-8, not Chinese either", file: "a.txt", bytes: bytesOf(utf8("caf"), [0xe9, 0x20, 0xe0, 0x20, 0xfc, 0x20, 0xff, 0xfe, 0x80, 0x81]), error: /^not text: not valid UTF-8, GB18030 or Big5/ },
  { name: "UTF-8 BOM then garbage", file: "a.txt", bytes: bytesOf([0xef, 0xbb, 0xbf, 0xc3, 0x28]), error: "not text: starts with a UTF-8 byte-order mark but is not valid UTF-8" },
  // front matter
  {
    name: "front matter",
    file: "a.md",
    bytes: utf8("---\ntitle: 衢江港区\nurl: https://example.org/a?b=1\ndate: 2025-05-20\nsource: 今日衢江\n---\n正文。"),
    expect: { format: "md", text: "正文。", frontMatter: { title: "衢江港区", url: "https://example.org/a?b=1", date: "2025-05-20", source: "今日衢江" } },
  },
  { name: "front matter with CRLF and quoted date", file: "a.txt", bytes: utf8("---\r\ndate: '2024-02-29'\r\n---\r\n正文。"), expect: { text: "正文。", frontMatter: { date: "2024-02-29" } } },
  { name: "empty front matter", file: "a.txt", bytes: utf8("---\n---\n正文。"), expect: { text: "正文。", frontMatter: {} } },
  { name: "numeric title is text", file: "a.txt", bytes: utf8("---\ntitle: 2025\n---\n正文。"), expect: { frontMatter: { title: "2025" } } },
  { name: "front matter in GBK", file: "a.txt", bytes: gbk("---\ntitle: 衢江港区货物吞吐量\n---\n" + SIMPLIFIED), expect: { encoding: "gb18030", frontMatter: { title: "衢江港区货物吞吐量" }, text: SIMPLIFIED } },
  { name: "invalid calendar date", file: "a.md", bytes: utf8("---\ndate: 2025-13-45\n---\n正文"), error: "front matter: date '2025-13-45' is not a valid date (YYYY-MM-DD)" },
  { name: "not a leap year", file: "a.md", bytes: utf8("---\ndate: 2025-02-29\n---\n正文"), error: "front matter: date '2025-02-29' is not a valid date (YYYY-MM-DD)" },
  { name: "date in another shape", file: "a.md", bytes: utf8("---\ndate: 2025年5月20日\n---\n正文"), error: "front matter: date '2025年5月20日' is not a valid date (YYYY-MM-DD)" },
  { name: "unknown keys", file: "a.md", bytes: utf8("---\ntitle: x\nauthor: y\ntags: [a]\n---\n正文"), error: "front matter: unknown keys 'author', 'tags' (allowed: title, url, date, source)" },
  { name: "url not http", file: "a.md", bytes: utf8("---\nurl: ftp://example.org/x\n---\n正文"), error: "front matter: url 'ftp://example.org/x' is not an http(s) URL" },
  { name: "url not a URL", file: "a.md", bytes: utf8("---\nurl: 今日衢江\n---\n正文"), error: "front matter: url '今日衢江' is not an http(s) URL" },
  { name: "title not text", file: "a.md", bytes: utf8("---\ntitle: [a, b]\n---\n正文"), error: "front matter: title must be text" },
  { name: "invalid YAML", file: "a.md", bytes: utf8("---\ntitle: [unclosed\n---\n正文"), error: /^front matter: invalid YAML: / },
  { name: "not a mapping", file: "a.md", bytes: utf8("---\n- a\n- b\n---\n正文"), error: "front matter: must be key: value pairs" },
  { name: "unclosed front matter", file: "a.md", bytes: utf8("---\ntitle: x\n正文"), error: "front matter: opening '---' has no closing '---'" },
  { name: "nothing after front matter", file: "a.md", bytes: utf8("---\ntitle: x\n---\n\n  \n"), error: "no text after the front matter" },
  { name: "a rule later in the text is no front matter", file: "a.md", bytes: utf8("正文\n---\n更多"), expect: { text: "正文\n---\n更多", frontMatter: {} } },
  // HTML
  {
    name: "HTML: title, headings, paragraphs; scripts and styles dropped",
    file: "page.html",
    bytes: utf8(
      "<!doctype html><html><head><title>衢江新闻 &amp; 报道</title><style>p{color:red}</style><script>var x = '1亿';</script></head>" +
        "<body><h1>港区吞吐量创新高</h1><p>货物吞吐量累计超<b>3100万吨</b>。</p><p>第二段&nbsp;文字。</p><script>alert(1)</script></body></html>",
    ),
    expect: { format: "html", frontMatter: { title: "衢江新闻 & 报道" }, textIncludes: "# 港区吞吐量创新高\n\n货物吞吐量累计超3100万吨。\n\n第二段", textExcludes: "1亿" },
  },
  {
    name: "HTML: front-matter title wins over <title>",
    file: "page.htm",
    bytes: utf8("---\ntitle: 前置标题\n---\n<html><head><title>网页标题</title></head><body><p>正文。</p></body></html>"),
    expect: { format: "html", frontMatter: { title: "前置标题" }, text: "正文。" },
  },
  { name: "HTML saved as .txt is still HTML", file: "a.txt", bytes: utf8("<!DOCTYPE html><html><body><p>正文。</p></body></html>"), expect: { format: "html", text: "正文。" } },
  { name: "HTML in GBK", file: "a.html", bytes: gbk("<html><body><p>" + SIMPLIFIED + "</p></body></html>"), expect: { encoding: "gb18030", format: "html", text: SIMPLIFIED } },
  { name: "HTML with no text", file: "a.html", bytes: utf8("<html><body><script>x()</script></body></html>"), error: "no text in the page" },
];

describe("readSource", () => {
  it.each(CASES)("$name", (c) => {
    if ("error" in c) {
      let caught: unknown;
      try {
        readSource(c.bytes, c.file);
      } catch (err) {
        caught = err;
      }
      expect(caught).toBeInstanceOf(SourceError);
      const message = (caught as Error).message;
      expect(message).not.toContain("\n");
      if (typeof c.error === "string") expect(message).toBe(c.error);
      else expect(message).toMatch(c.error);
      return;
    }
    const got = readSource(c.bytes, c.file);
    const { textIncludes, textExcludes, ...exact } = c.expect;
    expect(got).toMatchObject(exact);
    if (exact.frontMatter) expect(got.frontMatter).toEqual(exact.frontMatter);
    if (exact.text !== undefined) expect(got.text.trim()).toBe(exact.text);
    if (textIncludes) expect(got.text).toContain(textIncludes);
    if (textExcludes) expect(got.text).not.toContain(textExcludes);
  });
});
