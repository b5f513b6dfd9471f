// A web article's header line (发布时间：… 来源：… 阅读次数：…) above the body, as government and
// statistics-bureau sites print it: it dates the page and names its outlet, whose place is the
// article's home (全省 of a 四川省统计局 release is 四川省). Cases in our own words; the page has no
// front matter, so only the header can say these things. extract/pipeline.test.ts runs them.
export interface WebHeaderCase {
  why: string;
  text: string;
  /** The publication day the page gets, and from where. */
  date: string | null;
  dateSource: "masthead" | "inferred" | "unknown";
  /** Area of the page's first figure (a 全省/全市/全县 one). */
  area: string;
}

export const WEB_HEADER_CASES: readonly WebHeaderCase[] = [
  {
    why: "a province's release: time then source on one line",
    text: "发布时间：2021-07-19 16:00　　来源：四川省统计局\n\n上半年，全省地区生产总值同比增长13.9%。",
    date: "2021-07-19",
    dateSource: "masthead",
    area: "四川省",
  },
  {
    why: "a county site: font switch, date in 年月日, source and read count",
    text: "【字体：大 中 小】　发布日期：2024年12月27日　信息来源：富平县统计局　阅读次数：865\n全县规上工业增加值增长6.2%。",
    date: "2024-12-27",
    dateSource: "masthead",
    area: "富平县",
  },
  {
    why: "traditional script, source before time",
    text: "來源：晉江市統計局　發佈時間：2023-02-10\n全市地區生產總值增長4.1%，經濟穩中向好。",
    date: "2023-02-10",
    dateSource: "masthead",
    area: "晋江市",
  },
  {
    why: "near miss: 来源 and a date inside prose are no header; the home stays the default county",
    text: "记者从统计部门了解到，数据来源于2024年12月20日发布的公报，全县规上工业增加值增长6.2%。",
    date: "2024-12-20",
    dateSource: "inferred",
    area: "衢江区",
  },
];
