// Which catalogue series (../catalogue.ts) a figure is a point of: the concept
// it measures (concepts.ts) × how it measures it (measures.ts), combined
// through the catalogue. Null when the concept is unknown, the measure is one
// no series holds, or the figure is a part of the concept's total (a segment,
// a commodity, a category, a scenic spot): a missing point costs a chart a
// gap, a wrong one misleads.
//
// Where the concept comes from, in order (the `source` of the decision):
//   own     the number's own words (its clause, after any figure before it)
//   list    a 分别 list: 城镇和农村居民收入分别…, 三次产业增加值分别…, or the figures
//           before it (…接待游客X、旅游收入Y，同比分别增长a和b)
//   carry   a bare figure (同比增长15%, 衢江区24个) measures what the figure before
//           it in its sentence measured: a change its level, a list item its kind
// Cases: indicator.cases.ts (whole sentences through the extractor).
import { CATALOGUE, catalogueEntry, growthOf, unitFits } from "../catalogue";
import type { IndicatorDef, PeriodKind } from "../types";
import { conceptsIn, type ConceptMention } from "./concepts";
import { readMeasure, type MeasureKind } from "./measures";
import type { Decided } from "./refiners";
import { foldTraditional } from "./fold";

export interface IndicatorPlace {
  start: number;
  end: number;
  area?: string | null;
  via?: string;
}

/** A figure decided earlier in the same sentence. */
export interface Figure {
  start: number;
  end: number;
  unit: string;
  concept: string | null;
  /** It was a part of its concept's total: a change or a batch total after it is one too. */
  part: boolean;
}

export interface IndicatorInput {
  /** The sentence, traditional characters folded (fold.ts). */
  sentence: string;
  /** The number (with any qualifier cue before it) and its unit's end, offsets in `sentence`. */
  at: number;
  end: number;
  unit: string;
  /** Places named in the sentence (offsets in `sentence`; those before the number are read). */
  places: readonly IndicatorPlace[];
  /** Index among the figures after a 分别 in this sentence, or -1. */
  listIndex: number;
  cumulative: boolean;
  periodKind: PeriodKind | null;
  /** The figure's period (YYYY-MM …), to tell a single month from a year to date. */
  period: string | null;
  /** The paragraph before the sentence (as written: folded where read), for the event a batch belongs to. */
  paragraphBefore: string;
  /** Figures earlier in the sentence, in order. */
  previous: readonly Figure[];
  /** Figures of the sentence before (同期，全国增长4.8%: a sentence that only compares). */
  previousSentence?: readonly Figure[];
}

export interface IndicatorDecision extends Decided<string | null> {
  /** The concept the figure measures (kept for later bare figures), whether or not a series holds it. */
  concept: string | null;
  /** The figure is a part of its concept's total (a category, a segment, 其中…). */
  part: boolean;
}

// Break characters by code unit: 1 a list item's (、), 2 a clause's (，；：。…)
const BREAKS = new Uint8Array(0x10000);
for (const c of "、") BREAKS[c.charCodeAt(0)] = 1;
for (const c of "，,；;：:。！!？?") BREAKS[c.charCodeAt(0)] = 2;
/** The last element of `a` that `ok` accepts (no copy, unlike [...a].reverse().find). */
function findLast<T>(a: readonly T[], ok: (t: T) => boolean): T | undefined {
  for (let i = a.length - 1; i >= 0; i--) if (ok(a[i])) return a[i];
  return undefined;
}

