// Normalised page text → its articles, as contiguous ranges that cover the
// whole text, each with a title.
//
// The page is read line by line (normalise() leaves one paragraph per line and
// keeps headings and headline-like lines on their own). Line kinds:
//   heading   "# …" markdown heading (level = number of #)
//   headline  a short line with no sentence punctuation (an unmarked title,
//             kicker or subtitle in OCR'd pages)
//   byline    "本报讯(记者 …)…" — the first paragraph of a news item
//   banner    "【开栏语】…" and other 【…】 column banners
//   meta      page furniture that is never a title (NOT_TITLE_RULES: datelines,
//             hotlines and contact lines, credits, bare bylines, 【关闭窗口】);
//             transparent to segmentation: it opens, joins and titles nothing
//   body      anything else
// Consecutive heading/headline lines form a header block. A block opens a new
// article when it has a # or ## heading, or when a byline or banner follows it,
// or when no article has started yet; otherwise it is a subheading inside the
// current article (作家村 源头出活水, 第二步: …). A byline or banner that is not
// under a header block opens an article of its own, unless the current article
// has no body yet (its header is theirs) or only a column banner (【开栏语】
// then 本报讯 is one item). Masthead lines at the top of a page (主办, 总第…期,
// 星期, 农历, 富强 民主 …) form a segment of their own titled "报头".
//
// An article's title is, in this order: its own header block's headline; a
// displaced headline printed below it; the document's title (front matter or
// the page's <title>) for a page's only or first unheaded article; else its
// first clause after the lead (本报讯…, 记者从…获悉). Never a dateline, a
// hotline or credits line (NOT_TITLE_RULES, cases in segment.cases.ts).

export interface Segment {
  title: string;
  start: number;
  end: number;
}

type Kind = "heading" | "headline" | "byline" | "banner" | "meta" | "body";

/**
 * Lines that are never an article's title, however short and headline-like:
 * what a page prints around the news. Near misses (real headlines that share a
 * word: 12345热线办件量…, 电话诈骗…, 记者节…) are in segment.cases.ts.
 */
