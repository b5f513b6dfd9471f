// Frames: a time stated once governs the figures after it. One walk over an
// article finds
//   - the headline frame (上半年衢州经济运行情况出炉) and the lead frame (the
//     first time the lead sets, 记者获悉,上半年,全区……): together the
//     article frame, for every paragraph that sets none of its own;
//   - the event day: a dateline in the lead (3月26日上午,……集中开工活动举行)
//     dates the lead until another time replaces it, and the later paragraphs
//     that return to the event (此次, 会上, 签约项目中 …);
//   - paragraph marks: a time that opens a clause (上半年,全市…; 截至6月底,…;
//     今年全区新建…) holds for the rest of its paragraph, until the next mark;
//   - continuations: a paragraph that breaks down the one before (分县看,
//     从货种结构看, 其中) keeps that paragraph's frame.
// A claim's own sentence comes first (see period.ts); frames answer for the
// sentences that say no time themselves.
//
// Cases: frames.cases.ts (whole articles with the period each figure gets).
import type { PeriodSource } from "../types";
import type { Area } from "../areas/gazetteer";
import { findPlaces, type PlaceMention } from "../areas/places";
import { placeRoles, resolveCollective, type RolePlace } from "./area";
import { articleHome, type ArticleHome } from "./area-home";
import { isPlanDocument } from "./status";
import { clauseEndAt, clauseStartAt, firstStartingAt, lowerBound, sentenceStartAt } from "./context";
import { yearOfMonthDay, type YMD } from "../time/calendar";
import { findDatelines, type Dateline } from "../time/datelines";
import { parseTimes, resolveTime, type TimeMention } from "../time/expressions";
import { dayPeriod, startsAfter, type Period } from "../time/period";

export interface TimeFrame {
  period: Period;
  asOf: boolean;
  source: PeriodSource;
  /** The words that set it (上半年, 截至6月底, 3月26日). */
  cue: string;
}

export interface ParagraphFrames {
  start: number;
  end: number;
  /** Every time mention of the paragraph, offsets from the paragraph's start: read once, for frames and claims. */
  times: TimeMention[];
  /** Times that open a clause, in order: each governs what follows it in the paragraph. */
  marks: Array<{ at: number; frame: TimeFrame }>;
  /** The paragraph returns to the lead's event, or breaks down the paragraph before. */
  opening: "event" | "previous" | null;
}

export interface ArticleFrames {
  /** Headline or lead frame: governs paragraphs that set no time of their own. */
  article: TimeFrame | null;
  /** The headline's alone: what the lead says before it sets a time. */
  headline: TimeFrame | null;
  /** The day of the event the item tells (its dateline), if the lead opens with one. */
  event: TimeFrame | null;
  /** End of the lead's dateline (4月24日下午,): no figure's own time. */
  datelineEnd: number;
  /** Every place of the article with its role, collectives resolved against the place in force. */
  places: RolePlace[];
  /** The article's place: the first owner its headline or lead names. */
  place: { place: RolePlace; source: "headline" | "lead" } | null;
  /** The article's own home (area-home.ts): what its 全县/全市 mean and where unplaced figures go. */
  home: ArticleHome;
  /** The article announces a list of plans (status.ts isPlanDocument): its figures are plans unless they say done. */
  planDocument: boolean;
  /** Entities introduced with their place (位于龙游县的XX产业园): later figures about them are that place's. */
  entities: LocatedEntity[];
  paragraphs: ParagraphFrames[];
}

export interface FrameInput {
  text: string;
  /** The article's range in `text`. */
  start: number;
  end: number;
  /** The headline (the article's title lines, or the document's title for a one-item page). */
  headline: string | null;
  /** The publication date. */
  ref: YMD | null;
  /** The configured home (HOME_AREA), for an article whose paper and headline name no place. */
  home: Area;
  /** The area the paper names (source, masthead, url), null when none. */
  paper?: Area | null;
  /** The document's title, read as the headline when the article's own title lines are page furniture (来源：…). */
  title?: string | null;
  /**
   * Sorted offsets of the numbers that may become claims: places and times are read only where a
   * claim can use them (its paragraph, the one before it, the lead). Every paragraph when absent.
   */
  numbersAt?: ArrayLike<number>;
}

