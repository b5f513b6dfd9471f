// Measures: how a figure measures its concept — a level, a year-on-year change
// in percent, or one of the measures no catalogue series holds (a change in
// percentage points, a multi-year average, a month-on-month change, a single
// month beside year-to-date figures, a share, a gap against a benchmark, a
// rate per day or per unit, an increase over last year given as an amount, a
// class rating, a completion rate). Read from the number's own words (from the
// concept, or the clause start, to the number), the words right after it, and
// the sentence before it; the first row that matches decides.
// Cases: MEASURE_CASES below (measures.test.ts): each row three phrasings or
// more (one traditional) and near misses that must not be read as it.

export type MeasureKind =
  | "level"
  | "change"
  | "points"
  | "average"
  | "month_on_month"
  | "single_period"
  | "share"
  | "benchmark_gap"
  | "per_unit"
  | "increase"
  | "class_rating"
  | "completion"
  | "projected";

export interface MeasureInput {
  /** The number's own words: from its concept (or clause start) to the number, simplified. */
  own: string;
  /** The clause after the number. */
  after: string;
  /** The sentence before the number. */
  sentenceBefore: string;
  unit: string;
}

export interface MeasureRow {
  kind: MeasureKind;
  test(m: MeasureInput): RegExpExecArray | boolean | null;
  match: readonly MeasureInput[];
  miss: readonly MeasureInput[];
}

const PCT = (u: string) => u === "%";
const m = (own: string, unit = "%", after = "", sentenceBefore = ""): MeasureInput => ({ own, after, sentenceBefore: sentenceBefore || own, unit });

/** 增长 and its kin: a year-on-year change when the unit is a percent. */
const CHANGE = /增长|增速|增幅|下降|下滑|下跌|回落|提高|提升|上升|同比|按年|比上年|比去年|较上年|较去年|年增|年减|减少|涨幅|上涨|跌幅|负增长|增长率|增加/;
/** 比上年增加2258元, 较去年同期增加52.6万吨, 净增: the amount of a change (增加值, 增加到, 增至 are levels). */
const INCREASE_AMOUNT = /(?:增加|增长|减少|下降|多|少|净增|新增|增收)(?!值|到|至|为)了?(?:约|近|超过?|逾)?$/;
const NEW_STOCK = /新(?:增|开通|开辟|开设|建成?|投用|投产)/;