export const NOT_TITLE_RULES: ReadonlyArray<{ id: string; test: RegExp; why: string }> = [
  {
    id: "dateline",
    test: /^(?:\d{4}年)?\d{1,2}月\d{1,2}日\s*(?:(?:星期|周)[一二三四五六日天])?\s*$|^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$/,
    why: "a date on its own says when, not what",
  },
  {
    id: "no-words",
    test: /^[^\u4e00-\u9fffA-Za-z]*$/,
    why: "digits and punctuation only (09:12, 2/8): nothing a reader can call a title",
  },
  {
    id: "hotline",
    test: /(?:热线|电话|手机|传真|微信|QQ)(?:号码?)?\s*[:：]?\s*[\d(（+]|(?:邮箱|E-?mail|地址|邮编)\s*[:：]/i,
    why: "a newsroom hotline or contact line: a label followed by a number or an address",
  },
  {
    id: "credits",
    test: /^(?:来源|信息来源|稿源|作者|编辑|责任编辑|责编|发布时间|发布日期|更新时间|浏览次数|点击数|阅读数|字号|版式|美编|校对|审核|审校|摄影|图片|视频)\s*[:：]|(?:责任编辑|责编|版式|校对)\s*[:：]/,
    why: "credits and page statistics: 来源：… 编辑：… 发布时间：…",
  },
  {
    id: "byline",
    test: /^(?:本报|本台|本刊)?(?:特约)?(?:记者|通讯员|实习生|见习记者)(?:\s+[\u4e00-\u9fff·]{2,4})+(?:\s+(?:记者|通讯员|实习生|见习记者)(?:\s+[\u4e00-\u9fff·]{2,4})+)*\s*$/,
    why: "a bare byline (本报记者 陈丹 通讯员 王晓帆): names, no news",
  },
  {
    id: "furniture",
    test: /^[【\[]?\s*(?:关闭窗口|关闭|打印本页|打印|返回顶部|返回|分享到|分享|收藏本页|收藏|上一篇|下一篇)\s*[】\]]?(?:\s*[【\[]\s*(?:关闭窗口|关闭|打印本页|打印|返回顶部|返回|收藏)\s*[】\]])*\s*$/,
    why: "web page furniture: 【关闭窗口】【打印本页】",
  },
  {
    id: "reporter-lead",
    test: /^(?:本报|据)?记者[^，,。；;]{0,8}(?:从|在|向)[^，,。；;]{1,24}(?:获悉|了解到|获得)\s*$/,
    why: "记者从区统计局获悉 says where the news came from, not what it is",
  },
];

/** The rule a line breaks, or null when it may be a title. */
export function notTitleRule(line: string): string | null {
  const text = line.trim();
  for (const r of NOT_TITLE_RULES) if (r.test.test(text)) return r.id;
  return null;
}

/** A page's title that names the page, not an item on it (衢州日报 第2版 经济新闻). */
const PAGE_TITLE = /第\s*[\d一二三四五六七八九十]+\s*版|总第\s*\d+\s*期|星期[一二三四五六日天]|^(?:首页|正文|新闻|无标题|untitled)$/i;
/** Site names after a web page's title: 标题 - 衢江新闻网, 标题_今日衢江_衢州新闻网, 标题 | 浙江日报. */
const TITLE_SUFFIX = /\s*(?:\s[-–|｜]\s|_|｜)\s*/;
const MIN_DOCUMENT_TITLE = 4;

/**
 * The document's own title as an article title: the site name after a web
 * page's title dropped; null when it names the page (版面) or breaks a rule.
 */
export function documentHeadline(title: string | null | undefined): string | null {
  const t = (title ?? "").replace(/\s+/g, " ").trim();
  if (t.length === 0) return null;
  const parts = t.split(TITLE_SUFFIX).map((p) => p.trim()).filter((p) => p.length > 0);
  // The headline comes first; the site and section names after it are short.
  const head = parts.length > 1 && parts[0].length >= MIN_DOCUMENT_TITLE ? parts[0] : t;
  if (head.length < MIN_DOCUMENT_TITLE || PAGE_TITLE.test(head) || notTitleRule(head)) return null;
  return head;
}

interface Line {
  text: string;
  start: number;
  kind: Kind;
  level: number;
}

const HEADING = /^(#{1,6}) (.*)$/;
const SENTENCE_PUNCT = /[，,。；;！!？?]/;
const MAX_HEADLINE_LENGTH = 50;
const MAX_META_LENGTH = 80;
const BYLINE = /^本报讯/;
const BANNER = /^【[^】]{1,12}】/;
/** Enumerated section headings belong to the article they sit in. */
const ENUMERATED = /^(?:第[一二三四五六七八九十\d]+[步部分章节篇]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．])/;
const MASTHEAD = /主办|承办|总第\s*\d+\s*期|星期[一二三四五六日天]|农历|JIN RI|今日\s*\d+\s*版|第\s*\d+\s*版|^富强 ?民主|^自由 ?平等|^爱国 ?敬业/;
const MASTHEAD_SEARCH_LINES = 12;
export const MASTHEAD_TITLE = "报头";
const FALLBACK_TITLE_LENGTH = 30;
const MIN_CLAUSE_TITLE = 8;
/** The dateline that opens a news item says when, not what: 4月24日下午, / 近日, */
const DATELINE_START = /^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:至\d{1,2}日)?(?:上午|下午|晚上|晚|早上|凌晨|中午)?|近日|日前|近期|昨天|昨日|今天|今日)[,，、]?/;