/** A paragraph that breaks down the one before it keeps its frame. */
const CONTINUATION = /^(?:分[^,，。;；]{1,10}看|从[^,，。;；]{1,10}(?:看|来看)|其中|分别|具体来看|具体而言)/;
/** Words that return to the event of the lead. */
const EVENT_ANAPHORA = /此次|本次|这次|会上|会议上|仪式上|活动上|活动中|当天|当日|现场|上述|主会场|分会场/;
/** What an event of the lead can be: later paragraphs naming it (签约项目中) are the event's own figures. */
const EVENT_WORDS = /开工|签约|开业|开港|开园|开馆|投产|竣工|开幕|开跑|开赛|揭牌|启用|首航|通航|发布会|推介会|博览会|交易会/g;
/** A dateline opens an event when its sentence tells one (…活动举行, …鸣枪开跑), not a report (记者从…获悉). */
const EVENT_SENTENCE = /举行|举办|召开|开工|签约|开业|开港|开园|开馆|投产|竣工|开幕|开跑|开赛|揭牌|启用|首航|通航|落幕|闭幕/;
/** A clause that speaks of a plan does not set the time of the reported figures after it. */
const PLAN_WORDS = /力争|争取|计划|预计|预期|目标|有望|拟|规划|将(?=[于在达建成实投])|确保/;
const CLAUSE_BREAK = /[,，;；:：。!！?？]/;
const HEADLINE_LINE = /^[^，,。；;！!？?]{1,50}$/;
/** A line of page furniture above an article (来源：…　编辑：…, 发布时间：…, 本报记者 …): no headline. */
const PAGE_FURNITURE = /^(?:来源|信息来源|编辑|责任编辑|作者|发布时间|发布日期|时间|字号|浏览次数|点击数)\s*[:：]|^本报记者|^记者\s|^通讯员/;
const DIGIT = /\d/;
/**
 * A lead sets the article's time in its first sentences (记者获悉,上半年,…); a year told further
 * down a feature's opening (…2023年,衢江将方舱医院改造为短剧工厂) is a past event.
 */
const LEAD_SENTENCES = 2;
/** 本报开化讯, 本报江山6月3日讯: the place the item is reported from, in its byline. */
const STATION = /^\s*本报([\u4e00-\u9fa5]{2,8}?)(?:\d{1,2}月\d{1,2}日)?(?:讯|电)/;
/**
 * A byline naming the paper: 本报讯(记者 …), 本报杭州10月23日讯(…), 【香港商报讯】记者…报道:. A bracket
 * is a byline only with a media word in it: a roundup's 【龙游】, 【江山】 names the item's place, whose
 * figures follow.
 */
const BYLINE_START = /^\s*(?:本报[^\n，,。]{0,10}?讯\s*(?:[（(][^)）\n]{0,40}[)）])?|【[^】\n]{0,12}?(?:讯|电|報道|报道|记者|記者|通讯员|报|報|新闻|新聞|网|網|社|台|在线|融媒)[^】\n]{0,10}】(?:[^，,。\n]{0,12}?(?:报道|報道)[：:])?)/;

