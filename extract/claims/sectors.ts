// Sectors: which of the nine areas a claim belongs to, from cue words in its
// clause, its sentence and its article (nearest context weighs most). The
// catalogue decides first when an indicator matches; this is the fallback.
import type { SectorId } from "../types";
import { memoByString } from "./memo";
import { bitSet, hasBit, setBit } from "../bits";

/** Cue words per sector. Longer, more specific words first within each list (they all count once). */
export const SECTOR_CUES: Readonly<Record<SectorId, readonly string[]>> = {
  port: ["吞吐量", "港区", "港口", "码头", "泊位", "航线", "航运", "航道", "航次", "集装箱", "公转水", "水运", "货运", "物流", "船舶", "货轮", "集港", "多式联运", "通关", "口岸", "货种", "装卸", "海铁联运", "铁路", "港"],
  investment: ["招商引资", "招商", "签约", "总投资", "固定资产投资", "有效投资", "投资额", "亿元以上项目", "重大项目", "项目落地", "落地", "引进", "开工", "入驻", "专项债", "招引", "投资"],
  drama: ["短剧", "微短剧", "群演", "群众演员", "影视", "剧组", "拍摄", "网络文学", "网文", "作家", "版权", "出海", "片场", "剧本", "动漫", "网络视听", "播放量", "直播基地"],
  industry: ["第二产业", "规上工业", "工业", "制造", "产值", "5G", "基站", "算力", "数字基础设施", "高新技术", "科技", "创新", "研发", "专利", "产能", "电池", "新能源", "光伏", "企业", "技术", "博士", "人才", "生产线", "首席科技官", "订单", "专精特新", "数字经济", "技改", "规上企业", "亩均", "能耗", "工业投资"],
  macro: ["金融机构", "存款余额", "贷款余额", "GDP", "地区生产总值", "生产总值", "经济增长", "财政收入", "一般公共预算", "经济运行", "居民人均可支配收入", "全社会", "财政", "城镇化率", "常住人口", "居民消费价格", "CPI", "城乡居民"],
  services: ["第三产业", "服务业", "消费", "社会消费品零售", "零售", "商贸", "电商", "商业", "营利性服务业", "人力资源", "商场", "酒店", "楼宇", "外贸", "出口", "进出口", "银行", "商品房", "房地产", "快递", "餐饮", "住宿", "网络零售", "限上", "批发", "直播电商"],
  agriculture: ["第一产业", "农业", "农村", "乡村", "村集体", "村民", "农户", "农房", "土地", "耕地", "粮食", "茭白", "蔬菜", "养殖", "种植", "共富工坊", "来料加工", "农产品", "农民", "农村居民", "家庭农场", "合作社", "茶叶", "柑橘", "生猪", "林业", "高标准农田", "村"],
  tourism: ["旅游", "游客", "旅客", "文旅", "景区", "民宿", "农家乐", "体育", "赛事", "锦标赛", "运动会", "体育场", "体育馆", "游泳馆", "观众席", "看台", "健身", "马拉松", "代表队", "选手", "演出", "非遗", "博物馆", "文化礼堂", "研学", "露营"],
  social: ["卫生", "医疗", "医院", "卫生院", "患者", "健康", "老人", "老年", "养老", "康养", "教育", "学校", "学生", "就医", "社区", "居民", "民生", "信访", "投诉", "举报", "就业岗位", "低保", "救助", "食堂", "康养", "适老", "医保", "社保", "幼儿园", "托育", "创业", "培训", "困难群众", "教师", "志愿者", "安全生产", "住房保障", "残疾人", "助餐"],
};

const SECTOR_IDS = Object.keys(SECTOR_CUES) as SectorId[];

interface CueEntry {
  cue: string;
  sector: SectorId;
  weight: number;
  /** Shared by the entries of one cue word (康养 is listed twice): the scoresOf call that last counted it. */
  mark: { seen: number };
}

// One pass over the text: cues indexed by their first character (linear in the text, not in text × cues).
const CUES_BY_FIRST: (CueEntry[] | undefined)[] = new Array(0x10000);
/**
 * A bit per character that starts a cue (8 kB), read before CUES_BY_FIRST (half a megabyte of
 * pointers): the scan meets every character of an article, mostly with the tables out of cache.
 */
