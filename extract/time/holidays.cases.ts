// Holidays and running totals as periods: a phrase, the paper's date it is read
// against (fixed), and the period its last usable time mention takes. Written
// for holidays.ts and the holiday rule of expressions.ts; traditional-script
// rows go through normalise() as the extractor's text does. The table is the
// test (holidays.test.ts).
import type { PeriodKind } from "../types";

export interface HolidayCase {
  text: string;
  ref: string;
  expect: [string, PeriodKind] | null;
}

export const HOLIDAY_CASES: readonly HolidayCase[] = [
  // 国庆: the arranged days off (2019: 1–7 October; 2023 ran with 中秋 from 29 September to 6 October)
  { text: "国庆假期,全市接待游客238万人次", ref: "2019-10-08", expect: ["2019-10-07", "day"] },
  { text: "今年国庆黄金周期间,景区门票收入", ref: "2024-10-09", expect: ["2024-10-07", "day"] },
  { text: "中秋、國慶「雙節」假期,全市共接待遊客", ref: "2023-10-10", expect: ["2023-10-06", "day"] },
  { text: "双节期间,各景区累计接待", ref: "2023-10-09", expect: ["2023-10-06", "day"] },
  // 春节 by the lunar calendar: 2024's ran 10–17 February, 2023's 21–27 January
  { text: "龙年春节,婺源各大景区游人如织", ref: "2024-02-18", expect: ["2024-02-17", "day"] },
  { text: "春节假期全县旅游收入7.4亿元", ref: "2023-01-30", expect: ["2023-01-27", "day"] },
  { text: "2023年春節期間,全市接待遊客", ref: "2023-02-02", expect: ["2023-01-27", "day"] },
  // a January paper's 春节 before this year's has come is last year's
  { text: "春节期间,全县共接待游客", ref: "2024-01-20", expect: ["2023-01-27", "day"] },
  // 清明, 五一, 端午, 中秋 need 假期/期间/小长假 after them
  { text: "五一假期,象山影视城接待游客21.6万人次", ref: "2024-05-08", expect: ["2024-05-05", "day"] },
  // the name in quotes (“五一”假期, 「端午」小長假): the quote is no break
  { text: "“五一”假期,全县接待游客32万人次", ref: "2024-07-15", expect: ["2024-05-05", "day"] },
  { text: "「端午」小長假,全區接待遊客", ref: "2024-06-12", expect: ["2024-06-10", "day"] },
  { text: "\"国庆\"黄金周,景区门票收入", ref: "2024-10-09", expect: ["2024-10-07", "day"] },
  { text: "“五一”前夕,全县开展安全检查", ref: "2024-05-08", expect: null },
  { text: "端午节小长假,全区接待游客", ref: "2024-06-12", expect: ["2024-06-10", "day"] },
  { text: "清明假期期间,景区客流", ref: "2024-04-08", expect: ["2024-04-06", "day"] },
  { text: "中秋假期,全市共接待游客", ref: "2024-09-18", expect: ["2024-09-17", "day"] },
  // near misses: no holiday's period
  { text: "按可比口径比上年春节假期增长38.6%", ref: "2024-02-18", expect: null },
  { text: "春节前,全区发放慰问金", ref: "2024-02-05", expect: null },
  { text: "五一路改造工程", ref: "2024-05-08", expect: null },
  { text: "庆祝国庆75周年", ref: "2024-10-01", expect: null },
  // running totals since a start are as of the paper's day; a past year's 以来 is that year
  { text: "今年以来,横店影视城共接待微短剧剧组1380个", ref: "2023-10-10", expect: ["2023-10-10", "day"] },
  { text: "2024年以來,全縣累計簽約項目38個", ref: "2024-05-24", expect: ["2024-05-24", "day"] },
  { text: "2023年以来,衢江落地高科技创新项目", ref: "2024-01-19", expect: ["2023", "year"] },
  { text: "10月当月进出口增长5.7%,为今年以来首次单月正增长", ref: "2023-11-22", expect: ["2023-10", "month"] },
  // 年末 without a year is the frame's (or paper's) year end; a quarter without 度; a list of bases
  { text: "年末全县生猪存栏52.6万头", ref: "2024-02-05", expect: ["2023-12", "month"] },
  { text: "年底，全县已建成5G基站", ref: "2024-11-05", expect: ["2024-12", "month"] },
  { text: "部分台商第四季产能利用率已回升", ref: "2023-11-22", expect: ["2023-Q4", "quarter"] },
  { text: "增速分别比一季度、二季度加快", ref: "2023-10-27", expect: null },
  { text: "四季如春的气候", ref: "2023-10-27", expect: null },
  // a time inside an event's name (二季度…开工活动中) is the event's; the day it was held dates its figures
  { text: "在5月16日举行的全市二季度重大项目集中开工活动中,郎溪县共开工项目", ref: "2024-05-24", expect: ["2024-05-16", "day"] },
  // a day span across two months ends on its last day
  { text: "9月29日至10月6日,全市共接待游客", ref: "2023-10-10", expect: ["2023-10-06", "day"] },
  { text: "2023年12月30日—2024年1月1日,全市接待游客", ref: "2024-01-03", expect: ["2024-01-01", "day"] },
];