/** Frames of one article. Pure: reads `text` only within the article. */
export function buildFrames(input: FrameInput): ArticleFrames {
  const { text, ref } = input;
  const paragraphs = splitParagraphs(text, input.start, input.end);
  // Title lines at the top of the article are its headline, not paragraphs
  const headlines: string[] = input.headline ? [input.headline] : [];
  while (paragraphs.length > 1 && HEADLINE_LINE.test(text.slice(paragraphs[0].start, paragraphs[0].end).trim())) {
    const line = text.slice(paragraphs[0].start, paragraphs[0].end);
    if (!PAGE_FURNITURE.test(line.trim())) headlines.push(line);
    paragraphs.shift();
  }
  if (headlines.length === 0 && input.title) headlines.push(input.title);

  const headline = headlineFrame(headlines.join("\n"), ref);
  const lead = paragraphs[0];
  const dateline = lead ? leadDateline(text, lead) : null;
  const opening = lead ? leadOpening(text, lead, dateline) : "";
  const planDocument = isPlanDocument(headlines.join("\n"), opening);
  const station = lead ? STATION.exec(text.slice(lead.start, Math.min(lead.end, lead.start + 40)))?.[1] : undefined;
  const home = articleHome({ paper: input.paper ?? null, configured: input.home, headline: headlines.join("\n"), lead: opening, station, body: text.slice(lead?.start ?? input.start, Math.min(input.end, (lead?.start ?? input.start) + 2000)) });
  const event = dateline && ref && EVENT_SENTENCE.test(text.slice(lead!.start, lead!.end).split(/[。!！?？]/, 1)[0]) ? eventFrame(text, lead!, dateline, ref) : null;
  const eventSubjects = event ? subjectsOf(text.slice(lead!.start + (dateline?.end ?? 0), lead!.end).split(/[。!！?？]/, 1)[0]) : [];
  const eventWords = event ? new Set(text.slice(lead!.start, lead!.end).split(/[。!！?？]/, 1)[0].match(EVENT_WORDS) ?? []) : new Set<string>();

  const has = hasNumber(input.numbersAt, paragraphs);
  const datelineEnd = dateline ? lead!.start + dateline.end : -1;
  // The byline names the paper and where it reported from (本报杭州1月22日讯), not whose figures follow
  const bylineEnd = lead ? Math.max(lead.start + (BYLINE_START.exec(text.slice(lead.start, lead.end))?.[0].length ?? 0), datelineEnd) : -1;
  // Places are read here, right after the article home's reading of the headline and lead, while the
  // scanner's tables are still in the processor's cache (the time expressions below evict them)
  const places = articlePlaces(text, paragraphs.filter((_, k) => k === 0 || has(k)), home.area).filter((p) => p.start >= bylineEnd || !lead || p.start < lead.start);
  const entities = locatedEntities(text, input.start, input.end, home.area);
  // A plan document's items (新建幼儿园2所) are for the time its headline or lead plans (2025年, 明年),
  // which lies ahead of the paper and so frames no reported figure
  const { article, out } = paragraphMarks({ text, ref, paragraphs, has, dateline, event, eventWords, eventSubjects, headline, article: (planDocument && planFrame(headlines.join("\n"), opening, ref)) || headline });
  return { article, headline, event, datelineEnd, paragraphs: out, places, place: homePlace(home) ?? articlePlace(text, headlines.join("\n"), home.area, places, lead, datelineEnd), home, planDocument, entities };
}

/** What the walk over an article's paragraphs reads (buildFrames sets it up). */
interface MarksInput {
  text: string;
  ref: YMD | null;
  paragraphs: ReadonlyArray<{ start: number; end: number }>;
  /** Does paragraph k hold a figure? */
  has: (k: number) => boolean;
  dateline: Dateline | null;
  event: TimeFrame | null;
  eventWords: Set<string>;
  eventSubjects: string[];
  headline: TimeFrame | null;
  /** The article frame before the lead is read: the headline's, or a plan document's. */
  article: TimeFrame | null;
}

/**
 * The paragraphs' time marks, what each inherits, and the article frame as the lead sets it. A
 * function of its own (not part of buildFrames): the engine then recompiles this walk alone when
 * it meets a new kind of time, not the article's whole set-up.
 */
