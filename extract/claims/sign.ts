// A fall is a negative change: 同比下降3.2% → -3.2, 减少5亿元 → -500000000,
// 负增长1.5% → -1.5, so a growth chart dips below zero where the economy
// shrank. A level is never negative: 下降到3% / 降至3% name where it landed.
// Cases: FALL_CASES below (sign.test.ts).

/** A fall verb right before the number, perhaps with 了 and a qualifier cue between. */
// (低, 便宜: a gap below another place's or year's price, 比横店低一半, 便宜约三成; not 最低3元, 较低)
const FALL = /(?:下降|减少|降低|回落|下滑|缩减|缩小|减小|收窄|负增长|下跌|跌|减|降|(?<![最较偏更])低|便宜)了?(?:约|近|超过?|逾|不到|将近|接近|大约|达)?$/;
/** 降幅收窄2个百分点, 降幅较前三季收窄…: narrows a fall: the figure is the change of the rate, not a fall. */
const NOT_A_FALL = /(?:降幅|跌幅|亏损面?)[^，,。；;]{0,8}?(?:收窄|缩小|减少)了?(?:约|近)?$/;

/** The signed value: negative when the clause before the number reports a fall. */
export function signedValue(value: number, clauseBefore: string): number {
  if (value <= 0 || !FALL.test(clauseBefore) || NOT_A_FALL.test(clauseBefore)) return value;
  return -value;
}

/** [clause before the number, value, signed value] */
export const FALL_CASES: readonly [string, number, number][] = [
  ["规上工业企业利润总额下降", 3.2, -3.2],
  ["比上年末下降", 0.12, -0.12],
  ["较上年减少", 500000000, -500000000],
  ["GDP负增长", 1.5, -1.5],
  ["出口同比下降了约", 4.1, -4.1],
  ["按自然口径计算下降", 8.7, -8.7],
  ["同比增长", 3.2, 3.2],
  ["失业率下降到", 3.1, 3.1],
  ["能耗降至", 0.41, 0.41],
  ["降幅收窄", 2, 2],
  ["场地收费比横店低", 50, -50],
  ["餐饮费用也要便宜约", 30, -30],
  ["票价最低", 3, 3],
  ["增速较低", 2, 2],
  ["降幅较前三季收窄", 1.1, 1.1],
  ["降幅比上半年缩小", 0.8, 0.8],
  ["增幅较上半年收窄", 0.5, -0.5],
  ["从5万元增加到", 8, 8],
];