const CUE_STARTS = bitSet(0x10000);
const MARKS = new Map<string, { seen: number }>();
for (const id of SECTOR_IDS) {
  for (const cue of SECTOR_CUES[id]) {
    const c0 = cue.charCodeAt(0);
    setBit(CUE_STARTS, c0);
    const list = (CUES_BY_FIRST[c0] ??= []);
    let mark = MARKS.get(cue);
    if (!mark) MARKS.set(cue, (mark = { seen: 0 }));
    list.push({ cue, sector: id, weight: cue.length >= 3 ? 1.5 : cue.length === 1 ? 0.5 : 1, mark });
  }
}

const zero = (): Record<SectorId, number> => ({ port: 0, investment: 0, drama: 0, industry: 0, macro: 0, services: 0, agriculture: 0, tourism: 0, social: 0 });

function scan(text: string, visit: (e: CueEntry) => void) {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x41) continue; // digits, punctuation and spaces start no cue
    if (!hasBit(CUE_STARTS, c)) continue;
    const list = CUES_BY_FIRST[c];
    if (!list) continue;
    for (const e of list) {
      if (!text.startsWith(e.cue, i)) continue;
      // 港元, 港币, 港股, 港澳, 港人 are not ports, nor is Hong Kong visited (访港, 来港, 赴港, 返港)
      if (e.cue === "港" && (/[元币股澳台人府]/.test(text[i + 1] ?? "") || /[访訪来來赴返]/.test(text[i - 1] ?? ""))) continue;
      visit(e);
    }
  }
}

/** Cue score per sector in `text` (each cue word counted once; longer cues weigh more). */
export function sectorScores(text: string): Record<SectorId, number> {
  return scoresMemo(text);
}
const scoresMemo = memoByString(scoresOf);
let scoring = 0;
function scoresOf(text: string): Record<SectorId, number> {
  const out = zero();
  // a cue counts once: marked with this call's number rather than kept in a Set made per call
  const call = ++scoring;
  scan(text, (e) => {
    if (e.mark.seen === call) return;
    e.mark.seen = call;
    out[e.sector] += e.weight;
  });
  return out;
}

/** Counts every occurrence of the multi-character cues (for articles: frequency says what the piece is about). */
export function sectorFrequencies(text: string): Record<SectorId, number> {
  const out = zero();
  scan(text, (e) => {
    out[e.sector] += e.cue.length >= 2 ? 1 : 0.5;
  });
  return out;
}

export interface SectorContext {
  clause: string;
  sentence: string;
  /** Per-sector frequencies over the claim's article, normalised to sum 1. */
  article: Record<SectorId, number>;
  /** The sector of the figure before this one in its paragraph, if any. */
  previous?: SectorId | null;
  /** The text up to the number in its part (between semicolons): what it measures (MEASURED_SECTOR) decides first. */
  clauseBefore?: string;
}

/**
 * What a figure measures names its sector before any cue word counts: the output of farming,
 * forestry, herding or fishing is agriculture though 产值 is an industry word; a factory's is
 * industry though it stands in a farm county's report. Read in the clause, the row whose words
 * end nearest the number wins. Cases: MEASURED_CASES.
 */
export const MEASURED_SECTOR: ReadonlyArray<[RegExp, SectorId]> = [
  [/(?:农林牧渔(?:业|专业及辅助性活动)?|(?<![工商])农业|种植业|林业|牧业|畜牧业?|渔业|水产品?|养殖业)(?:（[^）]{0,6}）)?(?:总)?(?:产值|增加值|产量|收入)/g, "agriculture"],
  [/(?:粮食|稻谷|早稻|晚稻|小麦|玉米|蔬菜|茶叶|油料|水果|生猪|家禽|肉类|禽蛋)(?:总)?(?:播种面积|产量|存栏|出栏)/g, "agriculture"],
  [/(?:规上|规模以上)?(?:工业|制造业)(?:总产值|增加值|产值|营业收入|利润)/g, "industry"],
  [/(?:服务业|第三产业)(?:增加值|营业收入)/g, "services"],
  [/电子商务交易额|电商交易额|网络零售额|网上零售额|快递业务量/g, "services"],
  // trade as a whole (外贸进出口总额, 进出口, a bare 出口/进口 heading its clause), not one good shipped through a port (进口纸浆)
  [/(?:外贸|对外贸易|货物贸易)(?:进出口|出口|进口)(?:总额|总值)?|(?:外贸|对外贸易)(?:总额|总值)|进出口(?:总额|总值)?|(?:^|[,，:：;；])(?:其中[,，]?)?(?:出口|进口)额?$/g, "services"],
  [/旅游(?:综合|总)?收入|接待(?:游客|旅客)|游客(?:接待)?量/g, "tourism"],
  // public services a 民生实事 list builds, and the money it spends, are social
  [/(?:民生实事|为民办实事|办好[^。]{0,6}件实事)[^。]{0,16}?(?:总投资|投资)/g, "social"],
  [/农村公路|四好农村路|幸福院|健身(?:场地|步道|中心|广场)|口袋公园|养老(?:床位|机构)|新增学位|幼儿园|卫生院|老旧小区|公共停车位/g, "social"],
  [/造林|绿化(?:面积)?|森林覆盖率/g, "agriculture"],
  // the labour market's figures (城镇新增就业, 再就业, 失业人员) are public services, wherever they stand
  [/(?:城镇新增|新增城镇|城镇)就业(?!岗位)|(?<!带动|吸纳)再就业|失业人员/g, "social"],
  // the jobs a project will create are the project's (investment), not a labour-market figure
  [/(?:项目|(?:达产|投产|建成|投用)后)[^。]{0,24}?(?:新增|提供|带动)就业岗位/g, "investment"],
];