function paragraphMarks(input: MarksInput): { article: TimeFrame | null; out: ParagraphFrames[] } {
  const { text, ref, paragraphs, has, dateline, event, eventWords, eventSubjects, headline } = input;
  const out: ParagraphFrames[] = [];
  let article = input.article;
  // A breakdown (分县看) continues the period of the paragraph before, not its as-of totals (截至3月末,存款余额…)
  let runningFlow: TimeFrame | null = null;
  for (let k = 0; k < paragraphs.length; k++) {
    const p = paragraphs[k];
    const body = text.slice(p.start, p.end);
    const firstClause = body.split(CLAUSE_BREAK, 1)[0];
    const firstSentence = body.split(/[。!！?？]/, 1)[0];
    let opening: ParagraphFrames["opening"] = null;
    if (k > 0 && CONTINUATION.test(firstClause)) opening = "previous";
    else if (k > 0 && event && (EVENT_ANAPHORA.test(firstSentence) || [...eventWords].some((w) => firstClause.includes(w)) || eventSubjects.some((w) => body.split(/[。!！?？]/, 2).join("。").includes(w)))) opening = "event";

    const inherited: TimeFrame | null = opening === "previous" ? runningFlow : opening === "event" ? event : k === 0 ? event : null;
    const marks: ParagraphFrames["marks"] = [];
    if (k === 0 && event) marks.push({ at: p.start, frame: event });
    let current: TimeFrame | null = inherited ?? article;
    // Times matter to the lead, to a paragraph with figures and to the one before it (a breakdown continues it)
    const needed = k === 0 || has(k) || has(k + 1);
    const rel = needed ? parseTimes(body) : [];
    for (const m of rel) {
      const at = m.start + p.start;
      if (k === 0 && dateline && m.start < dateline.end) continue; // the dateline itself
      if (!isMark(body, m, k === 0 && dateline ? dateline.end : 0)) continue;
      const r = resolveTime(m, { ref, frame: current?.period ?? null, actual: true });
      if (!r?.period || (ref && startsAfter(r.period, ref))) continue;
      const frame: TimeFrame = { period: r.period, asOf: r.asOf, source: "paragraph", cue: m.text };
      marks.push({ at, frame });
      current = frame;
      // The lead's first time (not its dateline) frames the whole article when it dates figures
      // there or repeats the headline's: 2024年,全国范围内涌现出一批…机构 is background
      if (k === 0 && article === headline && !marks.some((x) => x.frame.source === "lead") && sentencesBefore(body, m.start, dateline?.end ?? 0) < LEAD_SENTENCES && (DIGIT.test(sentenceAround(body, m.start).replace(m.text, "")) || samePeriod(frame.period, headline?.period))) {
        article = { ...frame, source: "lead" };
        marks[marks.length - 1] = { at, frame: article };
      } else if (k === 0 && article?.source === "lead" && article.asOf && !frame.asOf && frame.period.y === article.period.y) {
        // 今年以来，我市…，1—8月，全市…: a span running to the paper's day gives way to the period the
        // same sentence then names, of the same year: the report's own period frames the article
        const leadAt = marks.find((x) => x.frame === article)?.at ?? -1;
        if (leadAt >= p.start && sentencesBefore(body, leadAt - p.start, 0) === sentencesBefore(body, m.start, 0)) {
          article = { ...frame, source: "lead" };
          marks[marks.length - 1] = { at, frame: article };
        }
      }
    }
    // A lead that names its time only as part of a phrase (发布前三季度全省经济运行情况) still frames the article
    if (k === 0 && article === headline) {
      const before = firstNumber(firstSentence);
      const m = parseTimes(firstSentence.slice(0, before)).find((x) => usable(x) && !(dateline && x.start < dateline.end));
      const r = m && resolveTime(m, { ref, frame: headline?.period ?? null, actual: true });
      if (m && r?.period && !(ref && startsAfter(r.period, ref)) && (!headline || samePeriod(r.period, headline.period))) article = { period: r.period, asOf: r.asOf, source: "lead", cue: m.text };
    }
    out.push({ start: p.start, end: p.end, times: rel, marks, opening });
    runningFlow = [...marks].reverse().find((x) => !x.frame.asOf)?.frame ?? inherited ?? article ?? marks[marks.length - 1]?.frame ?? null;
  }
  return { article, out };
}

/** The time mentions in [from, to) of the paragraph holding `from`, offsets relative to `from`. */
export function timesBetween(frames: ArticleFrames, from: number, to: number): TimeMention[] {
  const k = paragraphIndex(frames, from);
  if (k < 0) return [];
  const out: TimeMention[] = [];
  const { times, start } = frames.paragraphs[k];
  // the paragraph's mentions are kept with offsets from its start (copied once, here, not also when read)
  const lo = from - start;
  const hi = to - start;
  for (let i = firstStartingAt(times, lo); i < times.length && times[i].start < hi; i++) {
    const m = times[i];
    if (m.end <= hi) out.push({ ...m, start: m.start - lo, end: m.end - lo });
  }
  return out;
}

/** The owner last named in the paragraph holding `pos`, before `pos`. */
export function placeAt(frames: ArticleFrames, pos: number): RolePlace | null {
  const k = paragraphIndex(frames, pos);
  if (k < 0) return null;
  const start = frames.paragraphs[k].start;
  const ps = frames.places;
  for (let i = firstStartingAt(ps, pos) - 1; i >= 0 && ps[i].start >= start; i--) if (ps[i].role === "owner" && ps[i].opens && ps[i].end <= pos) return ps[i];
  return null;
}

/** The places in [from, to), in order. */
export function placesBetween(frames: ArticleFrames, from: number, to: number): RolePlace[] {
  const ps = frames.places;
  const out: RolePlace[] = [];
  for (let i = firstStartingAt(ps, from); i < ps.length && ps[i].end <= to; i++) out.push(ps[i]);
  return out;
}