function classify(text: string, start: number): Line {
  const h = HEADING.exec(text);
  if (h) return { text: h[2].trim(), start, kind: notTitleRule(h[2]) ? "meta" : "heading", level: h[1].length };
  // Only a line of furniture alone: one that broken-line joining merged with prose (来源：…近日，县政府印发…。) is prose.
  if (!BYLINE.test(text) && text.length <= MAX_META_LENGTH && !/[。！？!?]/.test(text) && notTitleRule(text)) return { text, start, kind: "meta", level: 0 };
  if (BYLINE.test(text)) return { text, start, kind: "byline", level: 0 };
  if (BANNER.test(text)) return { text, start, kind: "banner", level: 0 };
  if (!SENTENCE_PUNCT.test(text) && text.length <= MAX_HEADLINE_LENGTH) return { text, start, kind: "headline", level: 0 };
  return { text, start, kind: "body", level: 0 };
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let at = 0;
  while (at < text.length) {
    const nl = text.indexOf("\n", at);
    const end = nl < 0 ? text.length : nl;
    const raw = text.slice(at, end);
    if (raw.trim() !== "") lines.push(classify(raw.trim(), at + (raw.length - raw.trimStart().length)));
    at = end + 1;
  }
  return lines;
}

const isHeader = (l: Line) => l.kind === "heading" || l.kind === "headline";

/** The title of a header block: the main heading, not the kicker or the subtitle. */
export function pickTitle(block: readonly Line[]): string | null {
  const candidates = block.filter((l) => !l.text.startsWith("——") && !ENUMERATED.test(l.text) && (l.kind === "heading" || l.text.length > 1) && !isGhost(l.text));
  for (const level of [1, 2]) {
    const hs = candidates.filter((l) => l.kind === "heading" && l.level === level);
    // Nearest the body: page banners and kickers come first.
    if (hs.length > 0) return hs[hs.length - 1].text;
  }
  if (candidates.length === 0) return null;
  // Kickers and subtitles are often two phrases split by a space (贯彻二十大精神 踔厉奋进新征程);
  // the main headline usually is one phrase. Prefer those, then the longest.
  const unspaced = candidates.filter((l) => !l.text.includes(" "));
  const pool = unspaced.length > 0 ? unspaced : candidates;
  return pool.reduce((a, b) => (b.text.length > a.text.length ? b : a)).text;
}

/**
 * What opens a news item before its news, stripped in order (each may follow
 * the one before): 本报讯(记者 …) or 本报杭州10月23日讯(…), 【香港商报讯】,
 * 记者林嘉欣报道：, a dateline, 记者从区统计局获悉，.
 */
const CREDIT_LABEL = "(?:发布时间|发布日期|更新时间|信息来源|来源|稿源|作者|责任编辑|责编|编辑|浏览次数|点击数|阅读数|字号)";
const LEADS: readonly RegExp[] = [
  // credits that broken-line joining ran into the first paragraph: 发布时间：2024-02-06 10:25信息来源：县政府办公室浏览次数：1327近日，…
  new RegExp(`^(?:${CREDIT_LABEL}[:：]\\s*(?:\\d{4}-\\d{1,2}-\\d{1,2}(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?|\\d+|[^\\s，,。:：]{1,16}?(?=${CREDIT_LABEL}[:：]|\\s|$)|[大中小\\s]+)\\s*)+`),
  /^本报[^\s，,。(（]{0,12}讯\s*(?:[（(][^)）]*[)）])?\s*/,
  BANNER,
  /^\s*(?:本报)?记者[^，,。：:]{1,12}报道\s*[：:]\s*/,
  DATELINE_START,
  /^(?:据)?记者[^，,。；;]{0,8}(?:从|在|向)[^，,。；;]{1,24}(?:获悉|了解到)\s*[,，:：]?\s*/,
  DATELINE_START,
];

/** First clause (or sentence) of the first paragraph after its lead, cut to length. */
export function fallbackTitle(paragraph: string): string {
  let s = paragraph.trim();
  for (const lead of LEADS) s = s.replace(lead, "").trim();
  // The first clause when it says enough on its own, else the first sentence.
  const clauseStop = s.search(/[。！？!?；;，,]/);
  const sentenceStop = s.search(/[。！？!?]/);
  const stop = clauseStop >= MIN_CLAUSE_TITLE ? clauseStop : sentenceStop;
  const sentence = stop >= 0 ? s.slice(0, stop) : s;
  // No title rather than a false one: the pages then show the document's title or file name.
  if (notTitleRule(sentence)) return "";
  return sentence.length > FALLBACK_TITLE_LENGTH ? `${sentence.slice(0, FALLBACK_TITLE_LENGTH)}…` : sentence;
}

