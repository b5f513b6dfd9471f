// Periods: what time a number describes, resolved against the article's date.
// Time expressions are found in the sentence before the number; the nearest
// one wins. Conventions (see README): a month range 1—11月 is year-to-date and
// is written YYYY-MM of its last month; 截至…底 gives the last day (YYYY-MM-DD);
// 前三季度 is YYYY-Q3; 上半年 YYYY-H1; 2023年以来 is YYYY; vague spans
// (近年来, 两年内) give null; rates (每天, 年均, 年接待) give null unless dated;
// anything else, running totals included, is as of the article's date.

import { pageMap } from "./memo";

export interface YMD {
  y: number;
  m: number;
  d: number;
  /** Only the year is known (a page with no day): as-of figures are dated to the year. */
  yearOnly?: boolean;
}

export interface TimeExpr {
  start: number;
  end: number;
  /** null: a vague span that fixes no period. */
  period: string | null;
  /** 截至…: an as-of date, the figure is a running total. */
  asOf: boolean;
  vague: boolean;
  /** Has an explicit or relative year (for carrying a plan's horizon). */
  hasYear: boolean;
  /** 这个月/当月: the month the story is in, which an earlier month in the article may name. */
  thisMonth?: boolean;
  /** 自…以来 / 从…起: a start point; the figure runs up to the reference date. */
  since?: boolean;
  /** Written 今年/本年: relative to the reference year. */
  thisYear?: boolean;
  /** Written 全年/年内 without a year. */
  fullYear?: boolean;
}

const CN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 1: 1, 2: 2, 3: 3, 4: 4 };
const pad = (n: number) => String(n).padStart(2, "0");
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

export function parseYMD(date: string | null | undefined): YMD | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date ?? "");
  return m ? { y: +m[1], m: +m[2], d: +m[3] } : null;
}
export const formatYMD = (d: YMD) => (d.yearOnly ? String(d.y) : `${d.y}-${pad(d.m)}-${pad(d.d)}`);

function relativeYear(word: string, ref: YMD | null): number | null {
  if (/^\d{4}$/.test(word)) return +word;
  if (!ref) return null;
  switch (word) {
    case "今":
    case "本":
      return ref.y;
    case "去":
    case "上":
      return ref.y - 1;
    case "前":
      return ref.y - 2;
    case "明":
    case "来":
      return ref.y + 1;
    default:
      return null;
  }
}

/** A month without a year belongs to the reference year, or to the year before when it lies ahead of the reference. */
function yearForMonth(m: number, d: number | null, ref: YMD): number {
  if (m > ref.m || (m === ref.m && d != null && d > ref.d + 1)) return ref.y - 1;
  return ref.y;
}

interface Rule {
  re: RegExp;
  resolve(m: RegExpExecArray, ref: YMD | null): Omit<TimeExpr, "start" | "end"> | null;
}

const Y = String.raw`(\d{4}|[今去上前明本])年度?`;
const RANGE = String.raw`\s*[—\-–~至到]\s*`;

function yearBody(y: number, m: RegExpExecArray, asOfPrefix: boolean): Omit<TimeExpr, "start" | "end"> {
  const [, , mon1, mon2, day, monEnd, half, frontQ, q, yearEnd, fullYear, since] = m;
  void fullYear;
  void since;
  const base = { asOf: asOfPrefix, vague: false, hasYear: true };
  if (mon1) {
    const last = +(mon2 ?? mon1);
    if (last < 1 || last > 12) return { ...base, period: String(y) };
    if (day) return { ...base, period: `${y}-${pad(last)}-${pad(+day)}` };
    if (asOfPrefix || monEnd) return asOfPrefix ? { ...base, period: `${y}-${pad(last)}-${pad(lastDay(y, last))}` } : { ...base, period: `${y}-${pad(last)}` };
    return { ...base, period: `${y}-${pad(last)}` };
  }
  if (half) return { ...base, period: `${y}-${half === "上" ? "H1" : "H2"}` };
  if (frontQ) return { ...base, period: `${y}-Q${CN_DIGIT[frontQ]}` };
  if (q) return { ...base, period: `${y}-Q${CN_DIGIT[q]}` };
  if (yearEnd && asOfPrefix) return { ...base, period: `${y}-12-31` };
  return { ...base, period: String(y) };
}

