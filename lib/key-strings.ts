// The strings of the key-indicators table and the peers view, both languages
// (kept beside lib/i18n.ts so the two tables' words live in one place).
import type { Lang } from "./i18n";

const zh = {
  keyIndicators: "主要经济指标",
  indicator: "指标",
  period: "时期",
  value: "数值",
  yoy: "同比",
  trend: "走势",
  rank: "排名",
  source: "来源",
  sourceLink: "原文",
  more: "更多",
  less: "收起",
  pp: "个百分点",
  stated: "原文所述",
  computedFrom: "据上年同期计算",
  rankOf: (rank: number, of: number) => `${rank}/${of}`,
  rankTitle: (rank: number, of: number, parent: string) => `${parent}${of}个发布地区中第${rank}`,
  latestEach: "各指标最新一期",
  atPeriod: (p: string) => `${p}`,
  downloadCsv: "下载 CSV",
  peers: "同级比较",
  peersOf: (parent: string) => `${parent}各地区`,
  chartView: "走势图",
  peersView: "同级比较",
  area: "地区",
  missingPeers: "该期未发布",
  noPeerData: "同级地区尚无该指标的数据。",
  otherPeriods: "其他时期",
  selected: "（当前）",
  sparkOf: (name: string, n: number) => `${name}走势，${n}个点`,
  barChartOf: (name: string, period: string) => `${name}，${period}，同级地区排名`,
};
export type KeyStrings = typeof zh;

const en: KeyStrings = {
  keyIndicators: "Key indicators",
  indicator: "Indicator",
  period: "Period",
  value: "Value",
  yoy: "YoY",
  trend: "Trend",
  rank: "Rank",
  source: "Source",
  sourceLink: "Source",
  more: "More",
  less: "Less",
  pp: "pp",
  stated: "as stated",
  computedFrom: "computed from a year earlier",
  rankOf: (rank, of) => `${rank}/${of}`,
  rankTitle: (rank, of, parent) => `${rank} of ${of} reporting areas in ${parent}`,
  latestEach: "each at its latest period",
  atPeriod: (p) => p,
  downloadCsv: "Download CSV",
  peers: "Peers",
  peersOf: (parent) => `areas of ${parent}`,
  chartView: "Over time",
  peersView: "Peers",
  area: "Area",
  missingPeers: "Not reported for this period",
  noPeerData: "No peer area has reported this indicator yet.",
  otherPeriods: "Other periods",
  selected: " (selected)",
  sparkOf: (name, n) => `Trend of ${name}, ${n} points`,
  barChartOf: (name, period) => `${name}, ${period}, peers ranked`,
};

export function keyStrings(lang: Lang): KeyStrings {
  return lang === "en" ? en : zh;
}