/** Where the clause holding `pos` starts (after the last ，；：。!?). */
function clauseStartAt(t: string, pos: number): number {
  while (pos > 0 && BREAKS[t.charCodeAt(pos - 1)] !== 2) pos--;
  return pos;
}
/** Where the list item holding `pos` starts (after the last 、 or clause break). */
function itemStartAt(t: string, pos: number): number {
  while (pos > 0 && BREAKS[t.charCodeAt(pos - 1)] === 0) pos--;
  return pos;
}
const ONLY = /(?:仅|光|单)[^，,。；;]{1,10}就/;
/** 从项目类别看, 分行业看, 从货种结构看: a breakdown by kind (by place is not: each place is its own total). */
const BY_KIND = /(?:从|分)[^，,。；;]{0,6}(?:类别|类型|行业|货种|结构|门类|领域|产业|类)看/;
/** Segments of a port's or a province's throughput. */
const PORT_SEGMENT = /内河|沿海|海河联运|江海联运|河海联运|海铁联运|铁水联运|水水中转|内贸|进港|出港|外贸集装箱|外贸箱/;
/** A functional zone inside an area (its figures are parts of the area's), and the rest of a batch. */
const ZONE_OR_REST = /开发区|经开区|高新区|保税区|综保区|试验区|集聚区|产业园|园区|其余|其他|另有|市本级|本级/;
/** What may stand right before a total's name: a place (blanked), a verb, a time, 外贸 (外贸出口); anything else names a kind (茶叶出口, 纸浆吞吐量). */
const TOTAL_LEAD = /(?:全社会|国内外|境内外|海内外|中外|力争|确保|预计|计划|目标|争取|预期|稳定在|港|区|县|市|省|国|口|货物|完成|实现|累计|共|已|年|月|季|期|底|末|了|和|及|与|的|总|接待|外贸|其中|看|为|是|到|至|计|按|中|全|今|新|同|比|较|增|达|约|近|超|有)$/;
/** A place, event or group inside an area's tourism or income total. */
const SUB_GROUP = /旅游区|度假区|风景区|博物馆|纪念馆|景区|景点|影视城|乐园|公园|古镇|古村|街区|民宿|农家乐|酒店|宾馆|活动|赛事|带动|吸引|低收入|困难|规上|规模以上|限上|单位/;
/** Firms of one kind of ownership (民营, 国有, 外资 …): their share of a total is a part of it. */
const OWNERSHIP = /(?:民营|私营|国有|国营|集体|外资|外商投资|港澳台资?|台资|中外合资|个体)(?:企业|经济|工业|经营主体|控股企业)?(?=[^，,。；;]{0,6}(?:实现|完成|的|进出口|出口|进口|增加值|产值|营收|营业收入|利润|投资))/;
/** Words that may stand before 吞吐量 in a total: a port's or area's name ends in these, or a verb. */
const THROUGHPUT_OWNER = /(?:港|港区|港口|码头|作业区|全省|全市|全区|全县|完成|实现|累计|全年|货物|总|的|年|月|季|期|量|度)$/;
const GENERIC = /^(?:\d|\.|其中|总量|总额|同比|比|较|年增|年减|增|减|的|比上年|比去年|较上年|较去年|上年|去年|同期|分别|依次|各|增长|下降|增加|减少|提高|降低|回落|增速|增幅|为|达到?|完成|实现|突破|超过?|逾|约|近|共|合计|共计|总计|累计|全年|以上|左右|和|及|与|了|已|有|是|在|至|到|年|月|份|上半|下半|前|季度|一|二|三|四|今|首|再|创|新高|可比|口径|按|计算|元|亿|万|吨|标箱|个|、|，|,|\s)*$/;

/** 3月份, 10月当月 opening the sentence or paragraph, not the end of a span (1—10月). */
const SINGLE_MONTH = /(?:^|[^\d—\-–~至到])(?:[2-9]|1[0-2])月(?:份|当月)/;
/** Balances and counts as of a date: a month's figure is the series' own point. */
const STOCKS = new Set(["macro.deposits", "macro.loans", "port.routes", "port.berths"]);
const ENTITY = /investment\.project_investment|industry\.capacity|industry\.enterprise_revenue|industry\.tax|investment\.enterprises_attracted|port\.design_capacity|port\.berths/;
const MONEY_OR_RATE = new Set(["元", "美元", "%", "百分点"]);
const AREA_WIDE = /全[县市区省国]|财政|地方|规上|规模以上|限上|限额以上|行业|税收收入|我[县市区省]/;
const TOURISM = /游客|旅游|景区|假期|黄金周|春节|国庆|五一|端午|中秋|清明|元旦|文旅|节日/;
const VIA_GROUP = /(?:依托|通过|借助)[^，,。；;]{1,14}(?:计划|工程|平台|行动|渠道)|团队|小组|专班|招商组/;
const SINCE = /以来|开港|开航|通航|建港|至今|迄今|历史/;
const SIGN = /签约|签下|签订|签署/;
const START = /开工/;
const FINISHED = /竣工|完工|建成|投产|投用/;
const ATTRACT = /引进|招引|落地|招商/;
const DRAMA = /短剧|微短剧|剧组|影视|影城|横店/;
const OVERSEAS = /出海|海外|走出国门|境外|国外/;
const PROJECT_COUNT = /(?:\d+|[一二两三四五六七八九十百]+)(?:个|大|项)|项目\d/;
const BATCH = /此次|本次|这次|集中|上述|全部|一批|共|合计|累计|分别/;