/**
 * The frame in force at `pos` (the start of a claim's sentence): the last mark
 * of its paragraph before it, else what the paragraph inherits (the paragraph
 * before, the event), else the article frame.
 */
export function frameAt(frames: ArticleFrames, pos: number): TimeFrame | null {
  const k = paragraphIndex(frames, pos);
  if (k < 0) return frames.article;
  return frameInParagraph(frames, k, pos);
}

function frameInParagraph(frames: ArticleFrames, k: number, pos: number): TimeFrame | null {
  const p = frames.paragraphs[k];
  for (let i = p.marks.length - 1; i >= 0; i--) if (p.marks[i].at <= pos) return p.marks[i].frame;
  if (p.opening === "previous" && k > 0) return flowAtEnd(frames, k - 1);
  if (p.opening === "event") return frames.event;
  // The lead before its own time: only the headline speaks for it
  return k === 0 ? frames.headline : frames.article;
}

/**
 * The frame a breakdown of paragraph k continues: its last period (not as-of) frame, else what
 * it inherited, else the article's; only a paragraph of as-of totals alone hands on its as-of
 * point (截至11月底,全市累计完成投资…。分地区看,柯城区完成…).
 */
function flowAtEnd(frames: ArticleFrames, k: number): TimeFrame | null {
  const p = frames.paragraphs[k];
  for (let i = p.marks.length - 1; i >= 0; i--) if (!p.marks[i].frame.asOf) return p.marks[i].frame;
  const before = p.opening === "previous" && k > 0 ? flowAtEnd(frames, k - 1) : p.opening === "event" ? frames.event : frames.article;
  return before ?? p.marks[p.marks.length - 1]?.frame ?? null;
}

/** The last paragraph starting at or before `pos`, or -1. */
function paragraphIndex(frames: ArticleFrames, pos: number): number {
  return firstStartingAt(frames.paragraphs, pos + 1) - 1;
}

// ---------------------------------------------------------------- places

/**
 * The article's places paragraph by paragraph, each with its role; a collective word takes the
 * place in force: the place right before it (衢州全市), else the paragraph's last owner.
 */
function articlePlaces(text: string, paragraphs: ReadonlyArray<{ start: number; end: number }>, home: Area): RolePlace[] {
  const out: RolePlace[] = [];
  if (paragraphs.length === 0) return out;
  // One scan over the paragraphs joined (a scan per paragraph cost five times as much), then
  // paragraph by paragraph; a place never spans a line break, so offsets map back one to one
  const parts = paragraphs.map((p) => text.slice(p.start, p.end));
  const joined = parts.join("\n");
  const starts: number[] = [];
  for (let k = 0, at = 0; k < parts.length; at += parts[k].length + 1, k++) starts.push(at);
  // mentions come in order: one pointer walks the paragraphs along with them
  let part = 0;
  const toDoc = (at: number) => {
    while (part + 1 < starts.length && starts[part + 1] <= at) part++;
    return paragraphs[part].start + (at - starts[part]);
  };
  // the scan's mentions are this call's own objects: moved to document offsets in place, not copied
  const all = withOwnLevel(joined, findPlaces(joined, home), home);
  for (const m of all) {
    const start = toDoc(m.start);
    m.end = start + (m.end - m.start);
    m.start = start;
  }
  let i = 0;
  for (const p of paragraphs) {
    while (i < all.length && all[i].start < p.start) i++;
    const found: PlaceMention[] = [];
    for (; i < all.length && all[i].end <= p.end; i++) found.push(all[i]);
    let context: Area | null = null;
    let prevEnd = -1;
    const roles = placeRoles(text, found);
    for (let k = 0; k < roles.length; k++) {
      const m = roles[k];
      const adjacent = m.start === prevEnd;
      const area = resolveCollective(m, adjacent ? (out[out.length - 1]?.area ?? context) : context, home, adjacent);
      prevEnd = m.end;
      if (!area) continue;
      const placed: RolePlace = { ...m, area, opens: m.role === "owner" && opensSentence(text, p.start, k, found) };
      out.push(placed);
      if (placed.role === "owner") context = area;
    }
  }
  return out;
}

/** 市本级, 区本级: the city's (district's) own level, a collective of the home. */
const OWN_LEVEL = /(?:市|区|县)本级/g;

