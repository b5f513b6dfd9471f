// Frames: whole made-up articles, each figure with the period it must get and
// how that period was known. Written for the rules of frames.ts and period.ts
// (not taken from any evaluation set); the table is the test (frames.test.ts).
import type { PeriodSource } from "../types";

export interface FrameCase {
  name: string;
  /** Front matter: the paper's date and, when the page prints no headline, its title. */
  date: string;
  title?: string;
  text: string;
  /** [number as written in the text, period, how it was known] — the first claim on that number. */
  expect: Array<[string, string | null, PeriodSource]>;
}

export const FRAME_CASES: readonly FrameCase[] = [
  {
    name: "a span opening a report is the time of its figures, not a dateline",
    date: "2024-10-08",
    title: "国庆假期旅游市场火热",
    text: "10月1日至7日，全县接待游客56万人次，同比增长12%。\n全县旅游收入4.2亿元。",
    expect: [
      ["56万人次", "2024-10-07", "sentence"],
      ["4.2亿元", "2024-10-07", "lead"],
    ],
  },
  {
    name: "the same in traditional script, a span across months",
    date: "2023-10-08",
    title: "雙節假期",
    text: "9月29日至10月6日，全市共接待遊客238萬人次。",
    expect: [["238万人次", "2023-10-06", "sentence"]],
  },
  {
    name: "near miss: a span that tells an event dates the event (its last day)",
    date: "2024-04-25",
    title: "博览会落幕",
    text: "4月21日至22日，第十届农博会在衢江举行，现场签约项目12个。",
    expect: [["12个", "2024-04-22", "dateline"]],
  },
  {
    name: "a lead that opens with 今年以来 and then names the report's period: the period frames the article",
    date: "2024-09-10",
    title: "重大项目建设跑出加速度",
    text: "今年以来，我市坚持项目为王，1—8月，全市省重点项目完成投资412.6亿元。\n郎溪县、广德市分别完成投资68.2亿元和75.4亿元。\n全市固定资产投资同比增长6.8%。",
    expect: [
      ["412.6亿元", "2024-08", "sentence"],
      ["68.2亿元", "2024-08", "lead"],
      ["6.8%", "2024-08", "lead"],
    ],
  },
  {
    name: "the same in traditional script, 今年以來 and a quarter",
    date: "2024-04-15",
    title: "外貿開局良好",
    text: "今年以來，全縣外貿企業積極拓展市場，一季度，全縣進出口總額32.6億元。\n全縣出口28.1億元，增長9.4%。",
    expect: [
      ["32.6亿元", "2024-Q1", "sentence"],
      ["28.1亿元", "2024-Q1", "lead"],
    ],
  },
  {
    name: "near miss: a period in a later sentence of the lead does not replace 今年以来",
    date: "2024-09-10",
    title: "招商引资成效明显",
    text: "今年以来，全县累计引进亿元以上项目26个。8月份，新签约项目5个。\n全县到位资金38.2亿元。",
    expect: [
      ["26个", "2024-09-10", "sentence"],
      ["38.2亿元", "2024-09-10", "lead"],
    ],
  },
  {
    name: "a January meeting: last year's results take last year, its targets (a 目标： list, a 要… directive) this year",
    date: "2026-01-08",
    title: "县委经济工作会议召开",
    text: "1月7日，县委经济工作会议召开。\n会议指出，过去一年，全县实现地区生产总值612亿元，增长6.8%。全年预计完成财政总收入58.3亿元。\n会议明确了今年的主要预期目标：地区生产总值增长7%左右；固定资产投资增长9%；粮食产量稳定在78万吨以上。\n要全力以赴抓招商，全年新招引亿元以上项目不少于70个。",
    expect: [
      ["612亿元", "2025", "sentence"],
      // a forecast of the year just ended is its estimate, dated by that year (and actual: extract.ts)
      ["58.3亿元", "2025", "sentence"],
      ["7%", "2026", "sentence"],
      ["9%", "2026", "sentence"],
      ["78万吨", "2026", "sentence"],
      ["70个", "2026", "sentence"],
    ],
  },
  {
    name: "a plan document's items take the year it plans, named in its headline",
    date: "2024-12-27",
    title: "某县公布2025年民生实事项目",
    text: "近日，县政府印发《2025年县级民生实事项目》。\n一是稳就业。城镇新增就业5000人。\n二是办学校。新建幼儿园2所。",
    expect: [
      ["5000人", "2025", "headline"],
      ["2所", "2025", "headline"],
    ],
  },
  {
    name: "a plan document's items take 明年 of its lead (traditional script), a paragraph's own past year stays",
    date: "2023-12-20",
    title: "民生實事項目出爐",
    text: "本報訊 明年，全市將辦好12件民生實事。\n新增養老床位260張，建設口袋公園8個。\n2023年，全市民生實事已全部完成，累計投資7.1億元。",
    expect: [
      ["260张", "2024", "lead"],
      ["8个", "2024", "lead"],
      ["7.1亿元", "2023", "sentence"],
    ],
  },
  {
    name: "near miss: a plan document for the paper's own year keeps the year as before",
    date: "2024-01-15",
    title: "2024年为民办实事项目出炉",
    text: "近日，县政府印发《2024年为民办实事项目》。\n新建幼儿园6所，新增养老床位260张。",
    expect: [["6所", "2024", "lead"]],
  },
  {
    name: "headline frame carries to every paragraph that sets no time",
    date: "2024-07-30",
    title: "上半年我县经济运行稳中向好",
    text: "本报讯 记者从县统计局获悉,全县经济运行稳中向好。\n全县实现地区生产总值98.2亿元,同比增长7.4%。\n工业方面,规上工业增加值31.5亿元,增长9.1%。",
    expect: [
      ["98.2亿元", "2024-H1", "headline"],
      ["7.4%", "2024-H1", "headline"],
      ["31.5亿元", "2024-H1", "headline"],
    ],
  },
  {
    name: "lead frame beats the headline's silence; a paragraph's own time replaces it",
    date: "2023-10-25",
    title: "全市经济运行情况发布",
    text: "本报讯 记者昨日从市统计局获悉,前三季度,全市实现生产总值1520亿元,增长6.2%。\n投资方面,全市固定资产投资增长5.1%。\n1—9月,全市进出口总额460亿元。9月当月,出口增长3.3%。",
    expect: [
      ["1520亿元", "2023-09", "sentence"],
      ["5.1%", "2023-09", "lead"],
      ["460亿元", "2023-09", "sentence"],
      ["3.3%", "2023-09", "sentence"],
    ],
  },
  {
    name: "a paragraph opening time holds for its later sentences, until another replaces it",
    date: "2025-08-02",
    text: "本报讯 上半年,全区港口完成货物吞吐量220万吨。集装箱吞吐量1.8万标箱,增长12%。\n截至6月底,全区累计开通航线14条。其中内贸航线9条。\n港区新招商企业6家。",
    expect: [
      ["220万吨", "2025-H1", "sentence"],
      ["1.8万标箱", "2025-H1", "lead"],
      ["14条", "2025-06", "sentence"],
      ["9条", "2025-06", "paragraph"],
      ["6家", "2025-H1", "lead"],
    ],
  },
  {
    name: "a breakdown paragraph keeps the frame of the one before",
    date: "2022-11-20",
    text: "本报讯 1—10月,全县规上工业产值增长8.8%。\n分乡镇看,东镇、西镇分别增长12.1%和10.4%。\n从行业看,化工行业增长15%。",
    expect: [
      ["8.8%", "2022-10", "sentence"],
      ["12.1%", "2022-10", "lead"],
      ["15%", "2022-10", "lead"],
    ],
  },
  {
    name: "an event's day dates its own figures, not the others",
    date: "2024-05-10",
    text: "本报讯(记者 李明)5月8日,全县重大项目集中签约仪式举行。此次共签约项目11个,总投资56亿元。\n签约项目中,先进制造业项目7个。\n港区去年完成货物吞吐量310万吨。港区累计完成投资12亿元。",
    expect: [
      ["11个", "2024-05-08", "dateline"],
      ["56亿元", "2024-05-08", "dateline"],
      ["7个", "2024-05-08", "dateline"],
      ["310万吨", "2023", "sentence"],
      ["12亿元", "2024-05-10", "published"],
    ],
  },
  {
    name: "a report date in the lead is not an event",
    date: "2021-04-20",
    text: "本报讯 4月19日,记者从市统计局获悉,一季度,全市实现生产总值402亿元。\n全市社会消费品零售总额165亿元。",
    expect: [
      ["402亿元", "2021-Q1", "sentence"],
      ["165亿元", "2021-Q1", "lead"],
    ],
  },
  {
    name: "plans take their own time or the paragraph's horizon; a capacity takes the paper's day",
    date: "2023-09-12",
    text: "本报讯 该项目总投资30亿元,建成后年产锂电池材料5万吨。\n项目将于2025年投产。投产后预计实现产值40亿元。\n下半年,全区力争全年GDP增长7%以上。\n到2027年,全区GDP达到500亿元。到2022年底,全区已建成5G基站900个。",
    expect: [
      ["500亿元", "2027", "sentence"],
      ["900个", "2022-12", "sentence"],
      ["30亿元", "2023-09-12", "published"],
      ["5万吨", "2023-09-12", "published"],
      ["40亿元", "2025", "paragraph"],
      ["7%", "2023", "sentence"],
    ],
  },
  {
    name: "a past year told deep in the lead frames neither running totals nor rates",
    date: "2026-04-24",
    text: "本报讯 走进该镇直播基地,处处是忙碌的主播。一排排货架上堆满待发的包裹。2023年,该镇将旧厂房改造为2万平方米的直播基地。不到三年时间,这里累计培育主播300余名。基地每天发货约5000单。",
    expect: [
      ["2万平方米", "2023", "sentence"],
      ["300余名", "2026-04-24", "published"],
      ["5000单", null, "none"],
    ],
  },
  {
    name: "全年 and 同期 follow the frame in force, not the paper's date",
    date: "2019-01-28",
    title: "2018年全市经济运行情况",
    text: "本报讯 全年全市实现生产总值1380亿元。同期全省增长7.1%。\n今年全市生产总值预期增长7%左右。",
    expect: [
      ["1380亿元", "2018", "sentence"],
      ["7.1%", "2018", "sentence"],
      ["7%", "2019", "sentence"],
    ],
  },
  {
    name: "background in the lead and a deadline in the headline frame nothing",
    date: "2025-05-20",
    title: "康养中心5月底竣工",
    text: "本报讯 2024年,全国涌现出一批优质康养机构。\n该中心总建筑面积3600平方米,设有床位120张。",
    expect: [
      ["3600平方米", "2025-05-20", "published"],
      ["120张", "2025-05-20", "published"],
    ],
  },
  {
    name: "comparison bases, plan targets and ages are not the figure's time",
    date: "2024-07-15",
    text: "本报讯 上半年,全区新增就业4200人,完成全年目标任务的61%,比上年同期增长5.2%。\n今年58岁的老党员在村里工作了30年。",
    expect: [
      ["4200人", "2024-H1", "sentence"],
      ["61%", "2024-H1", "sentence"],
      ["5.2%", "2024-H1", "sentence"],
    ],
  },
  {
    name: "a time in an event's name leaves its figures to the event's day; a capacity in a name is not a rate",
    date: "2024-09-12",
    text: "本报讯 9月10日,该县2024年第三季度重大项目集中签约活动举行,共签约项目15个,总投资102.6亿元。\n签约项目中,年产20万吨新型材料项目总投资12亿元。",
    expect: [
      ["15个", "2024-09-10", "dateline"],
      ["102.6亿元", "2024-09-10", "dateline"],
      ["12亿元", "2024-09-10", "dateline"],
    ],
  },
  {
    name: "a single day's record is dated by its day or not at all",
    date: "2025-02-10",
    text: "本报讯 1月,港区完成货物吞吐量39万吨。其中1月24日单日吞吐量突破2.3万吨。\n港区单日装卸量最高达2.1万吨。",
    expect: [
      ["39万吨", "2025-01", "sentence"],
      ["2.3万吨", "2025-01-24", "sentence"],
      ["2.1万吨", null, "none"],
    ],
  },
  {
    name: "a breakdown of as-of totals keeps their as-of point",
    date: "2024-12-05",
    title: "各地重大项目推进情况",
    text: "本报讯 截至11月底,全市重大项目累计完成投资582.4亿元。\n分地区看,柯城区完成投资98.6亿元,完成率102.3%。",
    expect: [
      ["582.4亿元", "2024-11", "sentence"],
      ["98.6亿元", "2024-11", "lead"],
      ["102.3%", "2024-11", "lead"],
    ],
  },
  {
    name: "a paragraph naming the event's subject returns to the event: its running totals are as of the event's day",
    date: "2024-03-19",
    title: "创新创业基地开园",
    text: "本报讯 3月18日,衢江区数字经济创新创业基地暨青年人才服务中心在中悦大厦开园。\n数字经济创新创业基地由政府主导建设,试运营以来,累计引进企业74家。\n今年以来,全区累计新增市场主体3200家。",
    expect: [
      ["74家", "2024-03-18", "dateline"],
      ["3200家", "2024-03-19", "sentence"],
    ],
  },
];