/** The concept a mention names, resolved against its surroundings; null when it needs what is not there. */
/** `mention` in sentence offsets; `partStart` where the number's part (after the last ；) begins. */
function resolveConcept(mention: ConceptMention, x: IndicatorInput, partStart: number, after: string): string | null {
  const sentenceBefore = x.sentence.slice(0, x.at);
  const partBefore = x.sentence.slice(partStart, x.at);
  const id = mention.row.id;
  if (id === "project.count") {
    // the number's own clause first: 新开工项目52个，竣工项目38个 — the second counts projects finished,
    // which no series holds (开工 of the clause before is not its verb)
    const clause = x.sentence.slice(clauseStartAt(x.sentence, x.at), x.at) + after.slice(0, 12);
    if (FINISHED.test(clause) && !SIGN.test(clause) && !START.test(clause)) return null;
    if (SIGN.test(clause)) return "investment.projects_signed";
    if (START.test(clause)) return /已开工/.test(clause) ? null : "investment.projects_started";
    if (ATTRACT.test(clause)) return "investment.projects_attracted";
    const around = partBefore + after.slice(0, 12);
    if (SIGN.test(around)) return "investment.projects_signed";
    // 已开工168个: a running count against a plan list, not a batch started together
    if (START.test(around)) return /已开工/.test(around) ? null : "investment.projects_started";
    if (ATTRACT.test(around)) return "investment.projects_attracted";
    if (SIGN.test(sentenceBefore)) return "investment.projects_signed";
    if (START.test(sentenceBefore) && !/已开工/.test(sentenceBefore)) return "investment.projects_started";
    return null;
  }
  if (id === "project.investment") {
    const upto = x.sentence.slice(partStart, mention.start);
    // 签约金额, 签约总投资, 协议(总)投资: the words name a signing's total, whatever precedes them
    if (/(?:签约|协议)$/.test(upto) || /^(?:签约|协议)/.test(x.sentence.slice(mention.start, mention.end))) return "investment.signed_investment";
    const batch = PROJECT_COUNT.test(upto) || BATCH.test(upto.slice(-12));
    if (!batch) {
      // 年产12万吨…项目总投资15亿元, 该项目总投资52亿元, …项目,计划总投资12.5亿元, 总投资20.5亿元的银泰项目
      // (a part naming one project, with no count of projects: 该项目总建筑面积…，总投资…)
      if (/项目/.test(upto) || /(?:该|这个|此)[\u4e00-\u9fa5]{0,4}$/.test(upto) || /^(?:以上)?的[^，,。；;]{1,24}项目/.test(after)) return "investment.project_investment";
      return null;
    }
    for (const ctx of [partBefore, sentenceBefore, foldTraditional(x.paragraphBefore.slice(-200))]) {
      if (SIGN.test(ctx)) return "investment.signed_investment";
      if (START.test(ctx)) return /已开工/.test(ctx) ? null : "investment.started_investment";
    }
    return null;
  }
  if (id === "revenue" || id === "industry.tax") {
    // an area's or an industry's total (全县税收收入, 规上工业企业营业收入) is no enterprise's figure
    let from = mention.start;
    from = clauseStartAt(x.sentence, from);
    const areaWide = AREA_WIDE.test(x.sentence.slice(from, x.at));
    if (id === "industry.tax") return areaWide ? null : id;
    if (OVERSEAS.test(partBefore)) return null;
    // a drama base's, a producer's or an area's short-drama industry: the drama series hold all three
    if (factsOf(x.sentence).drama <= x.at || DRAMA.test(foldTraditional(x.paragraphBefore.slice(-120)))) return "drama.revenue";
    if (areaWide) return null;
    return DRAMA.test(sentenceBefore) || DRAMA.test(x.paragraphBefore.slice(-120)) ? "drama.revenue" : "industry.enterprise_revenue";
  }
  // 接待 alone counts visitors only where tourism is the topic (接待来访群众 is no tourism)
  if (id === "tourism.visitors" && x.sentence.slice(mention.start, mention.end) === "接待") {
    return TOURISM.test(sentenceBefore) || TOURISM.test(foldTraditional(x.paragraphBefore.slice(-200))) ? id : null;
  }
  // 与12家入驻企业进行项目签约: a count of signings with firms, no count of firms moved in
  if (id === "investment.enterprises_attracted" && /签约(?!入驻|落户|入区)/.test(after)) return null;
  if (id === "drama.revenue_chain") {
    if (OVERSEAS.test(x.sentence.slice(mention.start - 4 < 0 ? 0 : mention.start - 4, mention.end))) return null;
    // 全产业链产值 is any industry's (食用菌全产业链产值): drama's only where drama is the topic
    const named = x.sentence.slice(mention.start, mention.end);
    return DRAMA.test(named) || DRAMA.test(x.sentence) || DRAMA.test(foldTraditional(x.paragraphBefore.slice(-200))) ? "drama.revenue" : null;
  }
  if (id === "output_value") return factsOf(x.sentence).drama <= x.at && !OVERSEAS.test(x.sentence.slice(Math.max(0, mention.start - 6), mention.end)) ? "drama.revenue" : null;
  if (id === "agriculture.output_total") return /粮食/.test(sentenceBefore) ? "agriculture.grain_output" : null;
  if (id === "macro.gdp_change") return "macro.gdp";
  if (id === "drama.market_size") return DRAMA.test(sentenceBefore + after) ? id : null;
  return id;
}

/** The catalogue id of a concept measured so, if the catalogue lists it and the unit fits. */
export function seriesOf(concept: string, measure: MeasureKind, unit: string, sinceStart: boolean): IndicatorDef | null {
  const fits = (d: IndicatorDef | undefined) => (d && unitFits(d, unit) ? d : null);
  if (concept === "industry.capacity") return measure === "level" || measure === "projected" ? fits(catalogueEntry(`industry.capacity_${unit === "吨" ? "t" : unit.toLowerCase()}`)) : null;
  if (measure === "change") {
    if (concept === "industry.rd_intensity") return null;
    return fits(growthOf(concept));
  }
  if (measure === "share") {
    if (concept === "industry.hightech") return fits(catalogueEntry("industry.hightech_share"));
    if (concept === "industry.rd_spend" || concept === "industry.rd_intensity") return fits(catalogueEntry("industry.rd_intensity"));
    return null;
  }
  if (measure !== "level") return null;
  if (sinceStart) {
    const running = fits(catalogueEntry(`${concept}_cumulative`));
    if (running) return running;
  }
  const def = catalogueEntry(concept);
  return def && def.measure === "level" ? fits(def) : null;
}

/**
 * What a sentence says once for all its figures (an OCR sentence can hold dozens): its concept
 * mentions, and where its cues first end (before a figure when ≤ its offset).
 */
