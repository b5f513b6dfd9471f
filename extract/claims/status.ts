// Status: a reported figure (actual) or a target, forecast or design figure
// (plan). Plan cues are read in the text before the number: most only inside
// its clause (将建成30GW), a few across the whole sentence because they frame
// everything after them (待二期全部投用后, …, 有泊位数24个).
import type { Status } from "../types";

/** Cues that make the rest of their clause a plan. */
export const CLAUSE_PLAN_CUES: readonly RegExp[] = [
  /力争|力爭/,
  /争取|爭取/,
  /预计|預計/,
  /预期/,
  /有望|可望/,
  // 达产后可实现年产值约120亿元: the state once the project runs
  /(?:建成|投用|投产|达产|竣工|完工)后/,
  /(?<!(?:完成|实现|超额完成|达到)[^,，;；]{0,6})(?:目标|目標)(?!任务的|的)/, // 完成年度目标任务的108% reports an outcome
  /设计|設計/,
  /规划|規劃/,
  /拟|擬/,
  // 计划开工的项目, 完成年度计划的56.3%: the plan is what the figure is measured against
  /(?<![”"」』]|(?:完成|实现|超额完成|达到)[^,，;；]{0,6})(?:计划|計劃)(?![”"」』]|[^,，。;；]{0,4}的)/,
  /年产(?:能)?$/, // 年产12万吨…项目: a design capacity
  // 年可周转果蔬8万吨, 年可处理污水…: what a facility can do in a year is its capacity
  /^年可/,
  // …，可带动1200户增收 / 可吸纳就业300人: what a project can bring, a prospect
  /^可(?:带动|帶動|吸纳|吸納|辐射|輻射|惠及|容纳|容納|新增|提供|实现|實現|满足|滿足)/,
  /确保|確保/,
  /将要|将会|即将/,
  // (向, 与, 为 open a phrase of whom it is for or with: 将向衢江援建项目3个, 将与高校共建, 将为企业提供)
  /[将將](?=[于在达建成实投惠提带新形突超全进继有完开迎增扩可再逐打对給给於達實惠帶進繼開增擴對向與与为為])/,
  /(?:要|需)(?=[达实完确建])/,
];

/** Cues that frame the whole sentence after them. */
export const SENTENCE_PLAN_CUES: readonly RegExp[] = [
  /(?:待|等).{1,12}(?:后|时)[,，]/,
  /(?:建成|投用|投产|达产|运营|竣工|完工)后/,
  /预计|(?<![”"」』]|年度)计划(?![”"」』]|总投资)|力争|目标是|目标为|规划|预期(?:增长|目标|达到)|有望|可望/,
];

/**
 * 将 is also the disposal marker (= 把): 将研发投入增加到7.2亿元 reports what was done.
 * When 将 is followed by a noun and then a resultative verb ending right before the number,
 * it is not a plan cue.
 */
const DISPOSAL = /将[^,，。;；]{2,14}?(?:改造|增加|提高|提升|扩大|打造|建设|调整|压缩|降低|缩短|减少|扩建|升级|变|转化|列)(?:为|到|至|成)[^,，。;；]{0,14}$/;

export interface StatusInput {
  /** Clause text before the number (from the last clause break). */
  clauseBefore: string;
  /** Sentence text before the number (from the last sentence break). */
  sentenceBefore: string;
}

/** 今年全区将…,重点抓好三方面工作:一是…;二是…;三是…: every item of a plan's list is a plan. */
const PLAN_LIST = /(?:将|计划|力争|要|目标)[^。]*[:：][^。]*[一二三四五六七八九]是/;

/**
 * 签约项目32个,计划总投资286.5亿元: the total a signed or started project is booked at is the
 * event's own figure (actual), though it says 计划; it is a plan only when its sentence plans the
 * projects themselves (2024年将继续实施…,计划总投资23.5亿元). 年度计划投资 stays a plan.
 */
const BOOKED_TOTAL = /(?<!年度|年)(?:计划|協議|协议|合同|签约)总投资(?:额)?(?:约|达|超过?|近|为|逾)?$/;
const PLANS_PROJECTS = /[将將](?=[于在继续实施建开推])|拟|力争|计划(?!总投资)|准备/;

/**
 * 主要预期目标：地区生产总值增长7%左右；规上工业增加值增长10%以上；…: every item of a list of targets
 * after its colon is a target, across the semicolons (目标完成情况：… reports outcomes: 情况 stands
 * before its colon).
 */
const TARGET_LIST = /(?<!完成|实现)(?:目标|指标|任务|计划)(?:是|为|如下)?[:：][^:：。]*$/;
/** 要办好30件民生实事, 必须确保…: a directive in a meeting report sets targets (要素, 要点 are nouns). */
const DIRECTIVE_OPENING = /^(?:[^，,。；;]{0,8}[，,])?[^，,。；;]{0,4}?(?<![主重需只想将纲必])(?:要(?![素点闻件求])|必须|务必)/;

