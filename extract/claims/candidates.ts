// Candidates: every number in the text that reads as a quantity — a number,
// its unit and its qualifier — before anything decides what it measures,
// when, or where. The parser stage: rule families for units, qualifiers and
// not-claims (each with its own case table) do the reading.
import { chineseDigit, findNumbers, type NumberSpan } from "../numbers";
import type { Qualifier } from "../types";
import { INFIX_CUES, combineQualifiers, prefixQualifier, suffixQualifier } from "./qualifiers";
import { GROWTH_BY_MULTIPLE, notClaimAfterUnit, notClaimReason } from "./not-claims";
import { matchUnit, readMagnitude, type UnitKind, type UnitRow } from "./units";

export interface Candidate {
  span: NumberSpan;
  /** The number (range: its lower end) through the unit and any trailing qualifier (以上, 左右). */
  start: number;
  end: number;
  /** Where a qualifier cue before the number starts (超3100万吨), else `start`. */
  cueStart: number;
  value: number;
  unit: string;
  unitKind: UnitKind | "percent" | "index";
  qualifier: Qualifier;
}

/** Money written without 元 after a money word (营收1.2亿, 总投资超5亿). */
const MONEY_METRIC = /(?:营收|营业收入|收入|产值|投资|投入|生产总值|GDP|总额|金额|销售额|利润|税收|纳税|资金|成交额|交易额|融资|补贴|奖励)[^,，。;；]{0,6}$/;

export function findCandidates(text: string): Candidate[] {
  const spans = findNumbers(text);
  const out: Candidate[] = [];
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    if (span.rangeEnd === "high") continue;
    const view = { text, start: span.start, end: span.end, value: span.value, raw: span.raw, chinese: span.chinese };
    if (notClaimReason(view)) continue;

    // A range's unit follows its upper end (30—40万元)
    const unitFrom = span.rangeEnd === "low" && spans[k + 1]?.rangeEnd === "high" ? spans[k + 1].end : span.end;
    let unitRead = readUnit(text, unitFrom, span);
    if (!unitRead) {
      if (/指数(?:为|达到?|是)?$/.test(text.slice(Math.max(0, span.start - 5), span.start))) {
        // A bare number after 指数 is an index value
        unitRead = { row: null, factor: 1, infix: null, end: span.end, unitEnd: span.end, suffix: null, unit: "index" };
      } else if (/[万亿萬億]$/.test(span.raw) && MONEY_METRIC.test(text.slice(Math.max(0, span.start - 12), span.start))) {
        const suf = suffixQualifier(text, span.end);
        unitRead = { row: null, factor: 1, infix: null, end: suf ? suf.end : span.end, unitEnd: span.end, suffix: suf?.qualifier ?? null, unit: "元" };
      } else if (text[unitFrom] === "倍" && GROWTH_BY_MULTIPLE.test(text.slice(Math.max(0, span.start - 6), span.start))) {
        // 比上年增长一倍以上: a growth of one multiple is +100%
        const suf = suffixQualifier(text, unitFrom + 1);
        unitRead = { row: null, factor: 100, infix: null, end: suf ? suf.end : unitFrom + 1, unitEnd: unitFrom + 1, suffix: suf?.qualifier ?? null, unit: "%" };
      } else continue;
    }
    if (notClaimAfterUnit(view, unitRead.unit, text.slice(unitRead.unitEnd, unitRead.unitEnd + 8))) continue;
    // A duration in years must not be a year (2023年 is handled by not-claims; 两年内 is a time span)
    if (unitRead.unit === "年" && /^(?:内|来|前|后|间|以来|时间)/.test(text.slice(unitRead.end, unitRead.end + 2))) continue;

    const pre = prefixQualifier(text, span.start, span.raw);
    const inner = innerQualifier(span);
    out.push({
      span,
      start: span.start,
      end: unitRead.end,
      cueStart: Math.min(span.start, pre?.start ?? span.start),
      value: roundValue(span.value * unitRead.factor),
      unit: unitRead.unit,
      unitKind: unitRead.row?.kind ?? (unitRead.unit === "%" ? "percent" : "index"),
      qualifier: combineQualifiers(pre?.qualifier ?? null, inner.q ?? unitRead.infix, unitRead.suffix, inner.range),
    });
  }
  return text.includes("番") ? withDoublings(text, out) : out;
}

/** 翻了一番, 翻两番, 翻了近一番: a doubling is a growth of 100 %, two of 300 % (the scanner reads no lone 一). */
const DOUBLING = /翻了?(近|约|超过?|逾)?([一二两三四])番/g;