interface SentenceFacts {
  text: string;
  mentions: ConceptMention[];
  /** End of the first match of each cue, or Infinity. */
  since: number;
  qizhong: number;
  byKind: RegExpExecArray | null;
  singleMonth: number;
  drama: number;
}
let facts: SentenceFacts | null = null;

const firstEnd = (re: RegExp, t: string) => {
  const m = re.exec(t);
  return m ? m.index + m[0].length : Infinity;
};

function factsOf(sentence: string): SentenceFacts {
  if (facts?.text === sentence) return facts;
  facts = {
    text: sentence,
    mentions: conceptsIn(sentence),
    since: firstEnd(SINCE, sentence),
    qizhong: sentence.indexOf("其中"),
    byKind: BY_KIND.exec(sentence),
    singleMonth: firstEnd(SINGLE_MONTH, sentence),
    drama: firstEnd(DRAMA, sentence),
  };
  return facts;
}

/** The mentions of `f` inside [from, to), in order. */
function mentionsIn(f: SentenceFacts, from: number, to: number): ConceptMention[] {
  const out: ConceptMention[] = [];
  for (const m of f.mentions) {
    if (m.start >= to) break;
    if (m.start >= from && m.end <= to) out.push(m);
  }
  return out;
}

const none = (source: string, cue: string | null, concept: string | null = null, part = false): IndicatorDecision => ({ value: null, source, cue, concept, part });


/** Every unit some series takes: a figure in any other (亩, 公里, 人, 百分点 …) is no point of any. */
export const SERIES_UNITS: ReadonlySet<string> = new Set(CATALOGUE.flatMap((d) => [d.unit, ...d.units]));

