// Values with their units as a reader writes them: [value, unit, 中文, English].
export const AMOUNT_CASES: readonly [number, string, string, string][] = [
  [310_000_000, "元", "3.1亿元", "CNY 310 million"],
  [1_200_000_000, "元", "12亿元", "CNY 1.2 billion"],
  [5_000, "美元", "5,000美元", "USD 5,000"],
  [120_000, "吨", "12万吨", "120k tonnes"],
  [1, "吨", "1吨", "1 tonne"],
  [0.5, "吨", "0.5吨", "0.5 tonnes"],
  [45_000, "TEU", "4.5万标箱", "45k TEU"],
  [7.5, "%", "7.5%", "7.5%"],
  [1.2, "百分点", "1.2个百分点", "1.2 percentage points"],
  [1, "个", "1个", "1 item"],
  [18, "支", "18支", "18 teams"],
  [12, "项", "12项", "12 items"],
  [108.5, "index", "108.5", "108.5"],
  // a stray word the extractor took for a unit: shown as written in Chinese, left out in English
  [3, "层", "3层", "3"],
];

/** Units a filter offers, and strays it does not. */
export const KNOWN_UNITS = ["元", "吨", "TEU", "%", "个", "人次", "index"];
export const NOT_UNITS = ["县", "省", "市", "层", "区"];
