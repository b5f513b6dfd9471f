// Metric and subject: what is measured and who it is about, read from the
// clause around the number. Chinese puts the measured noun either before the
// number (货物吞吐量累计超3100万吨) or after the measure word (5个家庭医生团队);
// the subject is the nearest organisation or place named before it.

import { memoByString } from "./memo";

/** Verbs, particles and qualifiers trimmed from the end of a metric that precedes the number (longest first). */
const TRAILING = [
  "增加到", "增加至", "提高到", "提高至", "提升到", "提升至", "达到了", "超过了", "突破了", "不少于", "不低于", "已连续",
  "累计", "共计", "合计", "总计", "达到", "超过", "突破", "至少", "不到", "不足", "大约", "大概", "约为", "约占", "高达", "多达",
  "将近", "接近", "连续", "增至", "分别",
  "达", "为", "是", "有", "约", "近", "超", "逾", "占", "到", "至", "了", "就", "在", "仅", "只", "的", "从", "由", "共", "已", "便", "可", "将",
];
/** Single characters that end a word rather than stand alone: 节约, 将近, 高达 are kept whole. */
const WORD_END = /(?:节约|制约|签约|预约|合约|附近|最近|高达|到达|抵达|下达|表达|发达|通达|传达|送达|认为|成为|作为|称为|因为|行为|拥有|没有|所有|具有|含有|现在|正在|存在|实在|内在|外在)$/;

function trimTrailing(s: string): string {
  for (let guard = 0; guard < 6; guard++) {
    if (WORD_END.test(s)) return s;
    const hit = TRAILING.find((w) => s.endsWith(w) && s.length > w.length);
    if (!hit) return s;
    s = s.slice(0, -hit.length);
  }
  return s;
}