export function decideIndicator(x: IndicatorInput): IndicatorDecision {
  if (!SERIES_UNITS.has(x.unit)) return none("unit", null);
  const s = x.sentence;
  const f = factsOf(s);
  const before = s.slice(0, x.at);
  let afterEnd = x.end;
  while (afterEnd < s.length && afterEnd < x.end + 24 && BREAKS[s.charCodeAt(afterEnd)] !== 2) afterEnd++;
  const after = s.slice(x.end, afterEnd);
  // the number's own words: back to the last break, and not past the figure before it
  let ownStart = x.at;
  ownStart = itemStartAt(s, ownStart);
  const prev = x.previous.length ? x.previous[x.previous.length - 1] : null;
  if (prev && prev.end > ownStart && prev.end <= x.at) ownStart = prev.end;
  // …分别: the list before it names each figure's concept (fromList), the words after it the shared measure
  const fb = x.listIndex >= 0 ? before.lastIndexOf("分别") : -1;
  if (fb >= ownStart) ownStart = fb + 2;
  const own = s.slice(ownStart, x.at);
  const partStart = Math.max(before.lastIndexOf("；"), before.lastIndexOf(";")) + 1;

  // --- the concept
  let mention: ConceptMention | null = null;
  let concept: string | null = null;
  let source = "own";
  let cue: string | null = null;
  const shareAt = own.search(/占|比重/);
  const ownMentions = mentionsIn(f, ownStart, shareAt < 0 ? x.at : ownStart + shareAt);
  // counts often name their thing after the measure word (8个项目进行了集中签约, 50余部短剧已登陆海外市场)
  const afterMentions = mentionsIn(f, x.end, x.end + Math.min(16, after.length));
  if (x.unit === "部") {
    const all = [...ownMentions, ...afterMentions];
    mention = all.find((m) => m.row.id === "drama.overseas") ?? all.find((m) => m.row.id === "drama.produced") ?? null;
    concept = mention?.row.id ?? null;
  }
  for (let i = ownMentions.length - 1; i >= 0 && !concept; i--) {
    const c = resolveConcept(ownMentions[i], x, partStart, after);
    if (c) {
      concept = c;
      mention = ownMentions[i];
    }
  }
  if (!concept && ownMentions.length) return none("own", s.slice(ownMentions[ownMentions.length - 1].start, ownMentions[ownMentions.length - 1].end));
  if (!concept && afterMentions.length && (!MONEY_OR_RATE.has(x.unit) || afterMentions[0].row.id === "port.logistics_cost_saved") && afterMentions[0].start - x.end <= 6) {
    const c = resolveConcept(afterMentions[0], x, partStart, after);
    if (c) {
      concept = c;
      mention = afterMentions[0];
      source = "after";
    }
  }
  if (!concept && x.unit === "家" && /(?:引进|招引|吸引|入驻|落户)了?$/.test(own) && /^[^，,。；;]{0,6}(?:企业|公司)/.test(after)) {
    // 成功吸引了两家外贸企业: the verb before the count, the firms after it
    concept = "investment.enterprises_attracted";
    source = "after";
  }
  if (!concept && (x.unit === "元" || x.unit === "美元") && /^(?:以上)?的[^，,。；;]{1,24}项目/.test(after)) {
    // 总投资20.5亿元的银泰项目, 5亿元以上的…项目: one project's size
    concept = "investment.project_investment";
    source = "after";
  }
  if (mention) cue = s.slice(mention.start, mention.end);
  if (!concept && x.listIndex >= 0) {
    const listed = fromList(x, before);
    if (listed?.part) return none("part", "carried", listed.concept, true);
    if (listed) {
      concept = listed.concept;
      cue = listed.cue;
      source = "list";
    }
  }
  if (!concept && (x.unit === "GW" || x.unit === "GWh")) {
    // GW and GWh measure nothing but a plant's or a base's capacity here
    concept = "industry.capacity";
    source = "unit";
  }
  if (!concept) {
    // a bare figure: its own words name no measured thing beside places, times, verbs and changes;
    // a share with no numerator of its own (…投入达68.5亿元,占GDP比重为3.02%) is a share of the figure before it
    const shareOfBefore = /^[^，,]{0,4}(?:占|比重)/.test(own);
    // (按可比价格计算, 按自然口径计算 say how, not what, and so does 名义: an income's headline 同比 is its nominal
    // growth; 扣除价格因素…实际增长 is another measure and stays)
    // 扣除留抵退税因素后增长6.2%: an adjusted change measures the concept before it all the same, though
    // no series holds it; the concept is kept for the figure after it (…，按自然口径计算下降8.7%)
    const adjusted = /扣除[^，,。；;]{1,12}因素(?:后|影响)?/.exec(own);
    if (!shareOfBefore && !GENERIC.test(blankPlaces(own, ownStart, x.places).replace(/按[^，,。；;]{0,8}(?:计算|折算|口径)|(?:同|可比)口径|名义(?=增长|增速|下降)|扣除[^，,。；;]{1,12}因素(?:后|影响)?/g, ""))) return none("own", null);
    let carried = carry(x, own);
    if (!carried && x.listIndex < 0 && !x.previous.length) {
      // 财政总收入突破50亿元大关，达到51.2亿元: the concept named in the clause just before, when no figure stands between
      let prevClause = Math.max(0, ownStart - 1);
      prevClause = clauseStartAt(s, prevClause);
      const named = mentionsIn(f, prevClause, ownStart).at(-1);
      if (named) carried = { start: named.start, end: named.end, unit: x.unit, concept: resolveConcept(named, x, partStart, after), part: false };
    }
    // a change after a part is a part, unless a place of its own is named since (海盐港区…同比下降3.6%);
    // the items of one 分别 list stand side by side, each judged as a part or not on its own (below:
    // 乍浦港区、独山港区、海盐港区分别…: the first two share a county, the third is its county's)
    const sameList = !!carried && x.listIndex >= 0 && carried.start > before.lastIndexOf("分别") && listedPlaces(x, before).length > 1;
    if (carried?.part && !sameList && !x.places.some((p) => p.start >= carried.end && p.end <= x.at)) return none("part", "carried", carried.concept, true);
    concept = carried?.concept ?? null;
    if (concept) source = "carry";
    if (concept && adjusted) return none("measure", adjusted[0], concept);
  }
  if (!concept) return none("none", null);

  // --- parts
  // the words between the number's own start and its concept, places blanked (衢江港区|完成货物吞吐量)
  const zone = mention && mention.start >= ownStart && mention.end <= x.at ? blankGazetteer(s.slice(ownStart, mention.start), ownStart, x.places) : "";
  const part = isPart(x, s, before, own, zone, concept, mention);
  if (part) return none("part", part, concept, true);

  // --- the measure
  let measureWords = mention ? s.slice(mention.end, x.at) || own : own;
  if (fb >= 0 && (source === "list" || source === "carry")) {
    // 分别增长7.7%和6.8%: every figure of the list shares the words between 分别 and the first of them
    const first = x.previous.find((f) => f.start > fb);
    measureWords = s.slice(fb, first ? first.start : x.at) + measureWords;
  }
  const measure = readMeasure({ own: measureWords, after, sentenceBefore: before, unit: x.unit });
  const sinceStart = f.since <= x.at || (x.cumulative && x.periodKind === "day" && !/截至|截止/.test(before));
  const def = seriesOf(concept, measure.kind, x.unit, sinceStart);
  if (!def) return none("measure", measure.cue ?? measure.kind, concept);
  // 与2019年同期相比…增长12.4%: a change against another base than the year before is no year-on-year point
  const base = measure.kind === "change" ? /(?:与|比|较)[^，,。；;]{0,2}((?:19|20)\d\d)年/.exec(before.slice(-30)) : null;
  if (base && x.period && Number(base[1]) !== Number(x.period.slice(0, 4)) - 1) return none("measure", base[0], concept);
  // 3月份… beside 一季度…: one month's flow other than January is no point of a series whose months are years to date
  if (x.periodKind === "month" && x.period && !x.period.endsWith("-01") && (f.singleMonth <= x.at || SINGLE_MONTH.test(foldTraditional(x.paragraphBefore.slice(0, 12)))) && def.kind !== "running" && !STOCKS.has(def.id) && def.scope === "area") return none("measure", "single month", concept);
  return { value: def.id, source, cue: cue ?? measure.cue, concept, part: false };
}