/** A clause that reports what has been done so far: 截至目前已…, 目前已…, 实际完成…, 已完成…. */
const DONE_CLAUSE = /截至目前|截止目前|到目前为止|目前已|已经|(?<![将要])已(?:完成|引进|签约|开工|建成|落地|到位|实现|累计|达)|实际(?:完成|到位|使用)/;

export function detectStatus({ clauseBefore, sentenceBefore }: StatusInput): Status {
  // (the list test backtracks over long sentences: only run it when an enumeration is there)
  if (sentenceBefore.includes("是") && /[:：]/.test(sentenceBefore) && PLAN_LIST.test(sentenceBefore)) return "plan";
  if ((sentenceBefore.includes(":") || sentenceBefore.includes("：")) && TARGET_LIST.test(sentenceBefore)) return "plan";
  if (DIRECTIVE_OPENING.test(sentenceBefore)) return "plan";
  if (BOOKED_TOTAL.test(clauseBefore)) return PLANS_PROJECTS.test(sentenceBefore.replace(BOOKED_TOTAL, "")) ? "plan" : "actual";
  for (const re of CLAUSE_PLAN_CUES) {
    const m = re.exec(clauseBefore);
    if (!m) continue;
    if (/^[将將]/.test(m[0]) && DISPOSAL.test(clauseBefore.replace(/將/g, "将").slice(m.index))) continue;
    return "plan";
  }
  // Sentence-wide cues only count when they sit in an earlier clause (the clause itself was checked)
  // A semicolon closes the frame: 预计总产量可达6.3万吨;建成高标准农田2.8万亩 reports the second figure;
  // so does a clause that reports what is done (…计划新引进项目50个，截至目前已引进32个)
  if (DONE_CLAUSE.test(clauseBefore)) return "actual";
  let earlier = sentenceBefore.slice(0, sentenceBefore.length - clauseBefore.length);
  const semi = Math.max(earlier.lastIndexOf(";"), earlier.lastIndexOf("；"));
  if (semi >= 0) earlier = earlier.slice(semi + 1);
  for (const re of SENTENCE_PLAN_CUES) if (re.test(earlier)) return "plan";
  return "actual";
}

/**
 * A plan document: its headline or lead announces a list of things to be done (《2024年为民办实事项目》
 * 出炉; 县政府印发…计划; 将…办好20件实事). Its items (新建幼儿园6所, 新增养老床位260张) are plans though
 * they carry no plan word; a report of their completion (…全部完成) is not one.
 */
const PLAN_DOCUMENT = /(?:印发|出台|发布|公布|下达|确定|出炉)[^。]{0,8}《[^》。]{0,30}(?:计划|方案|实事|清单)|(?:实事|项目|计划|清单|任务)[^。，,]{0,4}出炉|[将將][^。]{0,40}(?:办好|实施|推进|建设|完成)[^。]{0,8}[件项个](?:民生)?实事/;
const REPORTS_DONE = /完成|竣工|收官|成效|交出|答卷|回顾/;
/** In a plan document, what has been done says so: 已…, 累计…, 同比…, 比上年…. */
const DONE_IN_SENTENCE = /已(?!于)|累计|同比|比上年|较上年|比去年|较去年/;

export function isPlanDocument(headline: string, leadOpening: string): boolean {
  if (REPORTS_DONE.test(headline)) return false;
  return PLAN_DOCUMENT.test(headline) || PLAN_DOCUMENT.test(leadOpening);
}

/** Does a figure of a plan document report something done (its sentence says so)? */
export function reportsDone(sentenceBefore: string): boolean {
  return DONE_IN_SENTENCE.test(sentenceBefore);
}

/** [headline, lead opening, is a plan document] */
export const PLAN_DOCUMENT_CASES: readonly [string, string, boolean][] = [
  ["永春县2024年为民办实事项目出炉", "近日，县政府印发《2024年县政府为民办实事项目》。", true],
  ["民生实事清单公布", "今年，市政府将围绕教育、医疗等领域办好15件民生实事。", true],
  ["惠民项目", "近日，區政府印發《2025年區政府為民辦實事項目計劃》。", true],
  ["年度重点工作部署", "今年，县政府将聚焦民生短板，办好10件实事。", true],
  // near misses: a completion report, a plan named in passing
  ["我县十大民生实事项目全部完成", "记者日前从县发改局获悉，2023年十大民生实事项目已全部完成。", false],
  ["上半年经济运行情况", "上半年，全区按照年初确定的目标任务，实现地区生产总值150亿元。", false],
];