function withDoublings(text: string, found: Candidate[]): Candidate[] {
  const extra: Candidate[] = [];
  DOUBLING.lastIndex = 0;
  for (let m = DOUBLING.exec(text); m; m = DOUBLING.exec(text)) {
    const start = m.index + m[0].length - 2;
    const n = chineseDigit(m[2])!;
    const span: NumberSpan = { start, end: start + 1, value: n, raw: m[2], percent: false, chinese: true };
    const cue = m[1] ? m.index + m[0].indexOf(m[1]) : start;
    extra.push({ span, start, end: start + 2, cueStart: cue, value: (2 ** n - 1) * 100, unit: "%", unitKind: "percent", qualifier: m[1] === "近" || m[1] === "约" ? "approx" : m[1] ? "gt" : "eq" });
  }
  return extra.length ? [...found, ...extra].sort((a, b) => a.start - b.start) : found;
}

/** 1.03万 × 1 = 10300.000000000002 → 10300 */
export function roundValue(v: number): number {
  if (!Number.isFinite(v) || Number.isInteger(v)) return v;
  const r = Math.round(v);
  if (Math.abs(v - r) < 1e-9 * Math.max(1, Math.abs(v))) return r;
  return Number(v.toPrecision(12));
}

/** Approximations and ranges written into the number itself: 三十几, 10余万, 七八十. */
function innerQualifier(span: NumberSpan): { q: Qualifier | null; range: boolean } {
  if (span.rangeEnd === "low") return { q: null, range: true };
  if (/[一二三四五六七八九][一二三四五六七八九][十百千万]/.test(span.raw)) return { q: null, range: true };
  if (span.raw.includes("几")) return { q: "gt", range: false };
  // 万人见证, 百余名: a bare magnitude is a round figure
  if (/^[十百千万亿]$/.test(span.raw)) return { q: "approx", range: false };
  if (span.raw.includes("余")) return { q: "approx", range: false };
  if (/多(?=[万亿])/.test(span.raw)) return { q: "gt", range: false };
  return { q: null, range: false };
}

interface UnitRead {
  row: UnitRow | null;
  factor: number;
  infix: Qualifier | null;
  /** End of the unit (and any suffix qualifier). */
  end: number;
  /** End of the unit word itself. */
  unitEnd: number;
  suffix: Qualifier | null;
  unit: string;
}

const PERSON_AFTER_GE = /^[^,，。;；、的]{0,8}?(?:村民|居民|群众|工人|员工|职工|学生|孩子|儿童|老人|党员|干部|人才|游客|农民|市民)/;

/** After the number: (余|多|几|来)? magnitude? (余|多)? unit (以上|左右…)? */
function readUnit(text: string, pos: number, span: NumberSpan): UnitRead | null {
  let i = pos;
  let infix: Qualifier | null = null;
  // OCR line breaks between number and unit were joined by normalise; tolerate a stray space
  while (text[i] === " ") i++;
  if (INFIX_CUES[text[i]] && !span.percent) {
    // 多 followed by a unit only (20多起, 4000多元); 多功能 is no qualifier, but then no unit follows either
    infix = INFIX_CUES[text[i]];
    i++;
  }
  const mag = span.percent ? { factor: 1, end: i } : readMagnitude(text, i);
  i = mag.end;
  if (!infix && (text[i] === "余" || text[i] === "多")) {
    infix = INFIX_CUES[text[i]];
    i++;
  }
  if (span.percent) {
    const suf = suffixQualifier(text, pos);
    return { row: null, factor: 1, infix: null, end: suf ? suf.end : pos, unitEnd: pos, suffix: suf?.qualifier ?? null, unit: "%" };
  }
  const m = matchUnit(text, i);
  if (!m) return null;
  // 3.5个和4.4个百分点: the first 个 shares the last one's 百分点
  if (m.row.unit === "个" && /^(?:和|、|及|至|到|—|-)[\d.]+个百分点/.test(text.slice(m.end, m.end + 12))) {
    return { row: { surface: "个百分点", unit: "百分点", kind: "percent" }, factor: 1, infix, end: m.end, unitEnd: m.end, suffix: null, unit: "百分点" };
  }
  const suf = suffixQualifier(text, m.end);
  // 个 counting people (七八十个本地和周边村民) counts 人
  const unit = m.row.unit === "个" && PERSON_AFTER_GE.test(text.slice(m.end, m.end + 12)) ? "人" : m.row.unit;
  return { row: m.row, factor: mag.factor * (m.row.factor ?? 1), infix, end: suf ? suf.end : m.end, unitEnd: m.end, suffix: suf?.qualifier ?? null, unit };
}


/** [text, the doubling's value in %, qualifier] — or null when the text holds none (read with findCandidates). */
export const DOUBLING_CASES: readonly [string, number | null, Qualifier | null][] = [
  ["全县旅游收入较2019年同期翻了一番", 100, "eq"],
  ["十年间全市外贸总额翻两番", 300, "eq"],
  ["全縣GDP比上年翻了近一番", 100, "approx"],
  ["全市出口額同比翻了一番", 100, "eq"],
  // near misses: 番 as a word, a page turned
  ["三番五次督促整改", null, null],
  ["翻开一页新篇章", null, null],
];