/** 分别: the k-th item of the list before it, else the k-th figure before it, else the list's one concept. */
function fromList(x: IndicatorInput, before: string): { concept: string; cue: string; part?: boolean } | null {
  const fb = before.lastIndexOf("分别");
  if (fb < 0) return null;
  let listStart = fb;
  listStart = clauseStartAt(before, listStart);
  const list = before.slice(listStart, fb);
  const k = x.listIndex;
  // 杭州、金华、衢州三地出海短剧数量分别为…: counts of dramas sent abroad, whatever else the list names
  if (x.unit === "部" && OVERSEAS.test(list) && /剧/.test(list)) return { concept: "drama.overseas", cue: list };
  // 三次产业增加值分别增长a、b、c; 城乡居民收入分别…: one word for several concepts in a known order
  // (新材料、新能源、集成电路三大产业 names three industries of its own: not the three sectors)
  if (/三次产业|三大产业|一二三产|一、二、三产业|第一、二、三产业/.test(list) && /增加值/.test(list) && !/[、和]/.test(list.replace(/一、二、三|第一、二、三/, ""))) {
    const three = ["agriculture.value_added", "industry.secondary_value_added", "services.value_added"];
    return k < 3 ? { concept: three[k], cue: list } : null;
  }
  if (/城乡居民/.test(list) && /收入/.test(list)) return k < 2 ? { concept: ["macro.urban_income", "macro.rural_income"][k], cue: list } : null;
  const items = list.split(/[、和及与]/).filter((t) => t.length > 0);
  if (items.length > 1) {
    // 城镇和农村居民人均可支配收入: the modifier of one item shares the head of the last
    const head = conceptsIn(items[items.length - 1]);
    const concepts = items.map((it, i) => {
      const own = conceptsIn(it);
      if (own.length) return own[own.length - 1].row.id;
      if (i < items.length - 1 && head.length) {
        const h = head[head.length - 1];
        // the head without the last item's own modifier: 农村居民人均可支配收入 → 居民人均可支配收入
        const headWords = items[items.length - 1].slice(h.start, h.end).replace(/^(?:城镇|农村|农民|全体|城乡)(?:常住)?/, "");
        const joined = conceptsIn(it + headWords);
        if (joined.length) return joined[joined.length - 1].row.id;
      }
      return null;
    });
    if (concepts.filter(Boolean).length > 1) return concepts[k] ? { concept: concepts[k]!, cue: items[k] } : null;
  }
  // …接待游客X、实现旅游收入Y，同比分别增长a和b: the figures before it, in order
  const figuresBefore = x.previous.filter((f) => f.end <= fb);
  if (x.unit === "%" && /^[^，,；;]{0,8}$/.test(list) && figuresBefore.length) {
    const after = x.sentence.slice(fb).split(/[；;]/, 1)[0];
    const n = (after.match(/\d(?:[\d.]*)\s*%/g) ?? []).length;
    const levels = figuresBefore.filter((f) => f.unit !== "%");
    const pick = levels[levels.length - n + k];
    return pick?.concept ? { concept: pick.concept, cue: "分别", part: pick.part } : null;
  }
  // 全市和全省固定资产投资分别增长…: places listed, one concept
  const one = conceptsIn(list);
  if (one.length) return { concept: one[one.length - 1].row.id, cue: x.sentence.slice(listStart, fb) };
  return null;
}

/** The words of a level that a change leads to: 达到, 总量为, 突破. */
const REACHES = /^[，,]?(?:总量|总额|规模)?(?:达到?|为|至|突破|超过?|逾|约|近)/;

/** A sentence that opens by breaking the one before down by place: 分县（市、区）看, 分地区看, 从各设区市看. */
const BY_PLACE = /^(?:分|从各?)(?:县|区|市|地区|区域|县区|县市|县市区|设区市|各县|各地)(?:（市、区）|\(市、区\)|（市）|\(市\))?(?:来)?看[，,：:]?/;

/** Does the figure's sentence break the sentence before down by place (BY_PLACE, or 其中 and a place of its own before the number)? */
function breaksDownByPlace(x: IndicatorInput): boolean {
  if (BY_PLACE.test(x.sentence)) return true;
  const opener = /^其中[，,：:]?/.exec(x.sentence);
  return !!opener && x.places.some((p) => p.start >= opener[0].length && p.end <= x.at && p.via !== "collective" && p.via !== "country");
}

/** The figure before: a change measures its level's concept (or the change before it: 全市增长a%，其中衢江区增长b%); a level right after a change, the change's; a list item (衢江区24个) the last figure of its unit. */
function carry(x: IndicatorInput, own: string): Figure | null {
  if (!x.previous.length && x.unit === "%" && /^(?:同期|同时|与此同时)/.test(x.sentence) && x.previousSentence?.length) {
    // the last rate of the sentence before, past a gap after it (…增长5.4%，比全国高0.6个百分点。同期全国增长4.8%)
    for (let i = x.previousSentence.length - 1; i >= 0; i--) if (x.previousSentence[i].unit === "%") return x.previousSentence[i];
    return null;
  }
  // 分县（市、区）看，柯城区、衢江区…分别增长a、b; 其中，衢江区增长c: the places of the sentence before broken
  // out, each its own figure of that sentence's concept (the later figures carry the first, below)
  if (!x.previous.length && x.previousSentence?.length && breaksDownByPlace(x)) {
    for (let i = x.previousSentence.length - 1; i >= 0; i--) {
      const f = x.previousSentence[i];
      if (x.unit === "%" ? f.unit === "%" : f.unit === x.unit) return f;
    }
    return null;
  }
  // 农林牧渔业增加值增长3.9%，达到22.08亿元: a level reached right after its concept's change is that concept's
  // level (a list item after a share, 占全市的近两成；龙游县22个, is not: it carries the last figure of its unit)
  const last = x.previous.at(-1);
  if (last && last.unit === "%" && last.concept && x.unit !== "%" && x.unit !== "百分点" && REACHES.test(own)) return last;
  for (let i = x.previous.length - 1; i >= 0; i--) {
    const f = x.previous[i];
    if (x.unit === "%" ? f.unit !== "百分点" : f.unit === x.unit) return f;
  }
  return null;
}

