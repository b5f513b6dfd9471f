// Area names in English: [full Chinese name, English]. The near misses are
// places whose romanisation is not the obvious reading of their characters.
export const AREA_EN_CASES: readonly [string, string][] = [
  ["衢江区", "Qujiang District"],
  ["衢州市", "Quzhou City"],
  ["浙江省", "Zhejiang Province"],
  ["江山市", "Jiangshan City"],
  ["常山县", "Changshan County"],
  ["杭州市", "Hangzhou City"],
  ["重庆市", "Chongqing"],
  ["上海市", "Shanghai"],
  ["西安市", "Xi'an City"],
  ["陕西省", "Shaanxi Province"],
  ["山西省", "Shanxi Province"],
  ["广西壮族自治区", "Guangxi Autonomous Region"],
  ["内蒙古自治区", "Inner Mongolia Autonomous Region"],
  ["恩施土家族苗族自治州", "Enshi Autonomous Prefecture"],
  ["长沙市", "Changsha City"],
  ["全国", "China"],
];
