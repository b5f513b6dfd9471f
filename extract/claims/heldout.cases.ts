// Held-out sentences, written by hand to look like county and city papers the
// seeds do not cover (other places, other years, traditional characters). The
// rules were NOT tuned on them; the test reports how many fields agree and
// fails only below a floor, so regressions show without pinning every field.
import type { Qualifier, SectorId, Status } from "../types";

export interface HeldOutExpectation {
  value: number;
  unit: string;
  qualifier: Qualifier;
  status: Status;
  period: string | null;
  sector: SectorId;
}

export interface HeldOutCase {
  name: string;
  /** Front-matter date of the made-up page. */
  date: string;
  text: string;
  expected: HeldOutExpectation[];
}

const e = (value: number, unit: string, qualifier: Qualifier, status: Status, period: string | null, sector: SectorId): HeldOutExpectation => ({
  value,
  unit,
  qualifier,
  status,
  period,
  sector,
});

export const HELD_OUT: readonly HeldOutCase[] = [
  {
    name: "port, year-to-date",
    date: "2024-12-05",
    text: "1—11月,龙游港区完成货物吞吐量856万吨,同比增长18.6%;集装箱吞吐量达5.2万标箱。",
    expected: [e(8560000, "吨", "eq", "actual", "2024-11", "port"), e(18.6, "%", "eq", "actual", "2024-11", "port"), e(52000, "TEU", "eq", "actual", "2024-11", "port")],
  },
  {
    name: "signed projects",
    date: "2023-06-12",
    text: "本报讯(记者 王丽)6月9日,江山市举行重大项目集中签约仪式,共签约项目12个,总投资超80亿元。",
    expected: [e(12, "个", "eq", "actual", "2023-06-09", "investment"), e(8000000000, "元", "gt", "actual", "2023-06-09", "investment")],
  },
  {
    name: "GDP, previous year",
    date: "2025-02-10",
    text: "2024年,全县实现地区生产总值312.5亿元,增长6.1%,增速居全市第二。",
    expected: [e(31250000000, "元", "eq", "actual", "2024", "macro"), e(6.1, "%", "eq", "actual", "2024", "macro")],
  },
  {
    name: "plan with horizon",
    date: "2024-03-01",
    text: "根据规划,到2027年,全区规上工业增加值力争突破200亿元,年均增长8%以上。",
    expected: [e(20000000000, "元", "gt", "plan", "2027", "industry"), e(8, "%", "gt", "plan", "2027", "industry")],
  },
  {
    name: "traditional characters",
    date: "2023-08-15",
    text: "今年上半年,該縣旅遊接待遊客約320萬人次,實現旅遊總收入逾28億元,同比分別增長15.2%和17.8%。",
    expected: [e(3200000, "人次", "approx", "actual", "2023-H1", "tourism"), e(2800000000, "元", "gt", "actual", "2023-H1", "tourism"), e(15.2, "%", "eq", "actual", "2023-H1", "tourism")],
  },
  {
    name: "short drama, cumulative",
    date: "2025-09-18",
    text: "截至目前,横店影视城今年已接待剧组超300个,其中微短剧剧组占比近七成,累计拍摄微短剧1500余部。",
    expected: [e(300, "个", "gt", "actual", "2025", "drama"), e(1500, "部", "approx", "actual", "2025", "drama")],
  },
  {
    name: "agriculture",
    date: "2022-10-20",
    text: "该村流转土地1200亩,发展高山蔬菜种植,带动120余户农户增收,村集体经营性收入达65万元。",
    expected: [e(1200, "亩", "eq", "actual", "2022-10-20", "agriculture"), e(120, "户", "approx", "actual", "2022-10-20", "agriculture"), e(650000, "元", "eq", "actual", "2022-10-20", "agriculture")],
  },
  {
    name: "public services",
    date: "2024-05-06",
    text: "全镇现有养老服务中心3家,共有床位260张,今年一季度累计为老年人提供助餐服务1.8万人次。",
    expected: [e(3, "家", "eq", "actual", "2024-05-06", "social"), e(260, "张", "eq", "actual", "2024-05-06", "social"), e(18000, "人次", "eq", "actual", "2024-Q1", "social")],
  },
  {
    name: "capacity plan",
    date: "2023-11-02",
    text: "该项目总投资约120亿元,计划建设年产20GWh储能电池生产线,预计2025年建成投产。",
    expected: [e(12000000000, "元", "approx", "actual", "2023-11-02", "investment"), e(20, "GWh", "eq", "plan", null, "industry")],
  },
  {
    name: "ranges and lower bounds",
    date: "2024-07-20",
    text: "每场演出吸引观众3000至5000人,景区日均客流不少于2万人次。",
    expected: [e(3000, "人", "gte", "actual", null, "tourism"), e(20000, "人次", "gte", "actual", null, "tourism")],
  },
  {
    name: "not claims",
    date: "2024-04-01",
    text: "4月1日,第十二届全国农民运动会在该市开幕,为期5天。咨询电话:0570-1234567。",
    expected: [e(5, "天", "eq", "actual", "2024-04-01", "tourism")],
  },
  {
    name: "R&D and tax (traditional)",
    date: "2023-03-15",
    text: "去年,該公司研發投入達2.3億元,同比增長35%,全年納稅1.1億元。",
    expected: [e(230000000, "元", "eq", "actual", "2022", "industry"), e(35, "%", "eq", "actual", "2022", "industry"), e(110000000, "元", "eq", "actual", "2022", "industry")],
  },
  {
    name: "services, month",
    date: "2024-11-10",
    text: "10月份,全市社会消费品零售总额达186.3亿元,同比增长4.2%,网络零售额超50亿元。",
    expected: [e(18630000000, "元", "eq", "actual", "2024-10", "services"), e(4.2, "%", "eq", "actual", "2024-10", "services"), e(5000000000, "元", "gt", "actual", "2024-10", "services")],
  },
  {
    name: "as-of end of last year",
    date: "2025-01-20",
    text: "截至去年底,全县累计建成5G基站1863个,新增就业岗位3200余个。",
    expected: [e(1863, "个", "eq", "actual", "2024-12-31", "industry"), e(3200, "个", "approx", "actual", "2024-12-31", "social")],
  },
];