/** The sector of what the clause measures, from the row that ends nearest the number; null when none. */
export function measuredSector(clauseBefore: string): SectorId | null {
  return nearestMeasured(clauseBefore)?.sector ?? null;
}

function nearestMeasured(clauseBefore: string): { sector: SectorId; end: number } | null {
  let best: SectorId | null = null;
  let bestEnd = -1;
  for (const [re, sector] of MEASURED_SECTOR) {
    re.lastIndex = 0;
    for (let m = re.exec(clauseBefore); m; m = re.exec(clauseBefore)) {
      const end = m.index + m[0].length;
      if (end > bestEnd) {
        bestEnd = end;
        best = sector;
      }
    }
  }
  return best ? { sector: best, end: bestEnd } : null;
}

/** A clause that only states a change (增长3.5%, 同比下降2.2%) measures what its part named before it. */
const BARE_CHANGE = /^(?:按可比价格计算)?(?:同比|比上年|较上年|比去年|较去年)?(?:分别)?(?:增长|下降|增加|减少|提高|回落|上升|降低)?(?:了)?$/;

/** A place's own change in a breakdown (…总产值增长4.5%,常山县增长4.1%): what its part named before it, as a bare change. */
const PLACE_CHANGE = /^[\u4e00-\u9fa5]{1,8}(?:县|区|市|旗|盟|州)(?:同比)?(?:分别)?(?:增长|下降|增加|减少|提高|回落|上升|降低)了?$/;

/** What the clause up to the number measures; a bare change borrows its part's (…总产值13.7亿元,增长3.5%). */
export function measuredInPart(partBefore: string): SectorId | null {
  const cut = Math.max(partBefore.lastIndexOf("，"), partBefore.lastIndexOf(","));
  const clause = partBefore.slice(cut + 1);
  const own = measuredSector(clause);
  if (own || cut < 0) return own;
  if (BARE_CHANGE.test(clause.trim()) || PLACE_CHANGE.test(clause.trim())) return measuredSector(partBefore);
  // a concept that runs across clauses up to the number (…办好20件实事,总投资约; …达产后,…,可新增就业岗位)
  const whole = nearestMeasured(partBefore);
  return whole && /^(?:约|超过?|达到?|近|逾|为|共)?$/.test(partBefore.slice(whole.end)) ? whole.sector : null;
}

/** Nearest context weighs most; the article breaks ties and decides when the sentence says nothing. */
export function chooseSector(ctx: SectorContext): SectorId {
  const measured = ctx.clauseBefore !== undefined ? measuredInPart(ctx.clauseBefore) : null;
  if (measured) return measured;
  // (a clause is its figure's own, hardly ever asked twice: remembering it cost more than it saved;
  // a part is asked once per figure in it)
  const c = scoresOf(ctx.clause);
  const s = sectorScores(ctx.sentence);
  // No cue near the number (同期全国增长4.8%; 高于全省平均水平27.6个百分点): the figure before it in the paragraph says
  if (ctx.previous && SECTOR_IDS.every((id) => c[id] === 0 && s[id] === 0)) return ctx.previous;
  // With no cue at all the figure is about the area as a whole
  let best: SectorId = "macro";
  let bestScore = 0;
  for (const id of SECTOR_IDS) {
    const score = 3 * c[id] + 1 * s[id] + 4 * (ctx.article[id] ?? 0);
    if (score > bestScore) {
      best = id;
      bestScore = score;
    }
  }
  return best;
}

