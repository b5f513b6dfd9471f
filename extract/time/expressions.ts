// Time expressions: the one module that reads time in Chinese news text.
// Parsing and resolving are apart, as in chrono: parse() finds mentions and
// their written parts (a year, relative year words, a month range, a day, a
// quarter, …) without knowing the date of the article; resolve() turns a
// mention into a Period against a reference date and the frame in force (so
// 全年 in a report on 2018 is 2018 even when the paper is from January 2019).
// Refiners mark mentions that are not the time of a figure: the base of a
// comparison (比上年, 较一季度), a start point (自2019年开港以来), an age
// (今年52岁).
//
// Cases: expressions.cases.ts (the table is the test).
import { addMonths, isValidDay, MAX_YEAR, MIN_YEAR, yearOfMonthDay, type YMD } from "./calendar";
import { holidayAt, holidaySpan, type HolidayId } from "./holidays";
import { dayPeriod, halfPeriod, monthPeriod, quarterPeriod, yearPeriod, ytdPeriod, type Period } from "./period";

export interface TimeMention {
  start: number;
  end: number;
  text: string;
  /** 2025年 */
  year?: number;
  /** 今年 0, 去年/上年 -1, 前年 -2, 明年/来年 +1 */
  yearRel?: number;
  /** 同年: the year of the frame in force */
  sameYear?: boolean;
  /** 3月 → [3, 3]; 1—10月 → [1, 10] */
  months?: [number, number];
  /** day of the last month (10月1日至7日 → 7) */
  day?: number;
  /** several days (10月1日至7日): a span that ends on `day` */
  daySpan?: boolean;
  quarter?: number;
  /** 前三季度 → 3, 首季 → 1 */
  firstQuarters?: number;
  /** 前5个月 → 5 */
  firstMonths?: number;
  half?: 1 | 2;
  /** 全年, 年度, 年内: the whole year of the frame or reference */
  wholeYear?: boolean;
  /** 底/末 (year or month end) */
  edgeEnd?: boolean;
  /** 初 (year or month start): only ever a comparison base here */
  edgeStart?: boolean;
  /** 截至/截止/到 …: a running total as of that point */
  asOf?: boolean;
  /** 目前, 现在, 如今, 截至目前: as of the article's date */
  now?: boolean;
  /** 本月/当月/这个月 0, 上月 -1 */
  monthRel?: 0 | -1;
  /** 过去一年, 一年来: the year a report reviews */
  pastYear?: boolean;
  /** 同期: the same period as the frame in force */
  same?: boolean;
  /** a span that fixes no period: 近年来, 三年内 */
  vague?: boolean;
  /** the base of a comparison (比上年, 较一季度, 比1—8月): not the figure's time */
  base?: boolean;
  /** the time of a plan the figure is measured against (一季度计划开工的项目, 年度计划投资): a plan's own time only */
  planOf?: boolean;
  /** part of an event's name (2024年第三季度重大项目集中签约活动举行): the event's, not a figure's time */
  eventName?: boolean;
  /** a start point (自2019年开港以来, 从…起): the figure runs from it to an as-of point */
  since?: boolean;
  /** X年以来, 进入1月以来 (no 自/从): read as that period, the span the figure has run through */
  sinceYear?: boolean;
  /** 国庆假期, 春节期间, 双节: the holiday, dated on its last day (holidays.ts) */
  holiday?: HolidayId;
}

export interface Resolved {
  period: Period | null;
  asOf: boolean;
}

export interface ResolveContext {
  /** The month last named before (这个月 in a story about January means January). */
  recentMonth?: Period | null;
  /** The article's date (or the event's day for an event's own figures). */
  ref: YMD | null;
  /** The period of the frame in force (headline, lead, paragraph), if any. */
  frame?: Period | null;
  /** A reported figure (actual) reads 今年 in a January paper as last year; a plan does not. */
  actual?: boolean;
}

// ---------------------------------------------------------------- parse rules

const CN: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };
const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : /^\d+$/.test(s) ? +s : CN[s]);
const REL_YEAR: Record<string, number> = { 今: 0, 本: 0, 去: -1, 上: -1, 前: -2, 明: 1, 来: 1 };

const RANGE = String.raw`\s*[—\-–~至到]\s*`;
const AS_OF = String.raw`(截至|截止到?|到|至)?`;
/** A month part: 3月, 1—10月, 10月份, 5月20日, 10月1日至7日, 6月底 */
const MONTHS = String.raw`(\d{1,2})(?:月?${RANGE}(\d{1,2}))?月份?(?:(\d{1,2})[日号](?:${RANGE}(\d{1,2})[日号])?)?(?:(底|末)|(初)|[上中下]旬)?`;