// ---------------------------------------------------------------- displaced headlines

/** Share of a line's character pairs (spaces ignored) that also occur in a text. */
export function overlap(line: string, text: string): number {
  const l = line.replace(/\s+/g, "");
  if (l.length < 2) return 0;
  let hit = 0;
  for (let k = 0; k + 1 < l.length; k++) if (text.includes(l.slice(k, k + 2))) hit++;
  return hit / (l.length - 1);
}

/** A headline this much about a text is about that text (local news shares many pairs: 衢江, 项目). */
const ABOUT = 0.3;
const WINDOW = 800;

/**
 * OCR ghosts: a line whose every word is printed twice ("UPUP 衢江衢江",
 * "贯彻二十大精神贯彻二十大精神") is a decorative banner, never a title.
 */
export function isGhost(line: string): boolean {
  const words = line.split(/\s+/).filter((w) => w.length > 0);
  return words.length > 0 && words.every((w) => w.length >= 2 && w.length % 2 === 0 && w.slice(0, w.length / 2) === w.slice(w.length / 2)) ||
    (() => {
      const bare = line.replace(/\s+/g, "");
      return bare.length >= 4 && bare.length % 2 === 0 && bare.slice(0, bare.length / 2) === bare.slice(bare.length / 2);
    })();
}

/**
 * OCR'd pages sometimes print a headline below its article, just above the
 * next item's byline (004: "衢江区文体健康中心9月完工" closes the article on
 * that centre). An unmarked header block that is more about the article
 * before it than the item after it moves back as that article's trailing
 * headline; the next item then starts at its byline.
 */
function reattachDisplacedHeadlines(text: string, opened: Open[]): void {
  for (let k = 1; k < opened.length; k++) {
    const prev = opened[k - 1];
    const cur = opened[k];
    if (cur.header.length === 0 || !cur.header.every((l) => l.kind === "headline")) continue;
    if (cur.firstBody === null || cur.firstBody.kind !== "byline") continue;
    // Equal windows on both sides, so that a long article before does not win by size alone.
    const before = text.slice(Math.max(prev.start, cur.start - WINDOW), cur.start);
    const after = text.slice(cur.firstBody.start, cur.firstBody.start + WINDOW);
    const lines = cur.header.filter((l) => !isGhost(l.text));
    if (lines.length === 0) continue;
    const sPrev = Math.max(...lines.map((l) => overlap(l.text, before)));
    const sNext = Math.max(...lines.map((l) => overlap(l.text, after)));
    if (sPrev >= ABOUT && sPrev > sNext) {
      prev.trailing = cur.header;
      cur.header = [];
      cur.start = cur.firstBody.start;
    }
  }
}

/**
 * Header title, else a trailing headline that is about the article, else the
 * document's title (when given for this article), else its first clause.
 */
function titleOf(o: Open, articleText: string, documentTitle: string | null): string {
  const own = pickTitle(o.header);
  const trailing = pickTitle(o.trailing.filter((l) => overlap(l.text, articleText.replace(l.text, "")) >= ABOUT));
  if (trailing && (!own || overlap(trailing, articleText.replace(trailing, "")) > overlap(own, articleText.replace(own, "")))) return trailing;
  return own ?? documentTitle ?? (o.firstBody ? fallbackTitle(o.firstBody.text) : "");
}

interface Open {
  start: number;
  header: Line[];
  firstBody: Line | null;
  hasByline: boolean;
  /** Body so far is only 【…】 banners. */
  bannersOnly: boolean;
  /** Headline lines after the body (OCR sometimes puts a title below its article). */
  trailing: Line[];
}