export function normaliseFrequencies(f: Record<SectorId, number>): Record<SectorId, number> {
  const total = SECTOR_IDS.reduce((a, id) => a + f[id], 0);
  const out = {} as Record<SectorId, number>;
  for (const id of SECTOR_IDS) out[id] = total ? f[id] / total : 0;
  return out;
}

/** [clause, sentence, article text, expected] */
export const SECTOR_CASES: readonly [string, string, string, SectorId][] = [
  ["货物吞吐量累计超3100万吨", "衢州港货物吞吐量累计超3100万吨", "衢州港 港区 航线", "port"],
  ["这里累计拍摄短剧超800部", "不到三年时间,这里累计拍摄短剧超800部", "短剧 短剧 影视", "drama"],
  ["规范管理高血压患者4405人", "在公共卫生领域,规范管理高血压患者4405人", "卫生院 卫生 患者", "social"],
  ["来自全省18支代表队", "锦标赛开幕,来自全省18支代表队", "柔道 锦标赛 运动会", "tourism"],
  ["规模流转土地8000余亩", "11个村建立起村村联建机制,规模流转土地8000余亩", "村集体 村民 共富", "agriculture"],
  ["全县GDP增长6.5%", "全县GDP增长6.5%", "经济", "macro"],
  // 增加值 names no sector by itself: the industry it belongs to decides
  ["第一产业增加值1803亿元", "第一产业增加值1803亿元,增长3.5%", "工业 工业 增加值", "agriculture"],
  ["同期访港旅客达1100万人次", "同期访港旅客达1100万人次,按年增加64%", "港 零售", "tourism"],
];

/** [text up to the number in its part, expected sector or null] (read with measuredInPart) */
export const MEASURED_CASES: readonly [string, SectorId | null][] = [
  ["牧业产值", "agriculture"],
  ["分行业看,农业（种植业）产值", "agriculture"],
  ["渔业产值占农林牧渔业总产值的比重为", "agriculture"],
  ["全县農林牧漁業總產值", "agriculture"],
  ["年末全县生猪存栏", "agriculture"],
  ["规上工业总产值", "industry"],
  ["出口", "services"],
  ["全市外贸进出口总额", "services"],
  ["实现旅游综合收入", "tourism"],
  ["全年十大民生实事项目完成投资", "social"],
  ["县政府将办好20件实事,总投资约", "social"],
  ["新改建“四好农村路”", "social"],
  ["新建農村幸福院", "social"],
  ["完成造林绿化", "agriculture"],
  ["签约项目全部达产后,预计年产值超150亿元,可新增就业岗位", "investment"],
  // near misses: no measured concept, or an industrial one in a farm setting
  ["农业龙头企业实现工业产值", "industry"],
  ["全县新建", null],
  ["目前已累计进口纸浆", null],
  ["成功吸引了两家外贸企业入驻,并联合周边", null],
  ["外贸进出口总额5826.3亿元,其中,出口", "services"],
  ["全市城镇新增就业岗位", null],
  ["全县累计建成5G基站1863个,新增就业岗位", null],
  ["全县农林牧渔业总产值13.7亿元,增长", "agriculture"],
  ["完成造林绿化1.2万亩,新建污水管网", null],
  ["重大项目完成投资", null],
  ["农民人均可支配收入", null],
  ["全区新增城镇就业", "social"],
  ["全县电子商务交易额", "services"],
  ["全市快遞業務量", "services"],
  ["农村电商带动农产品销售额", null],
  ["今年城镇新增就业", "social"],
  ["幫助失業人員再就業", "social"],
  ["项目投产后可带动就业", null],
  // a place's own change in a breakdown measures what the part named before it
  ["江山市农林牧渔业总产值增长4.5%,常山县增长", "agriculture"],
  ["全县規上工業增加值增長9.2%,龍游縣同比增長", "industry"],
  ["全市旅游总收入增长11%,开化县下降", "tourism"],
  ["全县农林牧渔业总产值增长3.9%,柯城区新建", null],
];
