// Tables read by claims/table.ts, in our own words: each page runs through the
// whole extractor (table.test.ts, page dated 2025-11-20) and its table figures
// (indicatorSource "table:…") must be exactly these: [value, unit, period,
// indicator or null (null also for a part: no chart point)], in text order.
// Near misses must give no table figure at all.

export interface TableCase {
  why: string;
  page: string;
  figures: ReadonlyArray<readonly [number, string, string | null, string | null]>;
  /** The figures' areas, in the same order, when the case is about them. */
  areas?: readonly string[];
}

export const TABLE_CASES: readonly TableCase[] = [
  {
    why: "pipes; 本月 is the report's month (no series beside the year to date), 本年累计 its year to date, 比上年同期增长 the change of the time column before it",
    page: [
      "2025年1—9月衢江区主要经济指标",
      "指标 | 单位 | 本月 | 本年累计 | 比上年同期增长(%)",
      "规模以上工业总产值 | 亿元 | 28.6 | 256.4 | 7.1",
      "社会消费品零售总额 | 亿元 | 12.3 | 110.5 | 5.2",
    ].join("\n"),
    figures: [
      [28.6e8, "元", "2025-09", null],
      [256.4e8, "元", "2025-09", "industry.output"],
      [7.1, "%", "2025-09", "industry.output_growth"],
      [12.3e8, "元", "2025-09", null],
      [110.5e8, "元", "2025-09", "services.retail_sales"],
      [5.2, "%", "2025-09", "services.retail_sales_growth"],
    ],
  },
  {
    why: "tab-separated, a 1-6月 column and a bare 增长% column; a blank cell is no figure",
    page: ["上半年港口生产平稳", "2025年1-6月港口生产情况", "指标\t单位\t1-6月\t增长%", "港口货物吞吐量\t万吨\t1520.3\t12.4", "集装箱吞吐量\t万标箱\t\t8.0"].join("\n"),
    figures: [
      [1520.3e4, "吨", "2025-06", "port.cargo_throughput"],
      [12.4, "%", "2025-06", "port.cargo_throughput_growth"],
      [8, "%", "2025-06", "port.container_throughput_growth"],
    ],
  },
  {
    why: "space-aligned columns; 绝对值（亿元） gives the unit and the report's time (the year of the headline)",
    page: ["2024年衢江区国民经济主要指标", "指标名称    绝对值（亿元）    增长（%）", "地区生产总值    312.5    6.3", "一般公共预算收入    28.4    4.1"].join("\n"),
    figures: [
      [312.5e8, "元", "2024", "macro.gdp"],
      [6.3, "%", "2024", "macro.gdp_growth"],
      [28.4e8, "元", "2024", "macro.fiscal_revenue"],
      [4.1, "%", "2024", "macro.fiscal_revenue_growth"],
    ],
  },
  {
    why: "a traditional-script page: 前三季度 is the year to September",
    page: [
      "2025年前三季度東莞市經濟運行主要指標",
      "指標名稱 | 計量單位 | 前三季度 | 同比增長(%)",
      "地區生產總值 | 億元 | 8620.5 | 4.9",
      "進出口總額 | 億元 | 10230.6 | 3.2",
      "其中：出口 | 億元 | 6530.1 | 5.8",
    ].join("\n"),
    figures: [
      [8620.5e8, "元", "2025-09", "macro.gdp"],
      [4.9, "%", "2025-09", "macro.gdp_growth"],
      [10230.6e8, "元", "2025-09", "services.trade"],
      [3.2, "%", "2025-09", "services.trade_growth"],
      [6530.1e8, "元", "2025-09", "services.exports"],
      [5.8, "%", "2025-09", "services.exports_growth"],
    ],
  },
  {
    why: "a label's own time overrides its column's; 其中 a part no series holds is none; (月末) a balance of the column's month",
    page: [
      "2025年1—8月主要经济指标",
      "指标 | 计量单位 | 8月 | 1—8月 | 同比增长(%)",
      "地区生产总值（上半年） | 亿元 | — | 150.2 | 5.5",
      "规模以上工业增加值 | % | — | — | 6.6",
      "其中：高端装备制造业 | % | — | — | 9.1",
      "金融机构各项贷款余额（月末） | 亿元 | 980.4 | — | —",
    ].join("\n"),
    figures: [
      [150.2e8, "元", "2025-H1", "macro.gdp"],
      [5.5, "%", "2025-H1", "macro.gdp_growth"],
      [6.6, "%", "2025-08", "industry.value_added_growth"],
      [9.1, "%", "2025-08", null],
      [980.4e8, "元", "2025-08", "macro.loans"],
    ],
  },
  {
    why: "a two-line header: 本月 and 1-10月 each span a 绝对值 and a 增长% column below them (wrapped | rows)",
    page: [
      "2025年10月衢江区经济运行情况",
      "| 指标 | 单位 | 本月 | | 1-10月 | |",
      "| | | 绝对值 | 增长% | 绝对值 | 增长% |",
      "| 港口货物吞吐量 | 万吨 | 160.2 | 9.5 | 1402.7 | 11.8 |",
      "| 固定资产投资 | % | — | — | — | 6.2 |",
    ].join("\n"),
    figures: [
      [160.2e4, "吨", "2025-10", null],
      [9.5, "%", "2025-10", null],
      [1402.7e4, "吨", "2025-10", "port.cargo_throughput"],
      [11.8, "%", "2025-10", "port.cargo_throughput_growth"],
      [6.2, "%", "2025-10", "investment.fixed_asset_growth"],
    ],
  },
  {
    why: "rows of places under columns that name the measured (地区生产总值（亿元）, 增长(%)): each row is its place's figure",
    page: ["2025年上半年衢州市各县（市、区）主要指标", "地区 | 地区生产总值（亿元） | 增长(%)", "衢江区 | 152.6 | 6.4", "龙游县 | 168.3 | 5.9"].join("\n"),
    figures: [
      [152.6e8, "元", "2025-H1", "macro.gdp"],
      [6.4, "%", "2025-H1", "macro.gdp_growth"],
      [168.3e8, "元", "2025-H1", "macro.gdp"],
      [5.9, "%", "2025-H1", "macro.gdp_growth"],
    ],
    areas: ["衢江区", "衢江区", "龙游县", "龙游县"],
  },
  {
    why: "a 上年同期 column is the base, not a figure of the report",
    page: ["2025年1—6月主要指标", "指标 | 单位 | 1—6月 | 上年同期 | 增长(%)", "一般公共预算收入 | 亿元 | 15.2 | 14.6 | 4.1"].join("\n"),
    figures: [
      [15.2e8, "元", "2025-06", "macro.fiscal_revenue"],
      [4.1, "%", "2025-06", "macro.fiscal_revenue_growth"],
    ],
  },
  {
    why: "a 全年目标 column is the year's plan; 完成全年目标(%) is a completion rate, no figure read",
    page: ["2025年1—6月重点指标完成情况", "指标 | 单位 | 全年目标 | 1—6月 | 完成全年目标(%) | 增长(%)", "固定资产投资 | 亿元 | 200 | 98.5 | 49.3 | 6.1"].join("\n"),
    figures: [
      [200e8, "元", "2025", "investment.fixed_asset"],
      [98.5e8, "元", "2025-06", "investment.fixed_asset"],
      [6.1, "%", "2025-06", "investment.fixed_asset_growth"],
    ],
  },
  { why: "near miss: a sentence with a | in it", page: "今年以来，全区A|B两类项目完成投资5.2亿元，同比增长8.1%。", figures: [] },
  { why: "near miss: lines of two cells are a list, not a table", page: ["重点项目 | 总投资", "衢江港区 | 5亿元", "物流园 | 3亿元"].join("\n"), figures: [] },
  { why: "near miss: a 分别 sentence", page: "1—9月，全区地区生产总值、规上工业增加值分别增长6.1%和7.2%。", figures: [] },
  { why: "near miss: rows with no header line", page: ["衢江区 | 12.3 | 5.6", "柯城区 | 20.1 | 6.2"].join("\n"), figures: [] },
  { why: "near miss: a headline with spaced phrases", page: ["招商就像谈恋爱  真诚才是  必杀技", "本报讯 今年全区签约项目12个。"].join("\n"), figures: [] },
];