function withOwnLevel(body: string, found: PlaceMention[], home: Area): PlaceMention[] {
  if (!body.includes("本级")) return found;
  const extra: PlaceMention[] = [];
  OWN_LEVEL.lastIndex = 0;
  for (let m = OWN_LEVEL.exec(body); m; m = OWN_LEVEL.exec(body)) {
    const start = m.index;
    if (!found.some((f) => f.start < start + 3 && f.end > start)) extra.push({ start, end: start + 3, text: m[0], area: home, via: "collective" });
  }
  return extra.length ? [...found, ...extra].sort((a, b) => a.start - b.start) : found;
}

const TIME_WORDS = /\d+(?:\s*[—\-–~至到]\s*\d+)?(?:年|月份?|日|号|季度)/g;

/** A sentence that sets a place aside for comparison (同期全国增长4.8%; 据省厅数据,全省…) hands no topic on. */
const ASIDE = /^(?:同期|另据|据[^，,。]{0,16}?(?:消息|数据|统计|测算)|相比之下|与之相比|与之相对|放眼|对比|分[^，,。]{1,10}看|从[^，,。]{1,10}看)/;

const LIST_WORD = /^(?:、|和|及|与)$/;

/** Does the place open its sentence as its topic: before any figure, alone (not a list), and not in an aside? */
function opensSentence(text: string, paraStart: number, i: number, found: readonly PlaceMention[]): boolean {
  const m = found[i];
  const s = sentenceStartAt(text, m.start, paraStart);
  // a time before the place (1—10月,我市…) does not make it any less the topic
  const before = text.slice(s, m.start).replace(TIME_WORDS, "");
  if (DIGIT.test(before) || ASIDE.test(before)) return false;
  const joined = (a?: PlaceMention, b?: PlaceMention) => !!a && !!b && LIST_WORD.test(text.slice(a.end, b.start));
  return !joined(found[i - 1], m) && !joined(m, found[i + 1]);
}

export interface LocatedEntity {
  /** Its name as introduced (XX产业园) and the generic head a later 该… refers to it by (产业园). */
  name: string;
  head: string;
  place: RolePlace;
  /** Where it was introduced: only figures after it can be about it. */
  at: number;
}

/** 位于龙游县的(XX)产业园, 坐落在…的…基地: an entity and its place; 该园区/园区 refers back to it. */
const ENTITY_AFTER = /^(?:境内)?的([^，,。；;、的]{0,16}?(产业园|工业园|园区|开发区|基地|港区|景区|工厂|小镇|项目|公司|码头|景点|影视城))|^(?:境内)?([^，,。；;、的]{0,16}?(产业园|工业园|园区|开发区|基地|港区|景区|工厂|小镇|码头|景点|影视城))/;
const LOCATED = /(?:位于|坐落于?|地处|落户|落户于|坐落在)$/;

function locatedEntities(text: string, start: number, end: number, home: Area): LocatedEntity[] {
  const out: LocatedEntity[] = [];
  const body = text.slice(start, end);
  if (!/位于|坐落|地处|落户|设在|设于/.test(body)) return out;
  // (主会场设在衢江区的高端特种纸项目现场。该项目…: the site is the project's place)
  for (const w of body.matchAll(/(?:位于|坐落于?|坐落在|地处|落户于?|设在|设于)/g)) {
    const from = start + w.index + w[0].length;
    const window = text.slice(from, Math.min(end, from + 40));
    const found = findPlaces(window, home);
    const first = found[0];
    if (!first || first.start !== 0 || first.via === "collective" || first.via === "country") continue;
    // the deepest of a nested run (位于浙江省衢州市衢江区的…)
    let place: PlaceMention = first;
    for (const m of found.slice(1)) if (m.start === place.end) place = m;
    const m = ENTITY_AFTER.exec(window.slice(place.end));
    if (m) out.push({ name: m[1] ?? m[3], head: m[2] ?? m[4], place: { ...place, start: from + place.start, end: from + place.end, role: "owner" }, at: from + place.end });
  }
  return out;
}

// entityPlace runs for every figure after an entity: one pattern per head word, not one per call
const headPatterns = new Map<string, RegExp>();
function headPattern(head: string): RegExp {
  let re = headPatterns.get(head);
  if (!re) headPatterns.set(head, (re = new RegExp(`(?:该|这个|这一|此)${head}|^${head}`)));
  return re;
}

