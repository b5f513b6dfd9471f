// Metric and subject: what is measured and who it is about, read from the
// clause around the number. Chinese puts the measured noun either before the
// number (货物吞吐量累计超3100万吨) or after the measure word (5个家庭医生团队);
// the subject is the nearest organisation or place named before it.

/** Verbs and particles trimmed from the end of a metric that precedes the number. */
const TRAILING_FILLER = /(?:累计|共计|合计|总计|共|达到了?|达|为|是|有|约|近|超过?|突破|逾|至少|不少于|不到|不足|大约|大概|约占|占|增加到|增加至|提高到|提升到|提高至|提升至|增至|到|至|了|就|在|仅|只|的|从|由|以|将)+$/;
/** Leading words that belong to the sentence, not the metric. */
const LEADING_FILLER = /^(?:其中|此外|同时|另外|目前|现在|如今|今年|去年|全年|近年来|截至目前|实现|完成|已|并|共|累计|还|也|均|都|再|新)+/;

const CLAUSE_TIME = /^(?:\d{4}年(?:度)?(?:\d{1,2}(?:[—\-–~至到]\d{1,2})?月份?(?:\d{1,2}[日号])?(?:底|末)?|[上下]半年|前?[一二三四]季度)?(?:以来)?|[今去明]年(?:以来)?|\d{1,2}(?:[—\-–~]\d{1,2})?月份?(?:\d{1,2}日)?(?:以来)?)/;

export function metricBefore(clauseBefore: string): string {
  let s = clauseBefore.replace(/[“”"'‘’《》「」]/g, "");
  s = s.replace(CLAUSE_TIME, "").replace(/^[,，、\s]+/, "");
  s = s.replace(TRAILING_FILLER, "");
  s = s.replace(LEADING_FILLER, "");
  // keep the tail: the measured noun sits next to the number
  if (s.length > 16) s = s.slice(-16);
  return s;
}

/** The noun right after a measure word: 5个家庭医生团队 → 家庭医生团队. */
export function nounAfter(clauseAfter: string): string {
  const m = /^(?:的)?([^,，。;；、:：!！?？()（）“”"]{1,12}?)(?=$|[,，。;；、:：!！?？()（）“”"]|的|和|与|及|进行|正在|已|将|在|获|提供|开展|建立|实现|参与|集结|登陆)/.exec(clauseAfter);
  return m ? m[1] : clauseAfter.slice(0, 8);
}

export function chooseMetric(clauseBefore: string, clauseAfter: string, unitKind: string): string {
  const before = metricBefore(clauseBefore);
  // A count with no noun before it names its noun after the measure word (50余部短剧, 18支代表队)
  if ((unitKind === "count" && before.length < 2) || (unitKind === "count" && /^[\u4e00-\u9fa5]/.test(clauseAfter) && before.length < 4)) {
    const after = nounAfter(clauseAfter);
    if (after) return after;
  }
  return before || nounAfter(clauseAfter);
}

/** Organisations and places that can own a figure. */
const SUFFIXES = "有限公司|股份公司|公司|集团|港区|港|街道|镇|乡|村|区|县|市|省|中心|基地|工厂|产业园|园区|项目|卫生院|医院|学校|平台|工坊|团队|招商组";
const SUBJECT = new RegExp(`[\\u4e00-\\u9fa5A-Za-z0-9()（）]{1,14}?(?:${SUFFIXES})`, "gy");
const SUBJECT_START = new RegExp(`[\\u4e00-\\u9fa5A-Za-z0-9()（）]{1,14}?(?:${SUFFIXES})`, "g");
/** Words that end a noun phrase: a verb or preposition inside a match means it ran too far. */
const VERBISH = /位于|是|为|在|有|将|已|对|把|以|从|向|和|与|及|等|共|的|了|年|月|日|来|去|让|由|获/;

/** The first organisation or place named in the sentence (the topic), else in the paragraph, else the title. */
export function chooseSubject(sentenceBefore: string, paragraphBefore: string, title: string | null): string | null {
  for (const src of [sentenceBefore, paragraphBefore, title ?? ""]) {
    const found = firstSubject(src);
    if (found) return found;
  }
  return null;
}

function firstSubject(src: string): string | null {
  SUBJECT_START.lastIndex = 0;
  for (let m = SUBJECT_START.exec(src); m; m = SUBJECT_START.exec(src)) {
    let s = trimSubject(m[0]);
    if (s.length < 2 || VERBISH.test(s)) continue;
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
  return s.replace(/^.*(?:位于|是|为|在|对|把|以|从|向|和|与|让|由|据|经|将|使|的|了|,|，)/, "").replace(/^(?:今年|去年|目前|截至|全|该|其)+/, "");
}

/** [clause before, clause after, unit kind, expected metric] */
export const METRIC_CASES: readonly [string, string, string, string][] = [
  ["货物吞吐量累计超", "", "weight", "货物吞吐量"],
  ["实现营收超", "", "money", "营收"],
  ["组建", "家庭医生团队", "count", "家庭医生团队"],
  ["", "短剧已登陆海外市场", "count", "短剧"],
  ["2025年签约居民达", "", "count", "签约居民"],
  ["高新技术产业投资增速达", "", "percent", "高新技术产业投资增速"],
];