export interface SegmentOptions {
  /**
   * The document's own title (front matter `title`, or an HTML page's <title>),
   * normalised like the text: the headline of a page's only article, or of its
   * first article when that prints none.
   */
  documentTitle?: string | null;
}

export function segmentArticles(normalised: string, options: SegmentOptions = {}): Segment[] {
  if (normalised.length === 0) return [];
  const docTitle = documentHeadline(options.documentTitle);
  const all = splitLines(normalised);
  const segments: Segment[] = [];
  let i = 0;

  // Masthead: the top lines up to the last one that looks like a masthead, if no prose comes before it.
  let mastheadEnd = -1;
  for (let k = 0; k < Math.min(all.length, MASTHEAD_SEARCH_LINES); k++) {
    if (!isHeader(all[k]) && all[k].kind !== "meta") break;
    if (MASTHEAD.test(all[k].text)) mastheadEnd = k;
  }
  if (mastheadEnd >= 0) segments.push({ title: MASTHEAD_TITLE, start: 0, end: -1 });
  // Furniture lines belong to whatever surrounds them: they open, join and title nothing.
  const lines = all.slice(mastheadEnd + 1).filter((l) => l.kind !== "meta");

  let open: Open | null = null;
  const opened: Open[] = [];
  const openAt = (start: number, header: Line[]) => {
    open = { start, header, firstBody: null, hasByline: false, bannersOnly: true, trailing: [] };
    opened.push(open);
  };

  while (i < lines.length) {
    const line = lines[i];
    if (isHeader(line)) {
      let j = i;
      while (j < lines.length && isHeader(lines[j])) j++;
      const block = lines.slice(i, j);
      const next = lines[j];
      const hasMainHeading = block.some((l) => l.kind === "heading" && l.level <= 2 && !ENUMERATED.test(l.text));
      const onlyEnumerated = block.every((l) => ENUMERATED.test(l.text));
      const itemFollows = next !== undefined && (next.kind === "byline" || next.kind === "banner");
      const o = open as Open | null;
      if (o === null || (!onlyEnumerated && (hasMainHeading || itemFollows))) openAt(line.start, block);
      else if (next === undefined && block.every((l) => l.kind === "headline")) o.trailing = block;
      i = j;
      continue;
    }
    const o = open as Open | null;
    if (line.kind === "byline" || line.kind === "banner") {
      const canJoin = o !== null && !o.hasByline && (o.firstBody === null || o.bannersOnly) && !(line.kind === "banner" && o.firstBody !== null);
      if (!canJoin) openAt(line.start, []);
    } else if (o === null) {
      openAt(line.start, []);
    }
    const cur = open as unknown as Open;
    if (cur.firstBody === null) cur.firstBody = line;
    if (line.kind === "byline") cur.hasByline = true;
    if (line.kind !== "banner") cur.bannersOnly = false;
    i++;
  }

  reattachDisplacedHeadlines(normalised, opened);
  // The document's title heads its only article, or its first one when that prints no headline.
  const titled = opened.length === 1 || (opened.length > 0 && pickTitle(opened[0].header) === null) ? 0 : -1;
  for (let k = 0; k < opened.length; k++) {
    const o = opened[k];
    const end = k + 1 < opened.length ? opened[k + 1].start : normalised.length;
    const title = k === titled && docTitle && opened.length === 1 ? docTitle : titleOf(o, normalised.slice(o.start, end), k === titled ? docTitle : null);
    segments.push({ title, start: o.start, end: -1 });
  }
  // Contiguous cover: the first segment starts at 0, each ends where the next starts.
  if (segments.length === 0) return [{ title: docTitle ?? fallbackTitle(normalised.trim().split("\n")[0] ?? ""), start: 0, end: normalised.length }];
  segments[0].start = 0;
  for (let k = 0; k < segments.length; k++) segments[k].end = k + 1 < segments.length ? segments[k + 1].start : normalised.length;
  return segments.filter((s) => s.end > s.start || segments.length === 1);
}