export const MEASURES: readonly MeasureRow[] = [
  {
    kind: "points",
    test: (x) => x.unit === "百分点",
    match: [m("增速比全省高", "百分点"), m("比上年提高", "百分点"), m("增幅回落", "百分点")],
    miss: [m("同比增长"), m("增长", "元")],
  },
  {
    kind: "class_rating",
    test: (x) => /^级/.test(x.after),
    match: [m("建设", "吨", "级泊位"), m("可停靠", "吨", "级船舶"), m("新建", "吨", "級碼頭")],
    miss: [m("完成货物吞吐量", "吨", ""), m("年产", "吨", "高端特种纸")],
  },
  {
    kind: "average",
    test: (x) => /年均|(?:两|二|三|四|五|\d)年平均|平均每年|年平均|平均增长|平均增速/.exec(x.own),
    match: [m("两年平均增长"), m("货物吞吐量年均增长"), m("兩年平均增長"), m("近五年平均每年增长")],
    miss: [m("同比增长"), m("平均每人", "元")],
  },
  {
    kind: "month_on_month",
    test: (x) => /环比/.exec(x.own),
    match: [m("环比增长"), m("货物吞吐量环比下降"), m("環比增長")],
    miss: [m("同比增长"), m("比上月末", "元")],
  },
  {
    kind: "single_period",
    // 10月份当月, 三季度单季: one month's or quarter's rate beside the year-to-date figures
    test: (x) => /当月|单月|单季|当季/.exec(x.sentenceBefore),
    match: [m("10月份当月，规上工业增加值增长"), m("单月出口增长"), m("三季度單季增長"), m("当季GDP增长")],
    miss: [m("1—10月，规上工业增加值增长"), m("前三季度GDP增长")],
  },
  {
    kind: "completion",
    test: (x) => /完成率|开工率|进度|完成(?:全年|年度)?(?:目标|任务|计划)[^，,]{0,6}的?$|(?:目标|任务|计划)的$/.exec(x.own),
    match: [m("完成全年目标任务的"), m("开工率达到"), m("完成年度計劃的"), m("投资完成率")],
    miss: [m("完成货物吞吐量", "吨"), m("计划总投资", "元")],
  },
  {
    kind: "share",
    test: (x) => /占(?!地|用|领)|比重|占比|份额|贡献率|拉动/.exec(x.own),
    match: [m("占全区的"), m("高新技术产业增加值占规上工业比重达"), m("佔全市比重"), m("投资额占比")],
    miss: [m("占地面积", "亩"), m("同比增长")],
  },
  {
    kind: "benchmark_gap",
    // 增速高于全省2.1个百分点 is points; 比横店低一半, 高出全国平均3% are gaps against a benchmark
    test: (x) => /(?:[高低快慢]于|高出|低出|超出)[^，,。]{0,10}$|比[^，,。]{1,12}(?:[高低快慢便贵]|多出|少)[^，,。增减]{0,3}$/.exec(x.own),
    match: [m("增速高于全省平均"), m("比全国平均水平高"), m("比橫店便宜"), m("租金比周边低", "元")],
    miss: [m("比上年增长"), m("较去年同期增长")],
  },
  {
    kind: "per_unit",
    test: (x) => /每(?:天|日|周|月|年|个|台|吨|标箱|亩|人|户|平方米|公里)|日均|月均|周均|单日|人均(?!地区|生产|GDP|可支配)/.exec(x.own),
    match: [m("每周开行集装箱班轮约", "航次"), m("每个标箱运费可节省", "元"), m("日均接待游客", "人次"), m("單日吞吐量突破", "吨")],
    miss: [m("人均可支配收入", "元"), m("累计接待游客", "人次")],
  },
  {
    kind: "increase",
    // an amount of change over a base, or a stock's new additions (新开通航线5条): not the stock itself
    test: (x) => !PCT(x.unit) && (INCREASE_AMOUNT.exec(x.own) ?? NEW_STOCK.exec(x.own)),
    match: [m("比上年增加", "元"), m("较去年同期增加", "吨"), m("新开通适水航线", "条"), m("比2022年增長", "元")],
    miss: [m("农林牧渔业增加值", "元"), m("收入增加到", "元"), m("吞吐量增至", "吨")],
  },
  {
    kind: "projected",
    // 建成后预计可实现年产值…, 达产后年纳税…: what a plant is to yield, not anyone's figure yet
    test: (x) => !PCT(x.unit) && /(?:(?:达产|建成|投产|投用|运营)后|预计|可实现|将实现)[^，,。；;]{0,8}?(?<!全)年(?:产值|税收|纳税|营收|销售|接待)|(?:达产|建成|投产|投用)后[^。]{0,30}(?<!全)年(?:产值|税收|纳税|营收|销售|接待)/.exec(x.sentenceBefore),
    match: [m("年纳税", "元", "", "签约项目全部达产后，预计年产值超150亿元，年纳税"), m("年税收", "元", "", "项目建成后可实现年税收"), m("年營收", "元", "", "投產後預計年營收")],
    miss: [m("纳税", "元", "", "去年企业纳税"), m("年产", "吨", "", "达产后年产"), m("接待游客", "人次", "", "预计全年接待游客")],
  },
  {
    kind: "change",
    test: (x) => PCT(x.unit) && CHANGE.exec(x.own),
    match: [m("同比增长"), m("比上年下降"), m("年增"), m("增長"), m("按年實質下跌")],
    miss: [m("占全区的"), m("完成率")],
  },
];

export interface MeasureHit {
  kind: MeasureKind;
  cue: string | null;
}

export function readMeasure(x: MeasureInput): MeasureHit {
  for (const r of MEASURES) {
    const hit = r.test(x);
    if (hit) return { kind: r.kind, cue: typeof hit === "object" ? hit[0] : null };
  }
  // a bare percent with no change word is a ratio of some kind: no series of levels or changes
  return { kind: PCT(x.unit) ? "share" : "level", cue: null };
}
