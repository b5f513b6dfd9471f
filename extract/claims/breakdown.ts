// A figure about a part of what its indicator totals — 其中外贸箱23.62万标箱,
// 这个月仅煤炭就运了39万吨 — is marked so it never stands in a series of
// totals. Cases: BREAKDOWN_CASES below (breakdown.test.ts).

/** 其中 earlier in the sentence introduces parts; 仅/光 X 就 singles one out. */
const PART = /其中|(?:仅|光|单)[^,，。;；]{1,10}就/;

export function isBreakdown(sentenceBefore: string): boolean {
  return PART.test(sentenceBefore);
}

/** Where a sentence's parts begin (the end of its first 其中 or 仅…就), or -1: figures after it are parts. */
export function partStart(sentence: string): number {
  const m = PART.exec(sentence);
  return m ? m.index + m[0].length : -1;
}

/** [sentence before the number, is a part] */
export const BREAKDOWN_CASES: readonly [string, boolean][] = [
  ["全年完成集装箱吞吐量35万标箱,其中外贸箱", true],
  ["这个月仅煤炭就运了", true],
  ["进出口总额89.4亿元,增长40.3%,其中出口", true],
  ["全区固定资产投资增长", false],
  ["衢江港区1月24日单日吞吐量突破", false],
];