export const TIME_RULES: readonly Rule[] = [
  {
    // 2025年, 2023年10月底, 今年3月, 去年1—11月, 2024年11月21日, 今年上半年, 2025年一季度, 2024年度, 2023年以来
    re: new RegExp(
      String.raw`(截至|截止到?|到)?${Y}(?:(\d{1,2})(?:${RANGE}(\d{1,2}))?月份?(?:(\d{1,2})[日号])?(底|末)?|([上下])半年|前([一二三两1-3])季度|([一二三四1-4])季度|(底|末)|(全年))?(以来)?`,
      "g",
    ),
    resolve(m, ref) {
      const y = relativeYear(m[2], ref);
      if (y == null || y < 1900 || y > 2100) return null;
      // 截至…, and 到…底 (到2023年底,已建成): an as-of date
      const asOf = m[1] === "截至" || m[1]?.startsWith("截止") === true || (m[1] === "到" && !!(m[6] || m[10]));
      const body = yearBody(y, [m[0], m[2], m[3], m[4], m[5], m[6], m[7], m[8], m[9], m[10], m[11], m[12]] as unknown as RegExpExecArray, asOf);
      return m[2] === "今" || m[2] === "本" ? { ...body, thisYear: true } : body;
    },
  },
  {
    // 5月16日, 1—10月, 3月, 5月底 (no year: the reference year, or the one before when the month lies ahead)
    re: new RegExp(String.raw`(截至|截止到?)?(?<![\d.个])(\d{1,2})(?:${RANGE}(\d{1,2}))?月份?(?:(\d{1,2})[日号])?(底|末)?`, "g"),
    resolve(m, ref) {
      if (!ref) return null;
      const last = +(m[3] ?? m[2]);
      if (last < 1 || last > 12) return null;
      const day = m[4] ? +m[4] : null;
      const y = yearForMonth(last, day, ref);
      const asOf = !!m[1];
      if (day) return { period: `${y}-${pad(last)}-${pad(day)}`, asOf, vague: false, hasYear: false };
      if (asOf) return { period: `${y}-${pad(last)}-${pad(lastDay(y, last))}`, asOf, vague: false, hasYear: false };
      return { period: `${y}-${pad(last)}`, asOf, vague: false, hasYear: false };
    },
  },
  {
    re: /([上下])半年|前([一二三两])季度|(?<![个连续])([一二三四])季度/g,
    resolve(m, ref) {
      if (!ref) return null;
      if (m[1]) return { period: `${ref.y}-${m[1] === "上" ? "H1" : "H2"}`, asOf: false, vague: false, hasYear: false };
      return { period: `${ref.y}-Q${CN_DIGIT[m[2] ?? m[3]]}`, asOf: false, vague: false, hasYear: false };
    },
  },
  {
    // 首季/首季度 (Q1), 首三季 (Q1–Q3), 前5个月 / 首5个月 (January to May): year-to-date, dated by the last month
    re: /首季度?|首([一二三两])季度?|[前首](\d{1,2}|[一二三四五六七八九十]{1,2})个月/g,
    resolve(m, ref) {
      if (!ref) return null;
      if (m[0].startsWith("首季")) return { period: `${ref.y}-Q1`, asOf: false, vague: false, hasYear: false };
      if (m[1]) return { period: `${ref.y}-Q${CN_DIGIT[m[1]]}`, asOf: false, vague: false, hasYear: false };
      const n = /^\d+$/.test(m[2]) ? +m[2] : ({ 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 } as Record<string, number>)[m[2]];
      if (!n || n > 12) return null;
      return { period: `${n > ref.m ? ref.y - 1 : ref.y}-${pad(n)}`, asOf: false, vague: false, hasYear: false };
    },
  },
  {
    // 上月, 本月; 截至上月底 is an as-of date (the month's last day)
    re: /(截至|截止到?)?(本月|这个月|当月|上个?月)(底|末)?/g,
    resolve(m, ref) {
      if (!ref || ref.yearOnly) return null;
      const asOf = !!m[1];
      if (m[2].startsWith("上")) {
        const y = ref.m === 1 ? ref.y - 1 : ref.y;
        const mo = ref.m === 1 ? 12 : ref.m - 1;
        return { period: asOf ? `${y}-${pad(mo)}-${pad(lastDay(y, mo))}` : `${y}-${pad(mo)}`, asOf, vague: false, hasYear: false };
      }
      if (asOf) return { period: formatYMD(ref), asOf, vague: false, hasYear: false };
      return { period: `${ref.y}-${pad(ref.m)}`, asOf: false, vague: false, hasYear: false, thisMonth: m[2] !== "本月" };
    },
  },
  {
    // 全年 / 年内 without a year: the reference year; a reported full-year figure early in the year is last year's
    re: /(?<![\d今去明上前本])(?:全年|年内)/g,
    resolve(_m, ref) {
      if (!ref) return null;
      return { period: String(ref.y), asOf: false, vague: false, hasYear: true, thisYear: true, fullYear: true };
    },
  },
  {
    // 过去的一年 / 一年来 in a report early in the year reviews the year before
    re: /过去的?一年|一年来/g,
    resolve(_m, ref) {
      if (!ref) return null;
      return { period: String(ref.m <= 3 ? ref.y - 1 : ref.y), asOf: false, vague: false, hasYear: true };
    },
  },
  {
    re: /近年来|近几年|近些年|多年来|这些年|历年|[两三四五几多]年(?:内|来|间|时间里)|半年(?:内|来|时间|多)|短短半年/g,
    resolve() {
      return { period: null, asOf: false, vague: true, hasYear: false };
    },
  },
];

