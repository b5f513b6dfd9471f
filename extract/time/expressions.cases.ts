// Time expressions: each row is a phrase, the reference date it is read
// against (and the frame in force, if any), and what its LAST usable mention
// (not a base, not an age) resolves to: the written period and its kind, or
// null. The table is the test (expressions.test.ts).
import type { PeriodKind } from "../types";

export interface TimeCase {
  text: string;
  ref: string;
  /** Frame in force: written period and kind. */
  frame?: [string, PeriodKind];
  actual?: boolean;
  expect: [string, PeriodKind] | null;
  asOf?: boolean;
}

export const TIME_CASES: readonly TimeCase[] = [
  // years
  { text: "2025年货物吞吐量同比增长", ref: "2026-01-10", expect: ["2025", "year"] },
  { text: "去年全年,全县GDP增长", ref: "2024-02-01", expect: ["2023", "year"] },
  { text: "2024年度", ref: "2025-03-01", expect: ["2024", "year"] },
  { text: "今年,全区力争GDP增长", ref: "2024-01-19", actual: false, expect: ["2024", "year"] },
  { text: "今年累计开展决策咨询服务", ref: "2024-01-19", actual: true, expect: ["2023", "year"] },
  { text: "明年计划引进省级以上赛事", ref: "2023-11-08", expect: ["2024", "year"] },
  // 首三季 / 头三季 (Hong Kong and Taiwan papers) are 前三季度, joined to their year like it
  { text: "今年首三季东莞实现地区生产总值", ref: "2025-10-30", expect: ["2025-09", "ytd"] },
  { text: "去年头两季全市出口", ref: "2025-03-02", expect: ["2024-H1", "half"] },
  { text: "首三季全市规上工业增加值", ref: "2025-10-30", expect: ["2025-09", "ytd"] },
  { text: "首季全市实现", ref: "2025-04-20", expect: ["2025-Q1", "quarter"] },
  { text: "首都三季度游客", ref: "2025-10-30", expect: ["2025-Q3", "quarter"] },
  // months, days, spans
  { text: "今年3月,港区完成首单业务", ref: "2025-05-20", expect: ["2025-03", "month"] },
  { text: "衢江港区1月24日单日吞吐量突破", ref: "2025-03-07", expect: ["2025-01-24", "day"] },
  { text: "12月,全县外贸出口额达", ref: "2025-01-15", expect: ["2024-12", "month"] },
  { text: "10月1日至7日,全市共接待游客", ref: "2019-10-08", expect: ["2019-10-07", "day"] },
  { text: "9月杭州第19届亚运会期间", ref: "2023-11-08", expect: ["2023-09", "month"] },
  { text: "10月份当月,规上工业增加值增长", ref: "2022-11-22", expect: ["2022-10", "month"] },
  // year to date
  { text: "1—11月,全县规上工业增加值增长", ref: "2024-12-20", expect: ["2024-11", "ytd"] },
  { text: "1至5月,全县规上工业总产值", ref: "2024-06-20", expect: ["2024-05", "ytd"] },
  { text: "1月至3月,全市", ref: "2024-04-20", expect: ["2024-03", "ytd"] },
  { text: "今年前三季度,全县GDP增长", ref: "2024-10-28", expect: ["2024-09", "ytd"] },
  // 一至三季度, 1—3季度: the first quarters, not the third alone
  { text: "2024年一至三季度,全县GDP增长", ref: "2024-10-28", expect: ["2024-09", "ytd"] },
  { text: "1-3季度,全市外贸进出口增长", ref: "2024-10-28", expect: ["2024-09", "ytd"] },
  { text: "今年一至二季度,全縣GDP增長", ref: "2024-07-28", expect: ["2024-H1", "half"] },
  { text: "三季度,全县GDP增长", ref: "2024-10-28", expect: ["2024-Q3", "quarter"] },
  { text: "前5个月,全市外贸进出口总额", ref: "2024-06-20", expect: ["2024-05", "ytd"] },
  { text: "前10月全区举办体育赛事46场", ref: "2023-11-08", expect: ["2023-10", "ytd"] },
  { text: "1—12月,全市", ref: "2025-01-20", expect: ["2024", "year"] },
  // quarters and halves
  { text: "上半年,全区实现地区生产总值", ref: "2024-07-25", expect: ["2024-H1", "half"] },
  { text: "今年一季度,衢州全市实现", ref: "2021-04-27", expect: ["2021-Q1", "quarter"] },
  { text: "2025年第一季度", ref: "2025-05-01", expect: ["2025-Q1", "quarter"] },
  { text: "首季,衢州港货物吞吐量达", ref: "2024-04-20", expect: ["2024-Q1", "quarter"] },
  { text: "四季度外贸运输仍处旺季", ref: "2025-01-10", expect: ["2024-Q4", "quarter"] },
  // as of
  { text: "截至6月底,全区已开工", ref: "2023-07-28", expect: ["2023-06", "month"], asOf: true },
  { text: "截至去年底,全县累计建成5G基站", ref: "2025-03-01", expect: ["2024-12", "month"], asOf: true },
  { text: "到2023年底,全县已建成5G基站", ref: "2024-03-01", expect: ["2023-12", "month"], asOf: true },
  { text: "截至5月20日,货物吞吐量累计", ref: "2025-05-21", expect: ["2025-05-20", "day"], asOf: true },
  { text: "11月末,全市城镇登记失业率为", ref: "2018-12-18", expect: ["2018-11", "month"] },
  { text: "截至上月底,全县已开工重大项目", ref: "2025-03-12", expect: ["2025-02", "month"], asOf: true },
  { text: "截至2023年10月底,该区高新技术产业投资增速达", ref: "2024-01-19", expect: ["2023-10", "month"], asOf: true },
  // now
  { text: "目前,衢江港区已开通集装箱航线", ref: "2024-07-16", expect: ["2024-07-16", "day"] },
  { text: "截至目前,衢江出品的短剧已累计有", ref: "2025-07-16", expect: ["2025-07-16", "day"], asOf: true },
  { text: "如今改走内河集装箱至乍浦港区中转,每个标箱运费可节省", ref: "2021-11-12", expect: ["2021-11-12", "day"] },
  // the frame in force fills what the words leave open
  { text: "全年,衢州港“公转水”货运量达", ref: "2026-01-16", frame: ["2025", "year"], expect: ["2025", "year"] },
  { text: "全年社会消费品零售总额", ref: "2019-01-30", frame: ["2018", "year"], expect: ["2018", "year"] },
  { text: "全年实现地区生产总值285.6亿元", ref: "2024-02-20", actual: true, expect: ["2023", "year"] },
  { text: "同期,全市、全省生产总值分别增长", ref: "2023-07-28", frame: ["2023-H1", "half"], expect: ["2023-H1", "half"] },
  { text: "开工项目年度计划投资", ref: "2026-01-16", frame: ["2026-01-14", "day"], actual: false, expect: ["2026", "year"] },
  { text: "过去的一年里,我们成功处理了", ref: "2024-01-19", expect: ["2023", "year"] },
  // not the time of the figure: bases, ages, vague spans
  { text: "全县GDP比上年增长", ref: "2024-02-01", expect: null },
  { text: "增速比1—8月提高", ref: "2024-10-24", expect: null },
  { text: "较去年同期增加", ref: "2024-07-16", expect: null },
  { text: "比上年末下降", ref: "2018-12-18", expect: null },
  { text: "比年初新增", ref: "2018-12-18", expect: null },
  { text: "今年52岁的船老大王建华", ref: "2024-07-16", expect: null },
  { text: "近年来,衢江区推进多式联运枢纽港建设", ref: "2025-05-20", expect: null },
  { text: "《三年行动计划(2025—2027年)》", ref: "2025-07-16", expect: null },
  { text: "连续四个季度获得", ref: "2025-05-20", expect: null },
  { text: "用时不到3个月", ref: "2023-06-19", expect: null },
  { text: "规上年产值", ref: "2023-06-19", expect: null },
  { text: "不同年龄段", ref: "2023-06-19", expect: null },
  { text: "常山县2024年第三季度重大项目集中签约活动举行,共签约项目", ref: "2024-09-12", expect: null },
  { text: "2026年浙江省青少年柔道锦标赛在衢江区体育馆正式拉开序幕,来自全省", ref: "2026-04-24", expect: null },
];