function blankGazetteer(words: string, from: number, places: IndicatorInput["places"]): string {
  let out = words;
  for (const p of places) {
    const a = Math.max(p.start - from, 0);
    const b = Math.min(p.end - from, words.length);
    if (b > a) out = out.slice(0, a) + " ".repeat(b - a) + out.slice(b);
  }
  return out;
}

function blankPlaces(own: string, ownStart: number, places: IndicatorInput["places"]): string {
  let out = own;
  for (const p of places) {
    const a = Math.max(p.start - ownStart, 0);
    const b = Math.min(p.end - ownStart, own.length);
    if (b > a) out = out.slice(0, a) + " ".repeat(b - a) + out.slice(b);
  }
  // places the gazetteer leaves to the area rules: 全区, 全市, 我县, and names ending in an area word
  return out.replace(/全(?:区|县|市|省|国)|我(?:区|县|市|省)|[\u4e00-\u9fa5]{1,6}(?:区|县|市|省|镇|乡|街道|港区|港)/g, " ");
}

/** The places of the 分别 list before the figure (乍浦港区、独山港区、海盐港区分别…), in order. */
function listedPlaces(x: IndicatorInput, before: string): IndicatorInput["places"] {
  const fb = before.lastIndexOf("分别");
  if (fb < 0) return [];
  const listStart = clauseStartAt(before, fb);
  return x.places.filter((p) => p.end <= fb && p.start >= listStart);
}

