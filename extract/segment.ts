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
//   body      anything else
// Consecutive heading/headline lines form a header block. A block opens a new
// article when it has a # or ## heading, or when a byline or banner follows it,
// or when no article has started yet; otherwise it is a subheading inside the
// current article (作家村 源头出活水, 第二步: …). A byline or banner that is not
// under a header block opens an article of its own, unless the current article
// has no body yet (its header is theirs) or only a column banner (【开栏语】
// then 本报讯 is one item). Masthead lines at the top of a page (主办, 总第…期,
// 星期, 农历, 富强 民主 …) form a segment of their own titled "报头".

export interface Segment {
  title: string;
  start: number;
  end: number;
}

type Kind = "heading" | "headline" | "byline" | "banner" | "body";

interface Line {
  text: string;
  start: number;
  kind: Kind;
  level: number;
}

const HEADING = /^(#{1,6}) (.*)$/;
const SENTENCE_PUNCT = /[，,。；;！!？?]/;
const MAX_HEADLINE_LENGTH = 50;
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
  if (h) return { text: h[2].trim(), start, kind: "heading", level: h[1].length };
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

/** First sentence of the first paragraph, without 本报讯(记者 …), banners and dateline, cut to length. */
export function fallbackTitle(paragraph: string): string {
  const s = paragraph
    .replace(/^本报讯\s*[（(][^)）]*[)）]\s*/, "")
    .replace(/^本报讯\s*/, "")
    .replace(BANNER, "")
    .replace(DATELINE_START, "")
    .trim();
  // The first clause when it says enough on its own, else the first sentence.
  const clauseStop = s.search(/[。！？!?；;，,]/);
  const sentenceStop = s.search(/[。！？!?]/);
  const stop = clauseStop >= MIN_CLAUSE_TITLE ? clauseStop : sentenceStop;
  const sentence = stop >= 0 ? s.slice(0, stop) : s;
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

/** Header title, else a trailing headline that is about the article, else its first clause. */
function titleOf(o: Open, articleText: string): string {
  const own = pickTitle(o.header);
  const trailing = pickTitle(o.trailing.filter((l) => overlap(l.text, articleText.replace(l.text, "")) >= ABOUT));
  if (trailing && (!own || overlap(trailing, articleText.replace(trailing, "")) > overlap(own, articleText.replace(own, "")))) return trailing;
  return own ?? (o.firstBody ? fallbackTitle(o.firstBody.text) : "");
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

export function segmentArticles(normalised: string): Segment[] {
  if (normalised.length === 0) return [];
  const lines = splitLines(normalised);
  const segments: Segment[] = [];
  let i = 0;

  // Masthead: the top lines up to the last one that looks like a masthead, if no prose comes before it.
  let mastheadEnd = -1;
  for (let k = 0; k < Math.min(lines.length, MASTHEAD_SEARCH_LINES); k++) {
    if (!isHeader(lines[k])) break;
    if (MASTHEAD.test(lines[k].text)) mastheadEnd = k;
  }
  if (mastheadEnd >= 0) {
    segments.push({ title: MASTHEAD_TITLE, start: 0, end: -1 });
    i = mastheadEnd + 1;
  }

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
  for (let k = 0; k < opened.length; k++) {
    const o = opened[k];
    const end = k + 1 < opened.length ? opened[k + 1].start : normalised.length;
    segments.push({ title: titleOf(o, normalised.slice(o.start, end)), start: o.start, end: -1 });
  }
  // Contiguous cover: the first segment starts at 0, each ends where the next starts.
  if (segments.length === 0) return [{ title: fallbackTitle(normalised.trim().split("\n")[0] ?? ""), start: 0, end: normalised.length }];
  segments[0].start = 0;
  for (let k = 0; k < segments.length; k++) segments[k].end = k + 1 < segments.length ? segments[k + 1].start : normalised.length;
  return segments.filter((s) => s.end > s.start || segments.length === 1);
}