/** Leading words that belong to the sentence, not the metric. */
const LEADING_FILLER = /^(?:#+\s*|其中|此外|同时|另外|目前|现在|如今|今年|去年|全年|近年来|截至目前|这里|该(?:区|县|市|镇|乡|村|公司|企业|项目|中心|基地)?|这|其|我们|我|他们|他|她|为|在|由|让|与|对|向|把|将|从|实现|完成|已|并|共|累计|还|也|均|都|再|新|全[区县市镇省])+/;

const CLAUSE_TIME = /^(?:\d{4}年(?:度)?(?:\d{1,2}(?:[—\-–~至到]\d{1,2})?月份?(?:\d{1,2}[日号])?(?:底|末)?|[上下]半年|前?[一二三四]季度)?(?:以来)?|[今去明]年(?:以来)?|\d{1,2}(?:[—\-–~]\d{1,2})?月份?(?:\d{1,2}日)?(?:以来)?)/;

export function metricBefore(clauseBefore: string, subject: string | null = null): string {
  let s = clauseBefore.replace(/[“”"'‘’《》「」]/g, "");
  s = s.replace(/^#+\s*/, "").replace(CLAUSE_TIME, "").replace(/^[,，、\s]+/, "");
  s = trimTrailing(s);
  if (subject && s.startsWith(subject) && s.length > subject.length + 1) s = s.slice(subject.length);
  // 他获奖的后台是今年将研发投入 → 研发投入: the measured noun follows the last copula or disposal marker
  s = s.replace(/^.*(?:是|将|把|让|使)(?=[\u4e00-\u9fa5]{2,}$)/, "");
  s = s.replace(LEADING_FILLER, "");
  // keep the tail: the measured noun sits next to the number
  if (s.length > 24) s = s.slice(-24);
  return s;
}

/** The noun right after a measure word: 5个家庭医生团队 → 家庭医生团队. */
export function nounAfter(clauseAfter: string): string {
  const m = /^(?:的)?([^,，。;；、:：!！?？()（）“”"\d]{1,12}?)(?=$|[,，。;；、:：!！?？()（）“”"\d]|的|和|与|及|进行|正在|已|将|在|获|提供|开展|建立|实现|参与|集结|登陆|包联|入驻|正在|都|均|也|还|彻底)/.exec(clauseAfter);
  return m ? m[1] : "";
}

export function chooseMetric(clauseBefore: string, clauseAfter: string, unitKind: string, subject: string | null = null): string {
  const before = metricBefore(clauseBefore, subject);
  // A count names its noun after the measure word (5个家庭医生团队, 50余部短剧, 18支代表队)
  if (unitKind === "count") {
    const after = nounAfter(clauseAfter);
    if (/^[\u4e00-\u9fa5]{2,}/.test(after)) return after;
  }
  return before || nounAfter(clauseAfter);
}

/** Organisations and places that can own a figure. */
const SUFFIXES = "有限公司|股份公司|公司|集团|港区|港|街道|镇|乡|村|区|县|市|省|中心|基地|工厂|产业园|园区|项目|卫生院|医院|学校|平台|工坊|团队|招商组";
const SUBJECT = new RegExp(`[\\u4e00-\\u9fa5A-Za-z0-9()（）]{1,14}?(?:${SUFFIXES})`, "gy");
const SUBJECT_START = new RegExp(`[\\u4e00-\\u9fa5A-Za-z0-9()（）]{1,14}?(?:${SUFFIXES})`, "g");
/** Words that end a noun phrase: a verb or preposition inside a match means it ran too far. */
const VERBISH = /位于|是|为|在|有|将|已|对|把|以|从|向|和|与|及|等|共|的|了|年|月|日|来|去|让|由|获|\d|推动|依托|位列|作为|通过|围绕|聚焦|按照|根据|面向|组建|建立|完成|实现|开展|打造|落实|贯彻|深入|全面|担任|紧盯|释放|建设|解决|节省|节约|赴|吸引|落地|引进|周边|附近|干部|书记|记者|负责人|表示|介绍|争取|运往|强区|强县|强市/;
/** A suffix with a one-character modifier (单村, 片区 → 该项目, 本中心) is no name. */
const BARE_SUFFIX = /^[\u4e00-\u9fa5]?(?:项目|中心|平台|基地|团队|公司|集团|园区|工厂)$/;
/** A bracket opened and not closed: the match ran into a parenthesis. */
const UNBALANCED = /[(（][^)）]*$/;
/** A bare place word (全省, 我市, 该区) is no subject. */
const GENERIC_PLACE = /^(?:全|我|该|本|各|这|那|其|每|外|山|城|辖|市|省|县|区)[省市区县镇乡村港]$/;

/** The first organisation or place named in the sentence (the topic), else in the paragraph, else the title. */
export function chooseSubject(sentenceBefore: string, paragraphBefore: string, title: string | null, carried: string | null = null): string | null {
  const inSentence = firstSubject(sentenceBefore);
  if (inSentence) return inSentence;
  // the subject of the figures just before in the same paragraph carries over (…,参与院校11所,博士16人)
  if (carried) return carried;
  for (const src of [paragraphBefore, title ?? ""]) {
    const found = firstSubject(src);
    if (found) return found;
  }
  return null;
}

const firstSubject = memoByString(scanSubject);

function scanSubject(src: string): string | null {
  SUBJECT_START.lastIndex = 0;
  for (let m = SUBJECT_START.exec(src); m; m = SUBJECT_START.exec(src)) {
    let s = trimSubject(m[0]);
    if (s.length < 3 || VERBISH.test(s) || GENERIC_PLACE.test(s) || BARE_SUFFIX.test(s) || UNBALANCED.test(s)) continue;
    // extend over adjacent name parts: 樟潭街道 + 社区卫生服务中心
    let end = m.index + m[0].length;
    for (;;) {
      SUBJECT.lastIndex = end;
      const more = SUBJECT.exec(src);
      if (!more || VERBISH.test(more[0])) break;
      s += more[0];
      end += more[0].length;
    }
    return s;
  }
  return null;
}

function trimSubject(s: string): string {
  return s
    .replace(/^.*(?:位于|是|为|在|对|把|以|从|向|和|与|让|由|据|经|将|使|的|了|,|，)/, "")
    .replace(/^(?:今年|去年|目前|当时|此前|过去|截至|全|该|其)+/, "");
}

/** [clause before, clause after, unit kind, expected metric] */
export const METRIC_CASES: readonly [string, string, string, string][] = [
  ["货物吞吐量累计超", "", "weight", "货物吞吐量"],
  ["为企业节约近", "", "money", "企业节约"],
  ["该卫生院组建", "家庭医生团队", "count", "家庭医生团队"],
  ["来自全省", "代表队、", "count", "代表队"],
  ["实现营收超", "", "money", "营收"],
  ["组建", "家庭医生团队", "count", "家庭医生团队"],
  ["", "短剧已登陆海外市场", "count", "短剧"],
  ["2025年签约居民达", "", "count", "签约居民"],
  ["高新技术产业投资增速达", "", "percent", "高新技术产业投资增速"],
];