/** Why the figure is a part of its concept's total, or null. */
function isPart(x: IndicatorInput, s: string, before: string, own: string, zone: string, concept: string, mention: ConceptMention | null): string | null {
  const port = concept.startsWith("port.");
  const batch = /investment\.(?:projects_started|projects_signed|started|signed)/.test(concept);
  const total = mention?.row.total === true || /services\.(?:exports|imports)/.test(concept);
  const throughput = /port\.(?:cargo|container|foreign)/.test(concept);
  const partBefore = before.slice(Math.max(before.lastIndexOf("；"), before.lastIndexOf(";")) + 1);
  // the segment may be named with the subject (嘉兴内河港完成货物吞吐量…、集装箱吞吐量…): read from the part's last place on
  const partStart = before.length - partBefore.length;
  const lastPlace = findLast(x.places, (p) => p.start >= partStart && p.end <= x.at);
  let clauseStart = x.at;
  clauseStart = clauseStartAt(s, clauseStart);
  const segZone = s.slice(Math.max(lastPlace ? lastPlace.start : partStart, clauseStart), x.at).replace(/[高低]于[^，,]*|高出[^，,]*/g, "");
  // in a 分别 list (嘉兴港和嘉兴内河港分别完成…) each figure has its own item's words
  const fb = x.listIndex >= 0 ? before.lastIndexOf("分别") : -1;
  const items = fb >= 0 ? before.slice(clauseStart, fb).split(/[、和及与]/) : [];
  const segWords = items.length > 1 ? items[x.listIndex] ?? "" : segZone;
  const seg = throughput ? PORT_SEGMENT.exec(fb >= 0 ? s.slice(fb, x.at) : own) ?? PORT_SEGMENT.exec(segWords) : null;
  if (seg) return seg[0];
  const clause = before.slice(Math.max(before.lastIndexOf("，"), before.lastIndexOf(","), partBefore.length ? before.length - partBefore.length - 1 : -1) + 1);
  const rest = total || port || batch ? ZONE_OR_REST.exec(clause) : null;
  if (rest) return rest[0];
  // a batch's total investment after a count that was a part (上饶经开区开工项目16个，总投资…) is a part too
  if (batch && x.previous.length) {
    const partStart = Math.max(before.lastIndexOf("；"), before.lastIndexOf(";")) + 1;
    const last = x.previous[x.previous.length - 1];
    if (last.start >= partStart && last.part) return "carried";
  }
  // 宁波舟山港完成货物吞吐量…: a port of several cities is filed under their province (docs/claims.md, Areas),
  // but it is one port of the province, not all of its ports (全省港口): no point of the province's series
  // (the part's own place, else the sentence's before it: …宁波舟山港去年完成货物吞吐量10.07亿吨…；完成集装箱吞吐量…)
  const portPlace = lastPlace ?? findLast(x.places, (p) => p.end <= x.at);
  if (throughput && portPlace?.via === "compound") return portPlace.via;
  // 千吨级以上泊位156个: berths of one class are a part of the port's (建设5000吨级泊位4个 is a terminal's own)
  if (concept === "port.berths" && /级(?:及?以上)?的?(?:生产性)?泊位/.test(own) && !/建设|建成|规划|设计/.test(clause)) return "级泊位";
  // 乍浦港区、独山港区分别…: two places of one county in a 分别 list are parts of its total
  if (x.listIndex >= 0) {
    const listed = listedPlaces(x, before);
    const mine = listed[x.listIndex];
    const inside = (p: (typeof listed)[number]) => p.via === "port_area" || p.via === "town" || p.via === "port" || p.via === "compound";
    if (mine?.area && inside(mine) && listed.some((p) => p !== mine && p.area === mine.area)) return "同地区多处";
  }
  // 中心港区完成…, 长风港区完成…: a port area the gazetteer cannot place in a county stands in its city's total
  if (throughput) {
    const named = /([\u4e00-\u9fa5]{2,4})港区/.exec(own);
    // (今年港区, 全港区, 该港区: no name)
    const area = named && !/[今全该本各年月季度]|^[一-鿿]?(?:完成|实现)/.test(named[1]) ? named : null;
    const from = area ? x.at - own.length + area.index : -1;
    if (area && !x.places.some((p) => p.start < from + area[0].length && p.end > from)) return area[0];
  }
  // 一个招商团队引进项目7个, 依托人才计划落地项目4个: one team's or programme's share of the area's count
  if (/investment\./.test(concept) && !ENTITY.test(concept)) {
    const via = VIA_GROUP.exec(before);
    if (via) return via[0];
  }
  // 他获奖的“后台”是…研发投入…, 她创办的企业…: a person's own firm, no area's total
  if (!ENTITY.test(concept) && /[他她](?:所在|获奖|创办|带领|经营|的)/.test(before)) return "个人企业";
  // …增长228%的公司: the figure describes a company, no area's total
  if (!ENTITY.test(concept) && /^(?:以上|左右)?的(?:公司|企业|厂|工厂|项目)/.test(s.slice(x.end, x.end + 8))) return "的公司";
  // a town's, a village's or a street's own figure is a part of its county's total
  const placeBefore = findLast(x.places, (p) => p.end <= x.at);
  if (placeBefore?.via === "town" && !ENTITY.test(concept) && !concept.startsWith("drama.") && (mention?.row.total || /_growth$|investment\.(?:manufacturing|industrial|hightech|infrastructure|real_estate|private)$/.test(concept) || catalogueEntry(concept)?.scope === "area")) return s.slice(placeBefore.start, placeBefore.end);
  const sub = SUB_GROUP.exec(own);
  if (sub && /tourism\.|macro\..*income|enterprise_revenue|industry\.tax/.test(concept)) return sub[0];
  // 民营企业实现进出口总额…, 外资企业出口…, 国有企业增加值…: firms of one kind of ownership hold a part of any total
  const owners = OWNERSHIP.exec(own);
  // (own is the sentence's text right before the number: it starts at x.at - own.length)
  if (owners && mention && owners.index < mention.start - (x.at - own.length)) return owners[0];
  if (mention && total) {
    // 茶叶出口, 纸浆吞吐量, 台资企业进出口: a kind named right before a total; 对香港出口: one market
    const lead = zone.trimEnd();
    if (lead.length === zone.length && /[\u4e00-\u9fa5]$/.test(lead) && !TOTAL_LEAD.test(lead)) return lead.slice(-3) + s.slice(mention.start, mention.end);
    if (/对(?!外)[^，,。；;]{0,8}$/.test(lead) && /services\./.test(concept)) return "对" + lead.slice(lead.lastIndexOf("对") + 1);
  }
  // a concept with a series of its own (分产业看，第一产业增加值…，增长3.2%) is no category of a batch
  const ownSeries = !batch && (catalogueEntry(concept) ?? growthOf(concept)) !== undefined;
  const f = factsOf(s);
  const by = f.byKind && f.byKind.index + f.byKind[0].length <= x.at ? f.byKind : null;
  if (by && !/区域|地区|县|市|区/.test(by[0]) && !ownSeries) return by[0];
  // 其中 opens the parts of the rest of the sentence; 仅煤炭就… singles out its own clause
  const only = f.qizhong >= 0 && f.qizhong + 2 <= x.at ? null : ONLY.exec(before.slice(clauseStart));
  const partAt = f.qizhong >= 0 && f.qizhong + 2 <= x.at ? { index: f.qizhong, 0: "其中" } : only ? { index: only.index + clauseStart, 0: only[0] } : null;
  if (partAt) {
    // 其中出口…, 其中制造业投资…: a part the catalogue lists is its own series; 其中衢江区…: a place's own total
    // one project, plant or base inside a batch or an industry is an entity of its own series; a part that
    // is a concept of its own (其中出口…, 其中第一产业增加值…, 其中制造业投资…) is its own series' point
    // (what 其中 splits: the figure before it, or the sentence before when it opens the sentence)
    // — skipping figures that measure nothing the catalogue charts (两年平均增长…, 高于全国…个百分点), which split nothing
    const splits = (f: Figure) => f.unit !== "百分点" && f.concept !== null;
    const split = findLast(x.previous, (f) => f.end <= partAt.index && splits(f)) ?? findLast(x.previousSentence ?? [], splits);
    const listedPart = ENTITY.test(concept) || (!batch && (catalogueEntry(concept) ?? growthOf(concept)) !== undefined && !!split?.concept && split.concept !== concept);
    const placeNamed = x.places.some((p) => p.start >= partAt.index && p.end <= x.at);
    if (!listedPart && !placeNamed) return partAt[0];
  }
  return null;
}