/** The entity a sentence speaks of (its name, or 该/这个 + its head), introduced before `pos`, if any. */
export function entityPlace(frames: ArticleFrames, sentence: string, pos: number): RolePlace | null {
  for (let i = frames.entities.length - 1; i >= 0; i--) {
    const e = frames.entities[i];
    if (e.at > pos) continue;
    if ((e.name.length >= 3 && sentence.includes(e.name)) || headPattern(e.head).test(sentence)) return e.place;
  }
  return null;
}

/** The article's place when its home came from its headline or lead (the deepest of 浙江东阳市, not 浙江). */
function homePlace(home: ArticleHome): ArticleFrames["place"] {
  if (home.source !== "headline" && home.source !== "lead") return null;
  return { place: { start: -1, end: -1, text: home.cue ?? home.area.name, area: home.area, via: "name", role: "owner" }, source: home.source };
}

/** The first owner the headline names, else the first the lead names in its opening sentences. */
function articlePlace(
  text: string,
  headline: string,
  home: Area,
  places: readonly RolePlace[],
  lead: { start: number; end: number } | undefined,
  datelineEnd: number,
): ArticleFrames["place"] {
  if (headline) {
    const owner = placeRoles(headline, findPlaces(headline, home)).find((m) => m.role === "owner");
    if (owner) {
      const area = resolveCollective(owner, null, home);
      if (area) return { place: { ...owner, area }, source: "headline" };
    }
  }
  if (!lead) return null;
  // After the byline (【香港商报讯】 and 本报杭州10月23日讯 name the paper, not the figures),
  // within the lead's opening sentences
  const opening = text.slice(lead.start, lead.end);
  const byline = BYLINE_START.exec(opening)?.[0].length ?? 0;
  const from = Math.max(lead.start + byline, datelineEnd);
  for (const p of places) {
    if (p.start < from || p.start >= lead.end) continue;
    if (sentencesBefore(opening, p.start - lead.start, from - lead.start) >= LEAD_SENTENCES) break;
    if (p.role === "owner") return { place: p, source: "lead" };
  }
  return null;
}

// ---------------------------------------------------------------- pieces

/** Does paragraph k hold one of the numbers (all do when the numbers are not given)? */
function hasNumber(numbersAt: ArrayLike<number> | undefined, paragraphs: ReadonlyArray<{ start: number; end: number }>): (k: number) => boolean {
  if (!numbersAt) return (k) => k < paragraphs.length;
  const flags = paragraphs.map((p) => {
    const i = lowerBound(numbersAt, p.start);
    return i < numbersAt.length && numbersAt[i] < p.end;
  });
  return (k) => flags[k] ?? false;
}

function splitParagraphs(text: string, start: number, end: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let at = start;
  while (at < end) {
    let nl = text.indexOf("\n", at);
    if (nl < 0 || nl > end) nl = end;
    if (text.slice(at, nl).trim() !== "") out.push({ start: at, end: nl });
    at = nl + 1;
  }
  return out;
}

const usable = (m: TimeMention) => !m.base && !m.vague && !m.since && !m.now;

/**
 * A time that comes before any figure of its sentence (上半年,全区…; 记者获悉,1—10月,…) and
 * is no plan's horizon. A time after figures (…入住率超过八成,10月2日至4日一房难求) is the
 * sentence's own.
 */