interface Rule {
  re: RegExp;
  /** Words one of which every match contains: a text without any is not scanned. */
  needs: readonly string[];
  parse(m: RegExpExecArray): Omit<TimeMention, "start" | "end" | "text"> | null;
}

function monthPart(m: RegExpExecArray, i: number): Partial<TimeMention> {
  const from = +m[i];
  const to = m[i + 1] ? +m[i + 1] : from;
  const out: Partial<TimeMention> = { months: [from, to] };
  if (m[i + 2]) {
    out.day = +(m[i + 3] ?? m[i + 2]);
    if (m[i + 3]) out.daySpan = true;
  }
  if (m[i + 4]) out.edgeEnd = true;
  if (m[i + 5]) out.edgeStart = true;
  return out;
}

const asOfWord = (w: string | undefined, edgeEnd: boolean) =>
  // 截至…; 到/至 …底 (到2023年底,已建成) — 到2027年 alone is a plan horizon, not an as-of point
  w === "截至" || w?.startsWith("截止") === true || ((w === "到" || w === "至") && edgeEnd);

/** Holidays that stand alone as a time (龙年春节,…; 国庆,全市…); the others need 假期/期间/黄金周 after them. */
const HOLIDAY_ALONE = /^(?:春节|国庆|双节|中秋国庆|国庆中秋)$/;

