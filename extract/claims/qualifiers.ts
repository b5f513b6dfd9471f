// Qualifiers: is the number exact, a lower bound, an upper bound or a round
// figure? Read from the words before the number (超3100万吨), between number
// and unit (50余部, 5000多平方米) and after the unit (30%以上, 10亿元以上).
import type { Qualifier } from "../types";

/** Cue words immediately before the number (possibly followed by a filler such as 达/到/至). */
export const PREFIX_CUES: readonly [string, Qualifier][] = [
  ["不少于", "gte"],
  ["不低于", "gte"],
  ["至少", "gte"],
  ["最少", "gte"],
  ["不到", "lt"],
  ["未满", "lt"],
  ["不足", "lt"],
  ["不超过", "lt"],
  ["低于", "lt"],
  ["少于", "lt"],
  ["超过", "gt"],
  ["突破", "gt"],
  ["高于", "gt"],
  ["多于", "gt"],
  ["大于", "gt"],
  ["逾", "gt"],
  ["超", "gt"],
  ["大约", "approx"],
  ["大概", "approx"],
  ["约合", "approx"],
  ["约", "approx"],
  ["将近", "approx"],
  ["接近", "approx"],
  ["近", "approx"],
  // stray traditional forms in otherwise simplified pages
  ["不少於", "gte"],
  ["低於", "lt"],
  ["少於", "lt"],
  ["超過", "gt"],
  ["高於", "gt"],
  ["多於", "gt"],
  ["大約", "approx"],
  ["約", "approx"],
  ["將近", "approx"],
  ["上", "gt"], // 上千万, 上万人: only before a bare magnitude numeral, checked below
  ["数", "gt"], // 数十家, 数百人: likewise
];

const CUE_CHARS = new Set(PREFIX_CUES.flatMap(([cue]) => [...cue]));

/** Verbs and particles that may stand between the cue and the number: 超过了, 突破至, 约占, 近达. */
const FILLER = /^(?:达到|达|到|至|了|为|占|是|有|共|计)?$/;

/** Between the number and its unit: 50余部, 20多起, 三十几名, 十来个. */
export const INFIX_CUES: Readonly<Record<string, Qualifier>> = { 余: "approx", 餘: "approx", 多: "gt", 几: "gt", 幾: "gt", 来: "approx" };

/** After the unit: 30%以上, 10亿元以上, 左右. */
export const SUFFIX_CUES: readonly [string, Qualifier][] = [
  ["以上", "gt"],
  ["多", "gt"],
  ["以下", "lt"],
  ["以内", "lt"],
  ["左右", "approx"],
  ["上下", "approx"],
];

export interface PrefixHit {
  qualifier: Qualifier;
  /** Offset where the cue starts (the quote should include it). */
  start: number;
}

/**
 * The qualifier cue ending just before `numStart`, if any. `numText` is the number's
 * own text, needed to accept 上 only before round magnitudes (上千万, 上万).
 */
/** 约占全省的5.8%, 近佔全市六成: a bound on a share stands before 占 and what the share is of. */
const SHARE_BOUND = /(约|約|近|超过|超過|超|逾)(?:占|佔)[^，,。；;！？\d]{0,8}$/;

export function prefixQualifier(text: string, numStart: number, numText = ""): PrefixHit | null {
  const shareFrom = Math.max(0, numStart - 14);
  // (a bounded look: lastIndexOf would run back to the page's start for every number)
  let hasShare = false;
  for (let i = shareFrom; i < numStart && !hasShare; i++) hasShare = text[i] === "占" || text[i] === "佔";
  const share = hasShare ? SHARE_BOUND.exec(text.slice(shareFrom, numStart)) : null;
  if (share) {
    const q = PREFIX_CUES.find(([cue]) => cue === share[1])?.[1];
    if (q) return { qualifier: q, start: shareFrom + share.index };
  }
  const windowStart = Math.max(0, numStart - 6);
  // Most numbers have no cue at all: reject on the last cue character in one step
  let any = false;
  for (let i = windowStart; i < numStart && !any; i++) any = CUE_CHARS.has(text[i]);
  if (!any) return null;
  const before = text.slice(windowStart, numStart);
  for (const [cue, q] of PREFIX_CUES) {
    const at = before.lastIndexOf(cue);
    if (at < 0) continue;
    const gap = before.slice(at + cue.length);
    if (!FILLER.test(gap)) continue;
    if ((cue === "上" || cue === "数") && !(gap === "" && /^[十百千万亿]/.test(numText))) continue;
    // 近 in 近年/最近/附近 and 超 in 超市 are not qualifiers; those never reach a number directly
    if (cue === "近" && /[最附接将]$/.test(before.slice(0, at))) continue;
    // 约 ending 签约, 履约, 预约, 节约 is a word, not "about": 签约12个项目 is exact
    if ((cue === "约" || cue === "約") && /[签簽合公契预預制节節邀履特违違解续續缔締守相婚]$/.test(before.slice(0, at))) continue;
    return { qualifier: q, start: windowStart + at };
  }
  return null;
}

/** Suffix cue at `pos` (right after the unit). */
export function suffixQualifier(text: string, pos: number): { qualifier: Qualifier; end: number } | null {
  for (const [cue, q] of SUFFIX_CUES) {
    if (text.startsWith(cue, pos)) {
      // 多 after a unit only as "元多" style tails, not 多功能 / 多个 / 多家: require a clause end after it
      if (cue === "多" && !/^[,，。;；、)]|^$/.test(text.slice(pos + 1, pos + 2))) continue;
      return { qualifier: q, end: pos + cue.length };
    }
  }
  return null;
}

/**
 * Combines the cues: an explicit bound before the number wins, then a bound after the unit,
 * then the vaguer infix (余/多). A range (30—40, 七八十) is read as its lower bound, `gte`.
 */
export function combineQualifiers(prefix: Qualifier | null, infix: Qualifier | null, suffix: Qualifier | null, isRange: boolean): Qualifier {
  if (prefix) return prefix;
  if (suffix) return suffix;
  if (infix) return infix;
  if (isRange) return "gte";
  return "eq";
}

/** [text, expected qualifier from the words before its first number] */
export const PREFIX_CASES: readonly [string, Qualifier | null][] = [
  ["货物吞吐量累计超3100万吨", "gt"],
  ["实现营收超过6亿元", "gt"],
  ["突破至50多万元", "gt"],
  ["单日吞吐量突破2.3万吨", "gt"],
  ["青年人才约占50%", "approx"],
  ["服务近10万人口", "approx"],
  ["村集体经营性收入从不到4万元", "lt"],
  ["至少3个", "gte"],
  ["年产值达约9000万元", "approx"],
  ["一年订单量有上千万", "gt"],
  ["吸引数十家企业入驻", "gt"],
  ["近年来新增5家", null],
  ["多达30余类货种", null],
  ["高达100%", null],
  ["全縣逾半數", null],
  ["營收逾3億元", "gt"],
  ["张家界游客接待量约占全省的5.8%", "approx"],
  ["现场签约12个项目", null],
  ["集中簽約16個項目", null],
  ["全年节约用水3万吨", null],
  ["累计履约金额5亿元", null],
  ["全县签约项目约12个", "approx"],
  ["出口额近占全市的六成", "approx"],
  ["規上工業產值約佔全縣的42%", "approx"],
  ["第三产业占全县的45.1%", null],
  ["约有三成企业，占比达到40%", null],
];