function isMark(body: string, m: TimeMention, floor: number): boolean {
  if (!usable(m)) return false;
  // 第四季 without 度 (Taiwan, Hong Kong) is read in its own sentence only: it is as often a season of a topic's
  if (/季$/.test(m.text) && m.quarter !== undefined) return false;
  if (DIGIT.test(body.slice(sentenceStartAt(body, m.start, floor), m.start))) return false;
  const clauseStart = clauseStartAt(body, m.start);
  // It opens the clause, or follows a short subject (全区今年…, 衢州港今年…); 该工坊于2024年建成 recalls a past event
  const lead = body.slice(clauseStart, m.start).replace(/^[\s“”"'‘’「」（(]+/, "");
  if (lead.length > 8 || /[于在自从到的是]/.test(lead)) return false;
  if (DIGIT.test(body.slice(clauseStart, m.start))) return false;
  return !PLAN_WORDS.test(body.slice(clauseStart, clauseEndAt(body, m.end)));
}

/** How many sentences of the lead come before `at` (after its dateline). */
function sentencesBefore(body: string, at: number, from: number): number {
  return (body.slice(from, at).match(/[。!！?？]/g) ?? []).length;
}

function sentenceAround(body: string, at: number): string {
  const end = body.slice(at).search(/[。!！?？]/);
  return body.slice(sentenceStartAt(body, at), end < 0 ? body.length : at + end);
}

const samePeriod = (a: Period, b: Period | undefined) => !!b && a.kind === b.kind && a.y === b.y && a.m === b.m && a.d === b.d;

function firstNumber(s: string): number {
  const i = s.search(DIGIT);
  return i < 0 ? s.length : i;
}

/** The first time ahead of the paper that a plan document's headline or lead names (2025年, 明年). */
function planFrame(headline: string, opening: string, ref: YMD | null): TimeFrame | null {
  if (!ref) return null;
  for (const [words, source] of [[headline, "headline"], [opening, "lead"]] as const) {
    for (const m of parseTimes(words)) {
      if (!usable(m) || m.day !== undefined) continue;
      const r = resolveTime(m, { ref, actual: false });
      if (r?.period && startsAfter(r.period, ref)) return { period: r.period, asOf: r.asOf, source, cue: m.text };
    }
  }
  return null;
}

function headlineFrame(headline: string, ref: YMD | null): TimeFrame | null {
  for (const m of parseTimes(headline)) {
    // 综合体5月底竣工: a deadline, not the period of the figures
    if (!usable(m) || (m.edgeEnd && !m.asOf) || m.day !== undefined) continue;
    const r = resolveTime(m, { ref, actual: true });
    if (r?.period && !(ref && startsAfter(r.period, ref))) return { period: r.period, asOf: r.asOf, source: "headline", cue: m.text };
  }
  return null;
}

/**
 * What the lead's event is about (…创新创业基地暨人力资源服务产业园在中悦大厦开园 → 创新创业基地,
 * 人力资源服务产业园): a later paragraph that names it returns to the event. Names of six characters
 * or more, cut before the venue or the event verb, split at 暨/和/、.
 */
const SUBJECT_END = /在[^，,。]{0,16}?(?:举行|举办|召开|开园|开工|开业|开港|开馆|签约|投产|竣工|揭牌|启用)|(?:正式)?(?:举行|举办|召开|开园|开工|开业|开港|开馆|签约|投产|竣工|揭牌|启用)/;
function subjectsOf(sentence: string): string[] {
  const s = sentence.replace(/^[\s,，、]+/, "");
  const cut = s.search(SUBJECT_END);
  if (cut <= 0) return [];
  return s
    .slice(0, cut)
    .split(/暨|和|与|及|、/)
    .map((w) => w.replace(/^(?:[\u4e00-\u9fff]{2,3}(?:区|县|市))/, "").trim())
    .filter((w) => w.length >= 6 && !/[\d，,]/.test(w));
}

/** The lead's opening sentences after its byline and dateline: what the article says it is about. */
function leadOpening(text: string, lead: { start: number; end: number }, dateline: Dateline | null): string {
  const body = text.slice(lead.start, lead.end);
  const from = Math.max(BYLINE_START.exec(body)?.[0].length ?? 0, dateline?.end ?? 0);
  const sentences = body.slice(from).match(/[^。!！?？]*[。!！?？]?/g) ?? [];
  return sentences.slice(0, LEAD_SENTENCES).join("");
}

function leadDateline(text: string, lead: { start: number; end: number }): Dateline | null {
  const d = findDatelines(text.slice(lead.start, Math.min(lead.end, lead.start + 120)))[0];
  if (!d || d.at > 60) return null;
  // 10月1日至7日，全县接待游客…: a span opening a report (no event told) is the time of its figures,
  // not the day the item was written; a span that tells an event (…博览会举行) still dates the event
  const span = d.endM !== d.m || d.endD !== d.d;
  if (span && !EVENT_SENTENCE.test(text.slice(lead.start, lead.end).split(/[。!！?？]/, 1)[0])) return null;
  return d;
}

/** The lead's dateline: the day of the event it tells, in the year that puts it on or before the paper. */
function eventFrame(text: string, lead: { start: number; end: number }, d: Dateline, ref: YMD): TimeFrame {
  const y = yearOfMonthDay(d.endM, d.endD, ref);
  return { period: dayPeriod({ y, m: d.endM, d: d.endD }), asOf: false, source: "dateline", cue: text.slice(lead.start + d.at, lead.start + d.end).replace(/[,，、]$/, "") };
}