export const TIME_RULES: readonly Rule[] = [
  {
    // holidays: 国庆假期, 2024年春节期间, 今年五一假期, 中秋国庆双节, 端午节小长假, 去年春节黄金周
    needs: ["春节", "国庆", "双节", "新春", "清明", "五一", "劳动节", "端午", "中秋", "元旦"],
    re: /(?:(\d{4})年|([今去明上])年)?(中秋国庆|国庆中秋|双节|春节|新春|清明|五一|劳动节|端午|中秋|国庆|元旦)(节)?[”"」]?(?:[“"「]?双节[”"」]?)?((?:小?长)?假期?|黄金周|期间|假日)?(?![前后\d]|以来|之[前后]|周年|档期前)/g,
    parse(m) {
      const name = m[3];
      if (!m[5] && !HOLIDAY_ALONE.test(name)) return null;
      const id = holidayAt(name);
      if (!id) return null;
      const out: Partial<TimeMention> = { holiday: id };
      if (m[1]) {
        out.year = +m[1];
        if (out.year < MIN_YEAR || out.year > MAX_YEAR) return null;
      } else if (m[2]) out.yearRel = REL_YEAR[m[2]];
      return out;
    },
  },
  {
    // a start named by a plan period or a milestone: “十四五”以来, 党的二十大以来, 开港以来 — a running
    // total from it is as of the paper's day (the caller dates it)
    needs: ["以来"],
    re: /[“"「]?十[一二三四五六七八九]五[”"」]?(?:时期|期间)?以来|党的(?:十[八九]|二十)大以来|(?<![年月日号\d])(?:开港|建港|开园|投用|投产|运营|试运营|成立|启动|通航|开通)以来/g,
    parse: () => ({ since: true }),
  },
  {
    // a span of days across two months: 9月29日至10月6日, 2023年12月30日—2024年1月1日 (its last day)
    needs: ["日", "号"],
    re: new RegExp(String.raw`(?:(\d{4})年)?(\d{1,2})月(\d{1,2})[日号]?${RANGE}(?:(\d{4})年)?(\d{1,2})月(\d{1,2})[日号]`, "g"),
    parse(m) {
      const to = +m[5];
      const day = +m[6];
      if (to < 1 || to > 12 || day < 1 || day > 31 || +m[2] < 1 || +m[2] > 12) return null;
      const out: Partial<TimeMention> = { months: [to, to], day, daySpan: true };
      const y = m[4] ?? m[1];
      if (y) {
        out.year = +y;
        if (out.year < MIN_YEAR || out.year > MAX_YEAR) return null;
      }
      return out;
    },
  },
  {
    // years with what follows: 2025年, 今年3月, 去年1—11月, 2024年11月21日, 今年上半年, 2025年一季度,
    // 今年前三季度 (首三季, 头三季 in Hong Kong and Taiwan papers), 2024年度, 2023年底, 去年全年, 2023年以来, 截至2025年底
    needs: ["年"],
    re: new RegExp(
      String.raw`${AS_OF}(\d{4}|(?<![不相共目提以规基])[今去明前上本来同])年度?(?:${MONTHS}|([上下])半年|(?:[前首头]|[一1]\s*[至到—\-–~]\s*)([一二三两1-3])(?:个)?季度?|第?([一二三四1-4])季度|首季度?|前(\d{1,2}|[一二三四五六七八九十]{1,2})个?月|(底|末)|(初)|全年)?(以来)?`,
      "g",
    ),
    parse(m) {
      const w = m[2];
      const out: Partial<TimeMention> = {};
      if (/^\d{4}$/.test(w)) {
        out.year = +w;
        if (out.year < MIN_YEAR || out.year > MAX_YEAR) return null;
      } else if (w === "同") out.sameYear = true;
      else out.yearRel = REL_YEAR[w];
      if (m[3]) Object.assign(out, monthPart(m, 3));
      else if (m[9]) out.half = m[9] === "上" ? 1 : 2;
      else if (m[10]) out.firstQuarters = num(m[10]);
      else if (m[11]) out.quarter = num(m[11]);
      else if (m[0].includes("首季")) out.firstQuarters = 1;
      else if (m[12]) out.firstMonths = num(m[12]);
      else if (m[13]) out.edgeEnd = true;
      else if (m[14]) out.edgeStart = true;
      else out.wholeYear = true;
      if (m[15]) out.sinceYear = true;
      out.asOf = asOfWord(m[1], !!out.edgeEnd);
      return out;
    },
  },
  {
    // months without a year: 5月16日, 1—10月, 3月, 5月底, 10月1日至7日, 截至6月底
    needs: ["月"],
    re: new RegExp(String.raw`${AS_OF}(?<![\d.个第])${MONTHS}(以来)?`, "g"),
    parse(m) {
      const out = monthPart(m, 2);
      const [from, to] = out.months!;
      if (from < 1 || to > 12 || from > to) return null;
      if (out.day !== undefined && (out.day < 1 || out.day > 31)) return null;
      out.asOf = asOfWord(m[1], !!out.edgeEnd) || (!!m[1] && m[1] !== "到" && m[1] !== "至");
      // 到/至 before a bare month (1月至3月) is the range itself, not an as-of word
      if (m[8]) out.sinceYear = true;
      return out;
    },
  },
  {
    // halves and quarters without a year: 上半年, 前三季度, 一至三季度, 一季度, 第一季度, 首季, 首三季
    needs: ["半年", "季"],
    // (一至三季度, 1—3季度: the first quarters, like 前三季度)
    re: /([上下])半年|(?:前|[一1]\s*[至到—\-–~]\s*)([一二三两1-3])个?季度?|(?<![个连续])第?([一二三四1-4])季度|[首头]([一二三两])季度?|首季度?/g,
    parse(m) {
      if (m[1]) return { half: m[1] === "上" ? 1 : 2 };
      if (m[2]) return { firstQuarters: num(m[2]) };
      if (m[3]) return { quarter: num(m[3]) };
      if (m[4]) return { firstQuarters: num(m[4]) };
      return { firstQuarters: 1 };
    },
  },
  {
    // 前5个月, 首5个月, 前10月 (January to that month)
    needs: ["月"],
    re: /[前首](\d{1,2}|[一二三四五六七八九十]{1,3})个?月(?!份)/g,
    parse(m) {
      const n = num(m[1]);
      return n && n <= 12 ? { firstMonths: n } : null;
    },
  },
  {
    // 年末 / 年底 without a year (年末全县生猪存栏…): the end of the frame's year
    needs: ["年末", "年底"],
    re: /(?<![\d今去明前上本来同当])年(?:末|底)/g,
    parse: () => ({ wholeYear: true, edgeEnd: true }),
  },
  {
    // 第四季 (Taiwan and Hong Kong write a quarter without 度)
    needs: ["季"],
    re: /第([一二三四1-4])季(?!度)/g,
    parse: (m) => ({ quarter: num(m[1]) }),
  },
  {
    // 全年 / 年内 / 年度 without a year: the year of the frame or reference
    needs: ["全年", "年内", "年度"],
    re: /(?<![\d今去明前上本来同])(?:全年|年内|年度)/g,
    parse: () => ({ wholeYear: true }),
  },
  {
    // 本月, 当月, 这个月, 上月; 截至上月底
    needs: ["月"],
    re: /(截至|截止到?)?(本月|这个月|当月|上个?月)(底|末)?/g,
    parse: (m) => ({ monthRel: m[2].startsWith("上") ? -1 : 0, asOf: !!m[1], edgeEnd: !!m[3] }),
  },
  {
    // as of now: 目前, 截至目前, 现在, 如今, 当前, 眼下 (体现在, 表现在 are no time)
    needs: ["目前", "现在", "如今", "当前", "眼下"],
    re: /(截至|截止到?)?(?:目前|(?<![体表呈])现在|如今|当前|眼下)/g,
    parse: (m) => ({ now: true, asOf: !!m[1] }),
  },
  {
    // 过去的一年, 一年来: the year a report reviews
    needs: ["一年"],
    re: /过去的?一年|一年来/g,
    parse: () => ({ pastYear: true }),
  },
  {
    // 同期 alone: the period of the frame in force (去年同期 is a base, see refiners)
    needs: ["同期"],
    re: /(?<!年)同期/g,
    parse: () => ({ same: true }),
  },
  {
    // spans that fix no period
    needs: ["年"],
    re: /近年来|近几年|近些年|多年来|这些年|历年|[两三四五六七八九十几多]年(?:内|来|间|时间里?)|半年(?:内|来|时间|多)|短短半年|\d{4}\s*[—\-–~至到]\s*\d{4}年/g,
    parse: () => ({ vague: true }),
  },
];

// ---------------------------------------------------------------- refiners

/** Words right before a time that make it the base of a comparison (比上年, 较一季度, 与2023年相比). */
const BASE_BEFORE = /(?:比|较|與|与|同|和|超过|超|高于|低于|快于|慢于|相比)$/;
/** Words right after a time that make it a base (去年同期, 2023年相比, 上年持平). */
const BASE_AFTER = /^(?:同期|相比|持平|的水平|水平)/;
/** 今年52岁, 今年68歲: an age, not a time of a figure. */
const AGE_AFTER = /^\d{1,3}(?:周)?岁|^[一二三四五六七八九十]{1,3}(?:周)?岁/;
const EVENT_NAME_AFTER = /^[^,，。;；]{0,24}?(?:活动|仪式|大会|会议|论坛|推介会|博览会|交易会|运动会|锦标赛|马拉松|联赛|大赛|文化节|旅游节)(?:[^,，。;；]{0,14}?(?:举行|举办|召开|开幕|启动|开赛|开跑|鸣枪|落幕|闭幕|开序幕)|中|上|现场)/;
const SINCE_BEFORE = /[自从]$/;
const SINCE_AFTER = /^[^,，。;；]{0,8}?(?:以来|起|开始)/;

function refine(text: string, m: TimeMention): TimeMention | null {
  const before = text.slice(Math.max(0, m.start - 2), m.start);
  const after = text.slice(m.end, m.end + 4);
  if (AGE_AFTER.test(after)) return null;
  if (BASE_BEFORE.test(before) || BASE_AFTER.test(after)) return { ...m, base: true };
  // 完成年度计划的56.3%, 完成全年目标任务的70%: the plan's year is the base of a ratio
  if (/^(?:计划|目标|任务)+的/.test(text.slice(m.end, m.end + 6)) || (/完成$/.test(before) && /^(?:计划|目标|任务)/.test(after))) return { ...m, base: true };
  if (/^(?:计划|目标|预期目标)/.test(after)) return { ...m, planOf: true };
  // 2024年第三季度重大项目集中签约活动举行: the time names the event; its figures take the event's day
  // (5月16日举行的…活动中: the day it was held, not a part of its name)
  if (!/^(?:上午|下午|晚上?)?(?:举行|召开|举办|开幕|启动)的/.test(after + text.slice(m.end + 4, m.end + 6)) && EVENT_NAME_AFTER.test(text.slice(m.end, m.end + 40))) return { ...m, base: true, eventName: true };
  if (m.edgeStart) return { ...m, base: true };
  // 今年以来首次, 开港以来新高: the span a record is set in, not the figure's time
  if ((m.sinceYear || m.since) && /^[^,，。;；]{0,2}(?:首次|首|第一次|最[高低大多]|新高|新低|之最)/.test(text.slice(m.end, m.end + 6))) return { ...m, base: true };
  if (SINCE_BEFORE.test(text.slice(Math.max(0, m.start - 1), m.start)) && SINCE_AFTER.test(text.slice(m.end, m.end + 12))) return { ...m, since: true };
  return m;
}

// ---------------------------------------------------------------- entry points

/** Each rule's trigger words as one pattern: one pass over a paragraph instead of one per word (ten holidays). */
const RULE_NEEDS: readonly RegExp[] = TIME_RULES.map((r) => new RegExp(r.needs.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")));
/** The first rule with the same trigger words as rule k: rules that need the same words (月 three times, 年 twice) ask the text once. */
const SAME_NEEDS: readonly number[] = RULE_NEEDS.map((re) => RULE_NEEDS.findIndex((o) => o.source === re.source));
/** Per call of parseTimes, by SAME_NEEDS index: 0 not asked yet, 1 absent, 2 present (parseTimes does not recurse). */
const needsAnswer = new Uint8Array(TIME_RULES.length);

/**
 * A mention with every field present (undefined when unsaid), always in this order: one object
 * shape for every mention, so that the rules reading mentions (frames, periods, status) see one
 * kind of object. Built as `{ start, end, text, ...parts }` they had a shape per combination of
 * fields, and each new one the engine met cost a recompile of its readers.
 */
function mentionOf(start: number, end: number, text: string, p: Partial<TimeMention>): TimeMention {
  const m: { [K in keyof Required<TimeMention>]: TimeMention[K] } = {
    start,
    end,
    text,
    year: p.year,
    yearRel: p.yearRel,
    sameYear: p.sameYear,
    months: p.months,
    day: p.day,
    daySpan: p.daySpan,
    quarter: p.quarter,
    firstQuarters: p.firstQuarters,
    firstMonths: p.firstMonths,
    half: p.half,
    wholeYear: p.wholeYear,
    edgeEnd: p.edgeEnd,
    edgeStart: p.edgeStart,
    asOf: p.asOf,
    now: p.now,
    monthRel: p.monthRel,
    pastYear: p.pastYear,
    same: p.same,
    vague: p.vague,
    base: p.base,
    planOf: p.planOf,
    eventName: p.eventName,
    since: p.since,
    sinceYear: p.sinceYear,
    holiday: p.holiday,
  };
  return m;
}

/** Every time mention in `text`, left to right; overlapping matches resolve to the longest. */
export function parseTimes(text: string): TimeMention[] {
  const found: TimeMention[] = [];
  needsAnswer.fill(0);
  for (let k = 0; k < TIME_RULES.length; k++) {
    const rule = TIME_RULES[k];
    const f = SAME_NEEDS[k];
    if (needsAnswer[f] === 0) needsAnswer[f] = RULE_NEEDS[f].test(text) ? 2 : 1;
    if (needsAnswer[f] === 1) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      const parts = rule.parse(m);
      if (!parts) continue;
      found.push(mentionOf(m.index, m.index + m[0].length, m[0], parts));
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TimeMention[] = [];
  for (const e of found) {
    const last = out[out.length - 1];
    if (last && e.start < last.end) continue;
    // 10月份当月: 当月 names the month just written, not the article's
    if (last && e.monthRel === 0 && !e.asOf && last.months && e.start - last.end <= 1) continue;
    const r = refine(text, e);
    // 比一季度、二季度加快…: a time listed after a base is a base too
    if (r && last?.base && !r.base && /^[、和及与]$/.test(text.slice(last.end, r.start))) out.push({ ...r, base: true });
    else if (r) out.push(r);
  }
  return out;
}

/**
 * The years written with digits in `text` (2025年), with their offsets: the cheap question a page's
 * own year needs (a full parse of a long page costs ten scans).
 */
export function explicitYears(text: string): Array<{ year: number; start: number }> {
  const out: Array<{ year: number; start: number }> = [];
  for (const m of text.matchAll(EXPLICIT_YEAR)) out.push({ year: +m[1], start: m.index });
  return out;
}
const EXPLICIT_YEAR = /(\d{4})\s*年/g;

/** Does the mention name a year (explicitly or relatively)? A plan's horizon needs one. */
export const hasYear = (m: TimeMention) => m.year !== undefined || m.yearRel !== undefined;

/**
 * A mention as a period. Null when it fixes none (vague, a base, a bare
 * 同期 with no frame). `since` mentions are resolved by the caller, which
 * knows the as-of point of the sentence.
 */
export function resolveTime(m: TimeMention, ctx: ResolveContext): Resolved | null {
  const { ref, frame } = ctx;
  if (m.vague || m.base) return null;
  if (m.same) return frame ? { period: frame, asOf: false } : null;
  if (m.now) return ref ? { period: dayPeriod(ref), asOf: !!m.asOf } : null;
  if (m.pastYear) return ref ? { period: yearPeriod(ref.m <= 3 ? ref.y - 1 : ref.y), asOf: false } : null;
  if (m.monthRel !== undefined) {
    if (!ref) return null;
    const named = ctx.recentMonth ?? (frame && (frame.kind === "month" || frame.kind === "ytd") ? frame : null);
    if (m.monthRel === 0 && named && !m.asOf) return { period: monthPeriod(named.y, named.m), asOf: false };
    const t = addMonths(ref.y, ref.m, m.monthRel);
    if (m.asOf && m.monthRel === 0 && !m.edgeEnd) return { period: dayPeriod(ref), asOf: true };
    return { period: monthPeriod(t.y, t.m), asOf: !!m.asOf };
  }

  if (m.holiday) return resolveHoliday(m, m.holiday, ctx);
  const y = yearOf(m, ctx);
  if (y === null) return null;
  const asOf = !!m.asOf;
  // 今年以来, 2024年以来 in a 2024 paper: the year so far, as of the paper's day (a past year's 以来 is that year)
  if (m.sinceYear && m.wholeYear && ref && y === ref.y) return { period: dayPeriod(ref), asOf: true };
  if (m.months) {
    const [from, to] = m.months;
    if (m.day !== undefined) return isValidDay(y, to, m.day) ? { period: dayPeriod({ y, m: to, d: m.day }), asOf } : null;
    if (from === to) return { period: monthPeriod(y, to), asOf };
    return { period: from === 1 ? ytdPeriod(y, to) : monthPeriod(y, to), asOf };
  }
  if (m.half) return { period: halfPeriod(y, m.half), asOf };
  if (m.quarter) return { period: quarterPeriod(y, m.quarter), asOf };
  if (m.firstQuarters) {
    const n = m.firstQuarters;
    return { period: n === 1 ? quarterPeriod(y, 1) : n === 2 ? halfPeriod(y, 1) : ytdPeriod(y, n * 3), asOf };
  }
  if (m.firstMonths) return { period: ytdPeriod(y, m.firstMonths), asOf };
  if (m.edgeEnd) return { period: monthPeriod(y, 12), asOf };
  return { period: yearPeriod(y), asOf };
}

/**
 * A holiday's last day. With no year written it is the latest holiday that began by the paper's
 * date (a 春节 report in February is this year's; one in January is last year's), a plan's the next.
 */
function resolveHoliday(m: TimeMention, id: HolidayId, ctx: ResolveContext): Resolved | null {
  const { ref } = ctx;
  let y: number | null = m.year ?? (m.yearRel !== undefined && ref ? ref.y + m.yearRel : null);
  if (y === null) {
    if (!ref) return null;
    y = ref.y;
    const span = holidaySpan(id, y);
    if (span && ctx.actual !== false && compareYMD(span.start, ref) > 0) y -= 1;
  }
  const span = holidaySpan(id, y);
  return span ? { period: dayPeriod(span.end), asOf: false } : null;
}

const compareYMD = (a: YMD, b: YMD) => a.y - b.y || a.m - b.m || a.d - b.d;

/** The year a mention speaks of, or null when nothing fixes it. */
function yearOf(m: TimeMention, ctx: ResolveContext): number | null {
  const { ref, frame } = ctx;
  if (m.year !== undefined) return m.year;
  if (m.sameYear) return frame?.y ?? ref?.y ?? null;
  if (m.yearRel !== undefined) {
    if (!ref) return null;
    // A January paper's 今年 in a reported figure is the year just ended (今年累计开展9场, mid-January)
    if (m.yearRel === 0 && ctx.actual && ref.m === 1 && !m.months) return ref.y - 1;
    return ref.y + m.yearRel;
  }
  // No year written. 全年/年内 is the year of the frame in force (a report on 2018 printed in January 2019);
  // months, quarters and halves are read against the paper's date (进入1月以来 in March is this January)
  if (m.wholeYear && frame && frame.kind !== "day") return frame.y;
  if (!ref) return frame?.y ?? null;
  const lastMonth = m.months?.[1] ?? (m.half ? m.half * 6 - 5 : m.quarter ? m.quarter * 3 - 2 : m.firstQuarters ? 1 : m.firstMonths ? 1 : null);
  if (m.wholeYear) return ctx.actual && ref.m <= 3 ? ref.y - 1 : ref.y;
  if (m.months) return yearOfMonthDay(m.months[1], m.day ?? null, ref);
  // A quarter or half that starts after the reference is last year's (四季度 in a January paper)
  if (lastMonth !== null && lastMonth > ref.m) return ref.y - 1;
  return ref.y;
}
