// Status: a reported figure (actual) or a target, forecast or design figure
// (plan). Plan cues are read in the text before the number: most only inside
// its clause (将建成30GW), a few across the whole sentence because they frame
// everything after them (待二期全部投用后, …, 有泊位数24个).
import type { Status } from "../types";

/** Cues that make the rest of their clause a plan. */
export const CLAUSE_PLAN_CUES: readonly RegExp[] = [
  /力争|力爭/,
  /争取|爭取/,
  /预计|預計/,
  /预期/,
  /有望/,
  /(?<!(?:完成|实现|超额完成|达到)[^,，;；]{0,6})(?:目标|目標)(?!任务的|的)/, // 完成年度目标任务的108% reports an outcome
  /设计|設計/,
  /规划|規劃/,
  /拟|擬/,
  // 计划开工的项目, 完成年度计划的56.3%: the plan is what the figure is measured against
  /(?<![”"」』]|(?:完成|实现|超额完成|达到)[^,，;；]{0,6})(?:计划|計劃)(?![”"」』]|[^,，。;；]{0,4}的)/,
  /年产(?:能)?$/, // 年产12万吨…项目: a design capacity
  /确保|確保/,
  /将要|将会|即将/,
  /[将將](?=[于在达建成实投惠提带新形突超全进继有完开迎增扩可再逐打於達實惠帶進繼開增擴])/,
  /(?:要|需)(?=[达实完确建])/,
];

/** Cues that frame the whole sentence after them. */
export const SENTENCE_PLAN_CUES: readonly RegExp[] = [
  /(?:待|等).{1,12}(?:后|时)[,，]/,
  /(?:建成|投用|投产|达产|运营|竣工|完工)后/,
  /预计|(?<![”"」』])计划(?![”"」』])|力争|目标是|目标为|规划|预期(?:增长|目标|达到)/,
];

/**
 * 将 is also the disposal marker (= 把): 将研发投入增加到7.2亿元 reports what was done.
 * When 将 is followed by a noun and then a resultative verb ending right before the number,
 * it is not a plan cue.
 */
const DISPOSAL = /将[^,，。;；]{2,14}?(?:改造|增加|提高|提升|扩大|打造|建设|调整|压缩|降低|缩短|减少|扩建|升级|变|转化|列)(?:为|到|至|成)[^,，。;；]{0,14}$/;

export interface StatusInput {
  /** Clause text before the number (from the last clause break). */
  clauseBefore: string;
  /** Sentence text before the number (from the last sentence break). */
  sentenceBefore: string;
}

/** 今年全区将…,重点抓好三方面工作:一是…;二是…;三是…: every item of a plan's list is a plan. */
const PLAN_LIST = /(?:将|计划|力争|要|目标)[^。]*[:：][^。]*[一二三四五六七八九]是/;

export function detectStatus({ clauseBefore, sentenceBefore }: StatusInput): Status {
  if (PLAN_LIST.test(sentenceBefore)) return "plan";
  for (const re of CLAUSE_PLAN_CUES) {
    const m = re.exec(clauseBefore);
    if (!m) continue;
    if (/^[将將]/.test(m[0]) && DISPOSAL.test(clauseBefore.replace(/將/g, "将").slice(m.index))) continue;
    return "plan";
  }
  // Sentence-wide cues only count when they sit in an earlier clause (the clause itself was checked)
  // A semicolon closes the frame: 预计总产量可达6.3万吨;建成高标准农田2.8万亩 reports the second figure
  let earlier = sentenceBefore.slice(0, sentenceBefore.length - clauseBefore.length);
  const semi = Math.max(earlier.lastIndexOf(";"), earlier.lastIndexOf("；"));
  if (semi >= 0) earlier = earlier.slice(semi + 1);
  for (const re of SENTENCE_PLAN_CUES) if (re.test(earlier)) return "plan";
  return "actual";
}

/** [clause before the number, sentence before the number, expected] */
export const STATUS_CASES: readonly [string, string, Status][] = [
  ["力争2026年规上工业产值增速达到", "我们将锚定目标,力争2026年规上工业产值增速达到", "plan"],
  ["一道新能源将建成N型", "依托这个合作平台,一道新能源将建成N型", "plan"],
  ["今年将研发投入增加到", "他获奖的“后台”是今年将研发投入增加到", "actual"],
  ["将闲置方舱医院改造为", "2023年,衢江以“企业注资、政府建设”模式,将闲置方舱医院改造为", "actual"],
  ["有泊位数", "待二期全部投用后,衢江港区总占地面积近800亩,有泊位数", "plan"],
  ["预计年接待游客量将达", "预计年接待游客量将达", "plan"],
  ["落地高科技创新项目", "2023年以来,衢江依托“南孔精英”计划,吸引海内外高层次人才来衢江领办合办企业,落地高科技创新项目", "actual"],
  ["累计拍摄短剧超", "不到三年时间,这里累计拍摄短剧超", "actual"],
  ["年产", "项目计划建设4680全极耳大圆柱电池生产线,年产", "plan"],
  ["这一举措将惠及周边", "这一举措将惠及周边", "plan"],
  ["全县已建成5G基站", "到2023年底,全县已建成5G基站", "actual"],
  ["拟投资", "拟投资", "plan"],
  ["全年完成年度目标任务的", "全年完成年度目标任务的", "actual"],
  ["目标任务是实现营收", "目标任务是实现营收", "plan"],
  ["建成高标准农田", "预计总产量可达6.3万吨;建成高标准农田", "actual"],
  ["全市一季度计划开工的省市重点项目已开工", "截至3月25日,全市一季度计划开工的省市重点项目已开工", "actual"],
  ["完成年度计划的", "累计完成投资48.7亿元,完成年度计划的", "actual"],
  ["年产", "年产", "plan"],
  ["新建共富工坊", "今年全区将扛牢粮食安全责任,重点抓好三方面工作:一是稳面积;二是强设施;三是促增收,新建共富工坊", "plan"],
  ["年产值", "预计明年建成投产,年产值", "plan"],
];