/** [clause before the number, sentence before the number, expected] */
export const STATUS_CASES: readonly [string, string, Status][] = [
  ["力争2026年规上工业产值增速达到", "我们将锚定目标,力争2026年规上工业产值增速达到", "plan"],
  ["一道新能源将建成N型", "依托这个合作平台,一道新能源将建成N型", "plan"],
  ["今年将研发投入增加到", "他获奖的“后台”是今年将研发投入增加到", "actual"],
  ["将闲置方舱医院改造为", "2023年,衢江以“企业注资、政府建设”模式,将闲置方舱医院改造为", "actual"],
  ["有泊位数", "待二期全部投用后,衢江港区总占地面积近800亩,有泊位数", "plan"],
  ["预计年接待游客量将达", "预计年接待游客量将达", "plan"],
  ["落地高科技创新项目", "2023年以来,衢江依托“南孔精英”计划,吸引海内外高层次人才来衢江领办合办企业,落地高科技创新项目", "actual"],
  ["累计拍摄短剧超", "不到三年时间,这里累计拍摄短剧超", "actual"],
  ["年产", "项目计划建设4680全极耳大圆柱电池生产线,年产", "plan"],
  ["这一举措将惠及周边", "这一举措将惠及周边", "plan"],
  ["全县已建成5G基站", "到2023年底,全县已建成5G基站", "actual"],
  ["拟投资", "拟投资", "plan"],
  ["萧山区今年将向衢江援建项目", "杭州市萧山区与衢江区签订山海协作协议,萧山区今年将向衢江援建项目", "plan"],
  ["截至目前已引进", "今年计划新引进亿元以上项目50个,截至目前已引进", "actual"],
  ["目前已完成投資", "全年計劃投資120億元,目前已完成投資", "actual"],
  ["实际到位资金", "预计全年到位资金80亿元,上半年实际到位资金", "actual"],
  ["下半年将再引进", "今年计划引进项目50个,已引进32个,下半年将再引进", "plan"],
  ["學校將與高校共建實驗室", "學校將與高校共建實驗室", "plan"],
  ["明年将为企业减负", "明年将为企业减负", "plan"],
  ["将旧厂房改为创业园，入驻企业", "将旧厂房改为创业园，入驻企业", "actual"],
  ["全年完成年度目标任务的", "全年完成年度目标任务的", "actual"],
  ["目标任务是实现营收", "目标任务是实现营收", "plan"],
  ["建成高标准农田", "预计总产量可达6.3万吨;建成高标准农田", "actual"],
  ["全市一季度计划开工的省市重点项目已开工", "截至3月25日,全市一季度计划开工的省市重点项目已开工", "actual"],
  ["完成年度计划的", "累计完成投资48.7亿元,完成年度计划的", "actual"],
  ["年产", "年产", "plan"],
  ["新建共富工坊", "今年全区将扛牢粮食安全责任,重点抓好三方面工作:一是稳面积;二是强设施;三是促增收,新建共富工坊", "plan"],
  ["年产值", "预计明年建成投产,年产值", "plan"],
  // a signed or started project's booked total is the event's figure; a year's planned investment is a plan
  ["全年外貿進出口可望達", "全年外貿進出口可望達", "plan"],
  ["农林牧渔业总产值增长", "四季度是传统旺季,全年外贸进出口有望突破145亿元,农林牧渔业总产值增长", "plan"],
  ["达产后可实现年产值约", "总投资62亿元,达产后可实现年产值约", "plan"],
  ["区里将对新认定的企业给予", "今年起,区里将对新认定的企业给予", "plan"],
  ["计划总投资", "活动现场共签约项目16个,计划总投资", "actual"],
  ["计划总投资", "现场签约项目32个,计划总投资", "actual"],
  ["協議總投資", "本次簽約項目12個,協議總投資", "actual"],
  ["计划总投资", "2024年县政府将继续实施十大民生实事项目,计划总投资", "plan"],
  ["年度计划投资", "集中开工项目152个,年度计划投资", "plan"],
  ["规模以上工业增加值增长", "会议明确了今年的主要预期目标:地区生产总值增长7%左右;规模以上工业增加值增长", "plan"],
  ["固定資產投資增長", "全年主要目標是：地區生產總值增長6%；固定資產投資增長", "plan"],
  ["粮食产量稳定在", "今年的目标任务如下:城镇新增就业5000人;粮食产量稳定在", "plan"],
  ["规上工业增加值增长", "全年目标完成情况:地区生产总值增长6.8%;规上工业增加值增长", "actual"],
  ["新增就业", "全年目标任务已全部完成:新增就业", "actual"],
  ["要办好", "要办好", "plan"],
  ["全年新招引亿元以上项目不少于", "要全力以赴抓招商,全年新招引亿元以上项目不少于", "plan"],
  ["新建5G基站", "會議強調，要加快數字基建，新建5G基站", "plan"],
  ["主要指标增长", "主要指标增长", "actual"],
  ["重要产业链产值", "重要产业链产值", "actual"],
  ["今年务必完成", "今年务必完成", "plan"],
  ["要素保障资金", "要素保障资金", "actual"],
  ["年可周转果蔬", "冷链物流中心建有冷库2.4万立方米,年可周转果蔬", "plan"],
  ["年可處理生活垃圾", "新建焚燒廠1座,年可處理生活垃圾", "plan"],
  ["可带动周边", "年可周转果蔬8万吨,可带动周边", "plan"],
  ["可吸纳就业", "该项目投用后,可吸纳就业", "plan"],
  ["全县可用财力", "全县可用财力", "actual"],
  ["其中可再生能源装机", "其中可再生能源装机", "actual"],
  ["全年可比价增长", "全年可比价增长", "actual"],
];