/** All time expressions in `text` (offsets relative to it), overlapping ones resolved to the longest. */
export function findTimeExpressions(text: string, ref: YMD | null): readonly TimeExpr[] {
  const key = ref ? `${ref.y}-${ref.m}-${ref.d}${ref.yearOnly ? "y" : ""}\u0000${text}` : `\u0000${text}`;
  let hit = timeMemo.get(key);
  if (!hit) {
    hit = scanTimeExpressions(text, ref);
    // bounded: memory stays flat across pages
    if (timeMemo.size >= 512) timeMemo.clear();
    timeMemo.set(key, hit);
  }
  return hit;
}
// Claims in one sentence read the same sentence and paragraph again: scan each (text, reference date) once.
const timeMemo = pageMap<readonly TimeExpr[]>();

function scanTimeExpressions(text: string, ref: YMD | null): TimeExpr[] {
  const found: TimeExpr[] = [];
  for (const rule of TIME_RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      const r = rule.resolve(m, ref);
      if (!r) continue;
      const e: TimeExpr = { start: m.index, end: m.index + m[0].length, ...r };
      // 比上年增长, 较去年同期, 与2023年相比: the base of a comparison, not the period of the figure
      if (/(?:比|较|與|与|同|和|超过|超|高于|低于)$/.test(text.slice(Math.max(0, e.start - 2), e.start)) || /^(?:同期|相比|持平)/.test(text.slice(e.end, e.end + 2))) continue;
      // 自2024年12月启动以来: a start point, not the period
      if (/[自从]$/.test(text.slice(Math.max(0, e.start - 1), e.start)) && /^[^,，。;；]{0,8}?(?:以来|起|开始)/.test(text.slice(e.end, e.end + 12))) e.since = true;
      found.push(e);
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TimeExpr[] = [];
  for (const e of found) {
    const last = out[out.length - 1];
    if (last && e.start < last.end) continue; // contained in a longer expression found first
    out.push(e);
  }
  return out;
}

/** Rates fix no period by themselves: 每天, 年均, 一年订单量, 年接待, 年产值, 单日. */
export const RATE_CUE = /每(?:个)?[\u4e00-\u9fa5]|年均|日均|月均|人均|户均|亩均|一年|(?:^|[,，、])年(?:产|接待|接诊|销售|营收|收入|处理|吞吐|发电|用电|交易|均)/;

/** The last month named in `text` (进入1月以来), as YYYY-MM. */
function lastNamedMonth(text: string, ref: YMD | null): string | null {
  const months = findTimeExpressions(text, ref).filter((e) => e.period && /^\d{4}-\d{2}$/.test(e.period) && !e.thisMonth);
  return months.length ? months[months.length - 1].period : null;
}

/**
 * A reported figure for 今年 on a page from January, or for 全年 on a page from the first quarter,
 * is the year just ended: news early in the year reports last year's results
 * (今年累计开展9场 in mid-January; 全年GDP增长6.8% in February).
 */
function lagAdjusted(e: TimeExpr, ref: YMD | null, status: "actual" | "plan"): TimeExpr {
  if (!e.thisYear || !e.period || status !== "actual" || !ref || ref.yearOnly) return e;
  if (ref.m === 1 || (e.fullYear && ref.m <= 3)) return { ...e, period: String(ref.y - 1) + e.period.slice(4) };
  return e;
}

const CONTINUATION = /^(?:其中|同时|同期|此外|另外|分产业看|分行业看|从[^,，]{1,6}看)/;

export interface PeriodInput {
  /** Sentence text up to the number. */
  sentenceBefore: string;
  /** Clause text up to the number. */
  clauseBefore: string;
  /** Text of the paragraph before the sentence (for a plan's horizon). */
  paragraphBefore: string;
  /** Text of the article before the sentence, read only for 这个月 (lazily: it can be long). */
  articleBefore?: () => string;
  /** The article's own date (dateline) or the document's publication date. */
  ref: YMD | null;
  status: "actual" | "plan";
  cumulative: boolean;
}

export interface PeriodResult {
  period: string | null;
  /** The sentence says 截至…: a running total. */
  asOf: boolean;
}

export function resolvePeriod(input: PeriodInput): PeriodResult {
  const { sentenceBefore, clauseBefore, paragraphBefore, ref, status, cumulative } = input;
  const exprs = findTimeExpressions(sentenceBefore, ref);
  let nearest = exprs[exprs.length - 1];
  // 4月24日,2026年浙江省…锦标赛: a year naming an event refines to the fuller date given earlier
  if (nearest?.period) {
    for (let i = exprs.length - 2; i >= 0; i--) {
      const p = exprs[i].period;
      if (p && p.length > nearest.period!.length && p.startsWith(nearest.period!)) {
        nearest = exprs[i];
        break;
      }
    }
  }
  if (nearest?.thisMonth && input.articleBefore) {
    const named = lastNamedMonth(input.articleBefore().slice(-2000) + sentenceBefore.slice(0, nearest.start), ref);
    if (named) return { period: named, asOf: false };
  }
  if (nearest?.since) return { period: ref ? formatYMD(ref) : null, asOf: true };
  if (nearest) nearest = lagAdjusted(nearest, ref, status);
  if (nearest) {
    if (!nearest.vague) return { period: nearest.period, asOf: nearest.asOf };
    if (!cumulative) return { period: null, asOf: false };
  }
  if (status === "plan") {
    // A target takes the horizon stated earlier in its paragraph (并将于2026年投入运营。…预计提供30余个岗位)
    const before = findTimeExpressions(paragraphBefore, ref).filter((e) => e.hasYear && !e.vague && e.period && (!ref || +e.period.slice(0, 4) >= ref.y));
    const horizon = before[before.length - 1];
    return { period: horizon ? horizon.period!.slice(0, 4) : null, asOf: false };
  }
  if (!cumulative && RATE_CUE.test(clauseBefore)) return { period: null, asOf: false };
  // An event dated to the day earlier in the paragraph (2024年11月21日,…开业当天。…万人见证) dates what follows it;
  // a sentence that continues the one before (其中, 同时 …) keeps its period
  if (!cumulative) {
    const earlier = findTimeExpressions(paragraphBefore, ref).filter((e) => e.period && !e.asOf && !e.since && !e.vague);
    const last = earlier.length ? lagAdjusted(earlier[earlier.length - 1], ref, status) : undefined;
    if (last && (/^\d{4}-\d{2}-\d{2}$/.test(last.period!) || CONTINUATION.test(sentenceBefore))) return { period: last.period, asOf: false };
  }
  return { period: ref ? formatYMD(ref) : null, asOf: false };
}

/** Datelines (本报讯(记者 …)5月16日, a paragraph opening with 4月24日) give an article its own date. */
export const DATELINE = /本报讯[(（][^)）\n]{0,40}[)）]\s*(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日|(?:^|\n)[ \t]*(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日[,，]/g;

export function findDatelines(text: string, pub: YMD | null): { at: number; date: YMD }[] {
  const out: { at: number; date: YMD }[] = [];
  DATELINE.lastIndex = 0;
  for (let m = DATELINE.exec(text); m; m = DATELINE.exec(text)) {
    const yStr = m[1] ?? m[4];
    const mo = +(m[2] ?? m[5]);
    const d = +(m[3] ?? m[6]);
    if (mo < 1 || mo > 12 || d < 1 || d > 31) continue;
    let y: number | null = yStr ? +yStr : null;
    if (y == null) {
      if (!pub) continue;
      y = yearForMonth(mo, d, pub);
    }
    out.push({ at: m.index, date: { y, m: mo, d } });
  }
  return out;
}

/** Cases: [sentence before the number, reference date, status, cumulative, expected period] */
export const PERIOD_CASES: readonly [string, string, "actual" | "plan", boolean, string | null][] = [
  ["2025年货物吞吐量同比增长", "2026-01-10", "actual", false, "2025"],
  ["截至2023年10月底,该区高新技术产业投资增速达", "2024-01-19", "actual", false, "2023-10-31"],
  ["今年3月,港区完成首单业务,通关时间从", "2025-05-20", "actual", false, "2025-03"],
  ["衢江港区1月24日单日吞吐量突破", "2025-03-07", "actual", false, "2025-01-24"],
  ["1—11月,全县规上工业增加值增长", "2024-12-20", "actual", false, "2024-11"],
  ["今年前三季度,全县GDP增长", "2024-10-28", "actual", false, "2024-Q3"],
  ["上半年,全区实现地区生产总值", "2024-07-25", "actual", false, "2024-H1"],
  ["去年全年,全县GDP增长", "2024-02-01", "actual", false, "2023"],
  ["这里累计拍摄短剧超", "2026-04-24", "actual", true, "2026-04-24"],
  ["近年来,衢江区推进多式联运枢纽港建设,打造", "2025-05-20", "actual", false, null],
  ["其小儿推拿科作为基层特色专科,年接诊儿童患者", "2025-05-20", "actual", false, null],
  ["2023年以来,衢江依托“南孔精英”计划,落地高科技创新项目", "2024-01-19", "actual", true, "2023"],
  ["在过去的一年里,我们成功处理了", "2024-01-19", "actual", false, "2023"],
  ["12月,全县外贸出口额达", "2025-01-15", "actual", false, "2024-12"],
  ["截至去年底,全县累计建成5G基站", "2025-03-01", "actual", true, "2024-12-31"],
  ["到2023年底,全县已建成5G基站", "2024-03-01", "actual", true, "2023-12-31"],
  ["项目计划建设生产线,年产", "2026-04-24", "plan", false, null],
  ["服务近", "2025-05-20", "actual", false, "2025-05-20"],
  ["全年全县实现地区生产总值285.6亿元,按可比价格计算,比上年增长", "2024-02-20", "actual", false, "2023"],
  ["上半年,全区规上工业增加值较去年同期增长", "2024-07-20", "actual", false, "2024-H1"],
  ["全年计划拍摄短剧", "2024-03-15", "plan", false, "2024"],
  ["首季,衢州港货物吞吐量达", "2024-04-20", "actual", false, "2024-Q1"],
  ["前5个月,全市外贸进出口总额", "2024-06-20", "actual", false, "2024-05"],
  ["今年累计开展决策咨询服务", "2024-01-19", "actual", true, "2023"],
  ["今年,全区力争GDP增长", "2024-01-19", "plan", false, "2024"],
  ["自2024年12月启动以来,该项目历时", "2025-05-20", "actual", false, "2025-05-20"],
  ["截至上月底,全县今年已开工重大项目", "2025-03-12", "actual", true, "2025-02-28"],
  ["上月,全县完成固定资产投资", "2025-01-10", "actual", false, "2024-12"],
];
