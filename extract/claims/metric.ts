// Metric: what a number measures, as the article words it, as a clean noun
// phrase (货物吞吐量, 总投资, 营收, 拍摄短剧). Chinese puts the measured noun
// either before the number (货物吞吐量累计超3100万吨) or after the measure word
// (5个家庭医生团队). Places, times, calculation notes (按可比价格计算) and list
// words (分别) are not part of it; a value later in a list (…58.2%、21.4%和33.0%)
// or a bare change (同比增长15%) takes the measure named before it.
// Cases: METRIC_CASES below (metric.test.ts).
import { afterLastDigit } from "./context";
import { timesIn } from "./period";
import type { TimeMention } from "../time/expressions";

/** Verbs, particles and qualifiers trimmed from the end of a metric that precedes the number (longest first). */
const TRAILING = [
  "有望突破", "有望达到", "有望", "增加到", "增加至", "提高到", "提高至", "提升到", "提升至", "达到了", "超过了", "突破了", "不少于", "不低于", "已连续",
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
const LEADING_FILLER = /^(?:#+\s*|力争|预计|计划|争取|确保|有望|年内|其中|此外|同时|另外|目前|现在|如今|今年|去年|全年|近年来|截至目前|这里|该(?:区|县|市|镇|乡|村|公司|企业|项目|中心|基地)?|这|其|我们|我|他们|他|她|为|在|由|让|与|对|向|把|将|从|实现|完成|已|并|共|累计|还|也|均|都|再|新|全[区县市镇省])+/;


export function metricBefore(clauseBefore: string): string {
  let s = clauseBefore.replace(/[“”"'‘’《》「」]/g, "");
  s = withoutTimes(s.replace(/^#+\s*/, "")).replace(/^[,，、\s]+/, "");
  s = trimTrailing(s);
  // 他获奖的后台是今年将研发投入 → 研发投入: the measured noun follows the last copula or disposal marker
  s = s.replace(/^.*(?:是|将|把|让|使)(?=[\u4e00-\u9fa5]{2,}$)/, "");
  // 完成率102.3%: a filler word that is all but the whole measure stays
  const stripped = s.replace(LEADING_FILLER, "");
  s = stripped.length >= 2 || s.length <= 2 ? stripped : s;
  // keep the tail: the measured noun sits next to the number
  if (s.length > 24) s = s.slice(-24);
  return s;
}

/** The noun right after a measure word: 5个家庭医生团队 → 家庭医生团队. */
export function nounAfter(clauseAfter: string): string {
  const m = /^(?:的)?([^,，。;；、:：!！?？()（）“”"\d]{1,12}?)(?=$|[,，。;；、:：!！?？()（）“”"\d]|的|和|与|及|进行|正在|正(?!式)|已|将|在|获|提供|开展|建立|实现|参与|集结|登陆|包联|入驻|正在|都|均|也|还|彻底)/.exec(clauseAfter);
  return m ? m[1] : "";
}

/** Notes on how a figure was computed: not what it measures. */
const CALCULATION = /按(?:可比|不变|现行)价格计算|按年平均汇率折算|按户籍人口计算|按常住人口计算|按自然口径计算|扣除[^,，]{1,12}因素后|经统一核算|根据[^,，]{1,16}结果/g;
/** A metric that names nothing: a list word, a comparison left alone, a verb. */
const NOT_A_METRIC = /^(?:和|及|与|、|快|慢|高|低|多|少|连续|驱车|辖区|首批|约合|合计|其中|达|为|是|有|共|计)?$/;
/** What a bare size measures, by its unit's kind. */
const KIND_NOUN: Record<string, string> = { length: "距离", area: "面积", duration: "时长" };
const ENDS_IN_VERB = /(?:改造|建成|打造|建设|扩建|新建|改建|变身|建|设置|设有|配套|配建)(?:了|为|成|到)?$/;
const BARE_CHANGE = /^(?:同比|按年|比上年|较上年|比去年|较去年|环比|两年平均|年均)?(?:实际|实质)?(?:增长|下降|增幅|增速|提高|上升|减少|回落)$/;
/** …55.3亿元和|48.9亿元: a unit and a list word after the value before. */
const UNIT_THEN_AND = /^[%‰]?[万亿千百]?[\u4e00-\u9fff]{0,3}?(?:和|及|与|、)$/;
const LIST_TAIL = /^[\d.%个万亿和及与、]*$/;
const COMPARISON = /^(?:增速|增幅)?(?:比|较)?[^,，]{0,12}?(?:高于|低于|快于|慢于|高出|低出|高|低|快|慢)(?:[^,，]{0,10}?(?:平均水平|水平))?$/;

export interface MetricInput {
  /** The list item (or clause) before the number and after its unit. */
  itemBefore: string;
  itemAfter: string;
  unitKind: string;
  /** Places named at the start of the item (开化县地区生产总值…): stripped. */
  places: readonly string[];
  /** The metric of the figure before this one in the same sentence, if any. */
  previous: string | null;
  /** The claim's subject: a name the item opens with is not part of the measure. */
  subject?: string | null;
  /** Time mentions of itemBefore (offsets into it), when the caller has them. */
  times?: readonly TimeMention[];
}

/** Nothing but connectives and time before a place: the place opens the item. */
const LEADING_FILLER_OR_TIME = /^[,，、\s]*(?:同期|其中|此外|另外|同时|目前|今年|去年|全年|上半年|下半年|[\d—\-～~至到年月份季度首前一二三四上下半]*)?[,，、\s]*$/;

/** 千项万亿工程1—9月累计完成投资 → 千项万亿工程累计完成投资: times say when, not what. */
function withoutTimes(s: string, known?: readonly TimeMention[]): string {
  const ms = (known ?? timesIn(s)).filter((m) => !m.base);
  if (ms.length === 0) return s;
  let out = "";
  let at = 0;
  for (const m of ms) {
    out += s.slice(at, m.start);
    at = m.end;
  }
  return out + s.slice(at);
}

export function chooseMetric(input: MetricInput): string {
  let before = input.itemBefore.replace(CALCULATION, "");
  // …21.4%和|33.0%, 分别增长7.7%和|6.8%: a later value of a list measures what the first does
  const tail = afterLastDigit(before);
  if (input.previous && (LIST_TAIL.test(before.replace(/^[,，\s]+/, "")) || (tail !== null && (LIST_TAIL.test(tail) || UNIT_THEN_AND.test(tail))))) return input.previous;
  // the places the item opens with (开化县地区生产总值…, 同期全国增长…) are its area, not its measure
  for (const p of input.places) {
    const at = before.indexOf(p);
    if (p && at >= 0 && LEADING_FILLER_OR_TIME.test(before.slice(0, at))) before = before.slice(at + p.length);
  }
  before = before.replace(/分别/g, "");
  // the subject named in the item (年产12万吨…项目总投资) is who, not what
  const named = input.subject ? before.indexOf(input.subject) : -1;
  if (named >= 0 && before.length > named + input.subject!.length + 1) before = before.slice(named + input.subject!.length);
  // times say when, not what (千项万亿工程1—9月累计完成投资): cut them where they were found
  before = withoutTimes(before, input.times && before.length === input.itemBefore.length ? input.times : undefined);
  // 全市150个省市县长项目累计完成投资: a number and its unit before this one belong to another figure
  const rest = afterLastDigit(before);
  if (rest !== null && rest.length > 2) before = rest.replace(/^[万亿千百]?(?:个|名|家|项|条|部|人次|人|元|吨|平方米|亩|%)?/, "");
  let metric = metricBefore(before);
  // A count names its noun after the measure word (5个家庭医生团队, 50余部短剧, 18支代表队)
  if (input.unitKind === "count") {
    const after = nounAfter(input.itemAfter);
    if (/^[\u4e00-\u9fa5]{2,}/.test(after)) return after;
  }
  // 驱车8公里即可到达, 设置了300平方米的活动区, 健身区及300平方米景观庭院: the number is a size;
  // the thing after it and the kind name it (活动区面积), else the kind alone (距离)
  if ((!metric || NOT_A_METRIC.test(metric) || ENDS_IN_VERB.test(metric) || /[及和与、]$/.test(before)) && KIND_NOUN[input.unitKind]) {
    const thing = nounAfter(input.itemAfter);
    return /^[\u4e00-\u9fa5]{2,}$/.test(thing) && !/^(?:即可|可以|就|都|左右|以上)/.test(thing) ? thing + KIND_NOUN[input.unitKind] : KIND_NOUN[input.unitKind];
  }
  if (!metric || NOT_A_METRIC.test(metric)) metric = nounAfter(input.itemAfter) || (input.previous ?? metric);
  // 营收1.2亿元,同比增长15%: a bare change is the change of the measure before (营收同比增长)
  if (input.previous && BARE_CHANGE.test(metric)) return `${input.previous.replace(/(?:同比|比上年)?(?:增长|增速|增幅|下降)$/, "")}${metric}`;
  // 高于全市平均水平19.6个百分点: the gap of the measure before (规上工业增加值增速高于全市平均水平)
  if (input.previous && COMPARISON.test(metric)) {
    const base = input.previous.replace(/(?:同比|比上年)?(?:增长|增速|增幅|下降)$/, "");
    metric = `${base}${/^增速|^增幅/.test(metric) ? "" : "增速"}${metric}`;
  }
  return metric;
}

/** [item before, item after, unit kind, places named, previous metric, expected metric] */
export const METRIC_CASES: readonly [string, string, string, string[], string | null, string][] = [
  ["货物吞吐量累计超", "", "weight", [], null, "货物吞吐量"],
  ["为企业节约近", "", "money", [], null, "企业节约"],
  ["该卫生院组建", "家庭医生团队", "count", [], null, "家庭医生团队"],
  ["来自全省", "代表队、", "count", [], null, "代表队"],
  ["实现营收超", "", "money", [], null, "营收"],
  ["组建", "家庭医生团队", "count", [], null, "家庭医生团队"],
  ["", "短剧已登陆海外市场", "count", [], null, "短剧"],
  ["2025年签约居民达", "", "count", [], null, "签约居民"],
  ["高新技术产业投资增速达", "", "percent", [], null, "高新技术产业投资增速"],
  ["开化县地区生产总值分别增长", "", "percent", ["开化县"], null, "地区生产总值增长"],
  ["", "", "percent", [], "地区生产总值增长", "地区生产总值增长"],
  ["21.4%和", "", "percent", [], "增加值增长", "增加值增长"],
  ["按可比价格计算,同比增长", "", "percent", [], null, "同比增长"],
  ["按可比价格计算,同比增长", "", "percent", [], "地区生产总值", "地区生产总值同比增长"],
  ["高于全市平均水平", "", "percent", ["全市"], "规上工业增加值增长", "规上工业增加值增速高于全市平均水平"],
  ["比全国高", "", "percent", ["全国"], "生产总值同比增长", "生产总值增速比全国高"],
  ["全市、全省生产总值分别增长7.7%和", "", "percent", ["全市", "全省"], "生产总值增长", "生产总值增长"],
  ["力争全年地区生产总值增长", "", "percent", [], null, "地区生产总值增长"],
  ["“千项万亿”工程1—9月累计完成投资", "", "money", [], null, "千项万亿工程累计完成投资"],
  ["", "施工人员正紧张有序地开展作业", "count", [], null, "施工人员"],
  ["休闲健身区及", "景观庭院", "area", [], null, "景观庭院面积"],
  ["项目还专门设置了", "的免费公共活动区", "area", [], null, "免费公共活动区面积"],
  // never a fragment or a verb
  ["驱车", "即可到达的浮石街道", "length", [], null, "距离"],
  ["完成率", "", "percent", [], "投资", "完成率"],
  ["全市150个省市县长项目累计完成投资", "", "money", ["全市"], null, "省市县长项目累计完成投资"],
  ["开化县分别完成投资55.3亿元和", "", "money", ["常山县", "开化县"], "投资", "投资"],
  ["将闲置方舱医院改造为", "的美高短剧超级工厂", "area", [], null, "美高短剧超级工厂面积"],
];

/** A change verb at the end of a metric: 营收同比增长 → 营收增速 (for a rate), 营收 (else). */
const TRAILING_CHANGE = /(?:同比|环比|比上年同期|比上年|较上年|比去年同期|较去年同期|比去年|较去年|年均|两年平均|一年)?(?:增长|下降|增加|减少|提高|回落|上升|下滑)了?$/;
/** 增速比全省高, 增幅高于全省内河港口平均水平: the comparison is the measure's, not its name. */
const TRAILING_COMPARISON = /(?:(?<![同环])比(?!上年|去年|上月|上季|同期|20\d\d|重|例)|较(?!上年|去年|同期)|高于|低于|高出|低出|快于|慢于)[^，,]{0,16}$/;
/** Half-words left by a cut (新|增…, 其|余…, 以上项目) and list joiners. */
const LEADING_FRAGMENT = /^(?:和|及|与|、|增(?![加速幅长])|余|以上|等|的)(?=[\u4e00-\u9fa5]{2})/;

/**
 * The metric as a noun phrase: no change verb, comparison or half-word at its ends (营收同比增长 →
 * 营收增速, 增速比全省高 → 增速, 增万吨级以上泊位 → 万吨级以上泊位). A rate keeps 增速, a level its noun.
 */
/** 完成 or 实现 between two words or at the end (before a change's 增速): the sentence's verb. */
const REPORTING_VERB = /(?<=[\u4e00-\u9fa5]{2})(?<![可能将要已均期部前])(?:实现|完成)(?=[\u4e00-\u9fa5]{2}|增速$|增长$)|(?<=[值额量资入数])(?:实现|完成)$/;

/** 综合楼格外醒目, 厂房十分宽敞: a degree adverb and what follows it describe the thing, they are no part of its name. */
const TRAILING_DESCRIPTION = /(?:格外|十分|非常|尤为|极为|颇为|更加|更为)[\u4e00-\u9fa5]{1,4}$/;

export function tidyMetric(metric: string, unit: string): string {
  let m = metric.replace(LEADING_FRAGMENT, "");
  const described = TRAILING_DESCRIPTION.exec(m);
  if (described && described.index >= 2) m = m.slice(0, described.index);
  // 总产值完成, 企业实现营业收入, 省重点项目完成投资: the verb of the sentence is no part of what is measured
  m = m.replace(REPORTING_VERB, "");
  // 占全部投资的, 占全县: a share is named as one (占全部投资比重)
  if (unit === "%" && /^占[^占]{2,}$/.test(m) && !/比重|份额|比例$/.test(m)) m = `${m.replace(/的$/, "")}比重`;
  const rate = unit === "%" || unit === "百分点";
  const cmp = m.replace(TRAILING_COMPARISON, "");
  if (cmp.length >= 2 && cmp !== m) m = cmp;
  const changed = TRAILING_CHANGE.exec(m);
  if (changed && changed.index >= 2) m = m.slice(0, changed.index) + (rate && !/增速|增幅|涨幅$/.test(m.slice(0, changed.index)) ? (/年均|两年平均/.test(changed[0]) ? "年均增速" : "增速") : "");
  return m || metric;
}

/** [metric, unit, noun phrase] */
export const TIDY_CASES: readonly [string, string, string][] = [
  ["营收同比增长", "%", "营收增速"],
  ["規上工業增加值增長", "%", "規上工業增加值增長"],
  ["规上工业增加值增长", "%", "规上工业增加值增速"],
  ["地区生产总值两年平均增长", "%", "地区生产总值年均增速"],
  ["固定资产投资增速比全省高", "百分点", "固定资产投资增速"],
  ["货物吞吐量增幅高于全省内河港口平均水平", "百分点", "货物吞吐量增幅"],
  ["增万吨级以上泊位", "个", "万吨级以上泊位"],
  ["余项目合计总投资", "元", "项目合计总投资"],
  ["海河联运量比上年增加", "吨", "海河联运量"],
  ["综合楼格外醒目", "层", "综合楼"],
  ["新厂房十分宽敞", "平方米", "新厂房"],
  ["展館非常熱鬧", "人次", "展館"],
  ["农林牧渔业总产值完成", "元", "农林牧渔业总产值"],
  ["规模以上工业企业实现营业收入", "元", "规模以上工业企业营业收入"],
  ["省重点项目完成投资", "元", "省重点项目投资"],
  ["占全部投资的", "%", "占全部投资比重"],
  ["占全縣", "%", "占全縣比重"],
  // near misses: already noun phrases, or nothing left to name
  ["任务完成率", "%", "任务完成率"],
  ["达产后可实现年产值", "元", "达产后可实现年产值"],
  ["项目全部按期完成", "年", "项目全部按期完成"],
  ["全部按期完成时长", "年", "全部按期完成时长"],
  ["完成投资", "元", "完成投资"],
  ["占规上工业比重", "%", "占规上工业比重"],
  ["发行特别国债", "元", "发行特别国债"],
  ["货物吞吐量", "吨", "货物吞吐量"],
  ["增长", "%", "增长"],
  ["增加值", "元", "增加值"],
];
