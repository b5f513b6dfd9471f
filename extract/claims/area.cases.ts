// Areas: made-up articles, each figure with the area it must get and how that
// area was known. Written for the rules of area.ts and frames.ts; the table is
// the test (area.test.ts).
import type { AreaSource } from "../types";

export interface AreaCase {
  name: string;
  /** Front matter: the paper (its home area) and date. */
  source?: string;
  date: string;
  title?: string;
  /** The configured home area (HOME_AREA) when the paper names none. */
  homeArea?: string;
  text: string;
  /** [number as written, area (full name or null), how it was known] */
  expect: Array<[string, string | null, AreaSource]>;
}

export const AREA_CASES: readonly AreaCase[] = [
  {
    name: "a county paper: 全区 is the county, 全市 its city, 全省 its province",
    source: "今日衢江",
    date: "2024-07-20",
    text: "本报讯 上半年,全区实现地区生产总值150亿元,增长8%。同期,全市、全省分别增长6.1%和5.5%。\n全区规上工业增加值52亿元,高于全市平均水平3.2个百分点。",
    expect: [
      ["150亿元", "衢江区", "sentence"],
      ["6.1%", "衢州市", "sentence"],
      ["5.5%", "浙江省", "sentence"],
      ["52亿元", "衢江区", "sentence"],
      ["3.2个百分点", "衢江区", "sentence"],
    ],
  },
  {
    name: "a city paper: 我市 is the city; counties in a 分别 list pair in order",
    source: "嘉兴日报",
    date: "2022-11-20",
    text: "本报讯 1—10月,我市规上工业增加值增长5.6%。分县看,平湖、嘉善、海宁分别增长12.4%、9.7%和7.5%。受需求偏弱影响,规上工业企业利润下降12.6%。",
    expect: [
      ["5.6%", "嘉兴市", "sentence"],
      ["12.4%", "平湖市", "sentence"],
      ["9.7%", "嘉善县", "sentence"],
      ["7.5%", "海宁市", "sentence"],
      ["12.6%", "嘉兴市", "paragraph"],
    ],
  },
  {
    name: "ports: a city's port is the city, a port area its county",
    source: "衢州日报",
    date: "2025-01-16",
    text: "本报讯 2024年,衢州港完成货物吞吐量1500万吨。其中,衢江港区完成1040万吨,龙游港区完成460万吨。",
    expect: [
      ["1500万吨", "衢州市", "sentence"],
      ["1040万吨", "衢江区", "sentence"],
      ["460万吨", "龙游县", "sentence"],
    ],
  },
  {
    name: "benchmarks, destinations and companies do not own the figure",
    source: "今日衢江",
    date: "2021-04-27",
    text: "本报讯 一季度,全区出口增长20%,增速比全国高3个百分点,居全省第二。对香港出口3.2亿元。浙江巨化集团进出口有限公司出口额达5亿元。",
    expect: [
      ["20%", "衢江区", "sentence"],
      ["3个百分点", "衢江区", "sentence"],
      ["3.2亿元", "衢江区", "paragraph"],
      ["5亿元", "衢江区", "paragraph"],
    ],
  },
  {
    name: "a place named once holds until another is named; a comparison aside hands nothing on",
    source: "浙江日报",
    date: "2024-10-24",
    text: "本报讯 前三季度,全省实现生产总值62618亿元,增长5.4%。同期全国增长4.8%。三次产业增加值分别增长3.7%、6.3%和4.8%。",
    expect: [
      ["62618亿元", "浙江省", "sentence"],
      ["4.8%", "全国", "sentence"],
      ["3.7%", "浙江省", "paragraph"],
    ],
  },
  {
    name: "a place right before 全市 sets it, in any paper",
    source: "香港商報",
    date: "2021-04-27",
    homeArea: "衢江区",
    text: "【香港商報訊】浙江省衢州市統計局日前發布數據顯示,今年一季度,衢州全市實現地區生產總值398.6億元。全市規上工業增加值104.7億元。",
    expect: [
      ["398.6亿元", "衢州市", "sentence"],
      ["104.7亿元", "衢州市", "sentence"],
    ],
  },
  {
    name: "no place named: the headline's, else the paper's home, else the configured one",
    date: "2025-05-20",
    title: "龙游县重大项目集中开工",
    homeArea: "衢江区",
    text: "本报讯 此次集中开工项目26个,总投资86.4亿元。",
    expect: [
      ["26个", "龙游县", "headline"],
      ["86.4亿元", "龙游县", "headline"],
    ],
  },
  {
    name: "the configured home area when nothing else says",
    date: "2025-05-20",
    homeArea: "330881",
    text: "本报讯 该项目总投资3亿元。",
    expect: [["3亿元", "江山市", "home"]],
  },
  {
    name: "a figure about no place: the world market",
    source: "浙江日报",
    date: "2026-03-10",
    text: "本报讯 据行业机构测算,去年全球短剧应用内购收入约23亿美元,下载量突破12亿次。",
    expect: [
      ["23亿美元", null, "sentence"],
      ["12亿次", null, "sentence"],
    ],
  },
  // issue 17: places of events and names are not places of figures
  {
    name: "a home county's signing held in another city: the venue owns nothing",
    date: "2024-06-14",
    homeArea: "衢江区",
    text: "6月13日,衢江区(杭州)招商推介会在杭州市西湖区举行,现场签约项目8个,协议总投资32亿元。",
    expect: [
      ["8个", "衢江区", "sentence"],
      ["32亿元", "衢江区", "sentence"],
    ],
  },
  {
    name: "the same in traditional script, from the county's city paper",
    source: "宣城日报",
    date: "2024-05-24",
    title: "郎溪縣赴滬舉辦招商引資項目集中簽約活動",
    text: "本報訊 5月22日,郎溪縣招商引資項目集中簽約活動在上海市長寧區舉行。活動現場共簽約項目16個,計劃總投資108.6億元。這是郎溪縣連續三年赴滬舉辦專場招商活動。",
    expect: [
      ["16个", "郎溪县", "paragraph"],
      ["108.6亿元", "郎溪县", "paragraph"],
    ],
  },
  {
    name: "a later 分别 of the sentence goes on over the earlier list; a place of its own in between takes over",
    source: "邢台日报",
    date: "2025-07-25",
    text: "本报讯 上半年，全市外贸进出口总额186.4亿元。其中，清河县、南宫市分别完成进出口31.2亿元和18.6亿元，分别增长22.5%和15.3%。威县、巨鹿縣分別實現出口9.1億元和7.4億元，分別增長11.2%和6.3%。宁晋县、隆尧县分别增长4.1%和5.2%，全市工业、服务业分别增长6.6%和7.7%。",
    expect: [
      ["22.5%", "清河县", "sentence"],
      ["15.3%", "南宫市", "sentence"],
      ["11.2%", "威县", "sentence"],
      ["6.3%", "巨鹿县", "sentence"],
      ["6.6%", "邢台市", "sentence"],
      ["7.7%", "邢台市", "sentence"],
    ],
  },
  {
    name: "an investor from another city builds at home: the clause after the figure (，在X建设…) locates it; a venue (在X举行) does not",
    source: "赣南日报",
    date: "2024-06-20",
    text: "本报讯 6月18日，信丰县招商推介会在深圳举行。东莞一家家居企业计划投资5.2亿元，在大塘埠镇建设智能家居基地。深圳某科技公司拟投资18億元，於信豐高新區新建電路板項目。上海一家企业投资3亿元，在上海举行签约仪式。",
    expect: [
      ["5.2亿元", "信丰县", "sentence"],
      ["18亿元", "信丰县", "sentence"],
      ["3亿元", "上海市", "sentence"],
    ],
  },
  {
    name: "a project located by its own clause (落户) is that county's, after a signing in another city",
    source: "上饶日报",
    date: "2024-05-29",
    text: "本报讯 5月27日,上饶市在杭州举行项目集中签约会,现场签约项目32个。其中,某新能源科技有限公司投资的年产5万吨负极材料项目落户弋阳县,计划总投资22亿元。",
    expect: [
      ["32个", "上饶市", "sentence"],
      ["5万吨", "弋阳县", "sentence"],
      ["22亿元", "弋阳县", "sentence"],
    ],
  },
  {
    name: "near miss: a place after 在 with no event is the owner",
    source: "衢州日报",
    date: "2024-05-29",
    text: "本报讯 某企业在龙游县建成的生产基地,去年实现营收5亿元。",
    expect: [["5亿元", "龙游县", "sentence"]],
  },
  {
    name: "an entity introduced with its place carries it to its later figures (该园区, 园区内)",
    source: "衢州日报",
    date: "2024-07-20",
    text: "本报讯 位于龙游县的绿色产业集聚区是全省首批特色园区之一。\n上半年,该园区实现规上工业产值186亿元,同比增长12.4%。园区内新开工项目9个。\n全市规上工业增加值增长8.1%。",
    expect: [
      ["186亿元", "龙游县", "paragraph"],
      ["9个", "龙游县", "paragraph"],
      ["8.1%", "衢州市", "sentence"],
    ],
  },
  {
    name: "the same in traditional script, introduced by 坐落於",
    source: "衢州日報",
    date: "2024-07-20",
    text: "本報訊 坐落於江山市的峽口工業園是當地重點平臺。\n今年以來,該工業園實現產值42億元。",
    expect: [["42亿元", "江山市", "paragraph"]],
  },
  {
    name: "a city paper's roundup: each 【county】 item is that county's, its 全区/全县/全市 too",
    source: "衢州日报",
    date: "2024-04-22",
    text: "【柯城】一季度,全区实现地区生产总值98.6亿元,同比增长6.3%。\n【龙游】一季度,全县规上工业增加值增长11.2%。全县社会消费品零售总额31.5亿元。\n【江山】一季度,全市固定资产投资增长8.9%。",
    expect: [
      ["98.6亿元", "柯城区", "sentence"],
      ["6.3%", "柯城区", "sentence"],
      ["11.2%", "龙游县", "sentence"],
      ["31.5亿元", "龙游县", "sentence"],
      ["8.9%", "江山市", "sentence"],
    ],
  },
  {
    name: "the same tags in traditional script, another province's paper",
    source: "上饒日報",
    date: "2024-04-22",
    text: "【婺源】一季度,全縣接待遊客326萬人次。\n【玉山】一季度,全縣規上工業增加值增長9.1%。",
    expect: [
      ["326万人次", "婺源县", "sentence"],
      ["9.1%", "玉山县", "sentence"],
    ],
  },
  {
    name: "near miss: a bracketed media byline is no place tag (the paper's city keeps the figures)",
    source: "衢州日报",
    date: "2024-04-22",
    text: "【衢州日报讯】一季度,全市规上工业增加值增长9.8%。",
    expect: [["9.8%", "衢州市", "sentence"]],
  },
  {
    name: "where recruited firms come from is no owner: 引进宁波企业, 招引温州客商, 吸引台資企業",
    source: "今日衢江",
    date: "2024-07-20",
    text: "本报讯 截至6月底,衢江区累计引进宁波企业23家。\n上半年,全区招引温州客商投资项目8个。\n今年以來,全區吸引台資企業落戶5家。",
    expect: [
      ["23家", "衢江区", "sentence"],
      ["8个", "衢江区", "sentence"],
      ["5家", "衢江区", "sentence"],
    ],
  },
  {
    name: "near miss: a place's own firms stay its own (宁波企业 as the subject)",
    source: "今日衢江",
    date: "2024-07-20",
    text: "本报讯 上半年,宁波企业在衢投资增长12%。",
    expect: [["12%", "宁波市", "sentence"]],
  },
  {
    name: "a global figure right after the byline has no area (本报讯全球…)",
    source: "今日衢江",
    date: "2024-07-20",
    text: "本报讯 全球短剧市场规模达50亿美元。",
    expect: [["50亿美元", null, "sentence"]],
  },
  {
    name: "位于/地处/坐落于 a place: the place owns the figure that follows in the sentence (于 there is no benchmark)",
    source: "杭州日报",
    date: "2024-11-12",
    text: "本报讯 位于余杭区的某短剧基地今年已接待剧组186个。\n地处临平区的某产业园上半年实现产值42亿元。\n坐落於富陽區的某物流園年吞吐貨物120萬噸。",
    expect: [
      ["186个", "余杭区", "sentence"],
      ["42亿元", "临平区", "sentence"],
      ["120万吨", "富阳区", "sentence"],
    ],
  },
  {
    name: "在海外 is where a figure is (no area); 海外播放量 of a county's dramas stays the county's",
    source: "今日衢江",
    date: "2024-07-20",
    text: "本报讯 在海外，短剧应用内购收入约13亿美元。\n上半年，全区27部短剧登陆海外平台，海外播放量突破3亿次。",
    expect: [
      ["13亿美元", null, "sentence"],
      ["3亿次", "衢江区", "sentence"],
    ],
  },
  {
    name: "near miss: 高于全省 stays a benchmark (于 after 高)",
    source: "今日衢江",
    date: "2024-07-20",
    text: "本报讯 上半年，全区GDP增速高于全省1.2个百分点。",
    expect: [["1.2个百分点", "衢江区", "sentence"]],
  },
  {
    name: "a city paper's county station (本报开化讯) names its item's place: its 全县 is that county",
    source: "衢州日报",
    date: "2024-07-25",
    title: "产业项目加快落地",
    text: "本报开化讯（通讯员 王芳）上半年,全县新引进亿元以上产业项目12个,总投资86亿元。",
    expect: [
      ["12个", "开化县", "sentence"],
      ["86亿元", "开化县", "sentence"],
    ],
  },
  {
    name: "the same in traditional script with a day in the byline, a county-level city (its 全市 is itself)",
    source: "衢州日報",
    date: "2024-06-05",
    title: "外貿穩中有進",
    text: "本報江山6月3日訊 1—5月,全市外貿進出口總額46.2億元。",
    expect: [["46.2亿元", "江山市", "sentence"]],
  },
  {
    name: "near miss: a station outside the paper's area (本报杭州讯 in a county paper) keeps the paper's home",
    source: "今日衢江",
    date: "2024-07-25",
    title: "全省经济运行稳中有进",
    text: "本报杭州讯 上半年,全省GDP增长5.6%,全区GDP增长7.1%。",
    expect: [
      ["5.6%", "浙江省", "sentence"],
      ["7.1%", "衢江区", "sentence"],
    ],
  },
  {
    name: "near miss: a park named without its place keeps the paper's",
    source: "衢州日报",
    date: "2024-07-20",
    text: "本报讯 绿色产业集聚区是全省首批特色园区之一。\n上半年,该园区实现规上工业产值186亿元。",
    expect: [["186亿元", "衢州市", "source"]],
  },
];
