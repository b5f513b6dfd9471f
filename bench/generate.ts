// Seeded generator of article-like pages for the ingest benchmark (and the
// crash test): mastheads, headings, 本报讯 paragraphs and sentences modelled
// on the seed pages, with numbers, units, qualifiers, dates and sectors varied.
// Same seed → same corpus, so runs compare.
//
//   npx tsx bench/generate.ts [--count 10000] [--seed 1] [--out .bench/corpus]
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

/** mulberry32: tiny, fast, good enough to vary text. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
  return { next, int, pick };
}
type Rng = ReturnType<typeof rng>;

interface Ctx {
  r: Rng;
  year: number;
  month: number;
  day: number;
}

const CN_DIGITS = "零一二三四五六七八九";
/** 0 < n < 10000 in Chinese numerals (三千五百, 两百), the way some articles write counts. */
function chinese(n: number): string {
  const units = ["", "十", "百", "千"];
  const digits = String(n).split("").map(Number);
  let out = "";
  let zero = false;
  digits.forEach((d, i) => {
    const place = digits.length - 1 - i;
    if (d === 0) {
      zero = out !== "";
      return;
    }
    if (zero) out += "零";
    zero = false;
    out += (d === 2 && place >= 2 ? "两" : CN_DIGITS[d]) + units[place];
  });
  return out.startsWith("一十") ? out.slice(1) : out;
}

/** A money or tonnage amount as a paper writes it: 3.2亿, 1234.5万, 860. */
function amount(c: Ctx, lo: number, hi: number): string {
  const v = lo * Math.pow(hi / lo, c.r.next());
  if (v >= 1e8) return `${(v / 1e8).toFixed(c.r.int(0, 2))}亿`;
  if (v >= 1e4) return `${(v / 1e4).toFixed(c.r.int(0, 1))}万`;
  return String(Math.round(v));
}
const pct = (c: Ctx, lo = 0.5, hi = 40) => (lo + c.r.next() * (hi - lo)).toFixed(1);
const count = (c: Ctx, lo: number, hi: number) => (c.r.next() < 0.15 && hi < 10000 ? chinese(c.r.int(lo, hi)) : String(c.r.int(lo, hi)));
const gt = (c: Ctx) => c.r.pick(["", "", "", "超", "超过", "突破", "近", "约"]);
const months = (c: Ctx) => (c.month > 2 ? `1-${c.month - 1}月` : "去年");
const plan = (c: Ctx) => c.r.pick(["力争", "预计", "计划", "目标"]);

const PLACES = ["衢江港区", "高家镇", "莲花镇", "上方镇", "廿里镇", "峡川镇", "全旺镇", "湖南镇", "樟潭街道", "浮石街道", "云溪乡", "杜泽镇"];
const COMPANIES = ["一道新能源", "美高短剧超级工厂", "东瓯科技", "衢州港务公司", "元立金属", "华友钴业", "仙鹤股份", "鸿达特种纸"];

type Template = (c: Ctx) => string;

/** Claim sentences by sector, modelled on the seed pages' wording. */
const TEMPLATES: Record<string, Template[]> = {
  port: [
    (c) => `${months(c)}，衢江港区累计完成货物吞吐量${gt(c)}${amount(c, 5e5, 4e7)}吨，同比增长${pct(c)}%。`,
    (c) => `截至${c.month}月${c.day}日，衢州港今年已开行航次${count(c, 50, 2000)}航次，集装箱吞吐量${amount(c, 1e3, 2e5)}标箱。`,
    (c) => `这个月仅煤炭就运了${count(c, 5, 90)}万吨，单日吞吐量${gt(c)}${(1 + c.r.next() * 4).toFixed(1)}万吨。`,
    (c) => `${c.year}年，港区${plan(c)}完成货物吞吐量${amount(c, 1e6, 6e7)}吨。`,
  ],
  investment: [
    (c) => `该项目总投资${amount(c, 5e6, 2e10)}元，占地${count(c, 20, 900)}亩，${plan(c)}${c.year + 1}年建成投产。`,
    (c) => `${months(c)}，全区完成固定资产投资${amount(c, 1e8, 2e10)}元，同比增长${pct(c)}%，其中工业投资增长${pct(c)}%。`,
    (c) => `今年以来共签约项目${count(c, 3, 80)}个，协议总投资${gt(c)}${amount(c, 1e8, 5e10)}元。`,
  ],
  drama: [
    (c) => `${COMPANIES[1]}已累计拍摄短剧${gt(c)}${count(c, 100, 1500)}部，总集数${amount(c, 5e3, 8e4)}集。`,
    (c) => `${c.year}年，基地短剧产业实现营收${amount(c, 1e7, 5e9)}元，吸引从业人员${count(c, 200, 9000)}人。`,
    (c) => `园区现有摄影棚${count(c, 10, 120)}个，面积约${amount(c, 1e4, 2e5)}平方米。`,
  ],
  industry: [
    (c) => `${months(c)}，全区规上工业增加值同比增长${pct(c)}%，高新技术产业增加值占比达${pct(c, 40, 90)}%。`,
    (c) => `${COMPANIES[0]}将建成N型${count(c, 5, 40)}GW高效电池和${count(c, 5, 40)}GW高效组件产能。`,
    (c) => `全区已建起博士创新站${count(c, 3, 40)}家，聘任首席科技官${count(c, 10, 90)}名。`,
  ],
  macro: [
    (c) => `${c.year}年全区实现地区生产总值${amount(c, 1e10, 9e10)}元，同比增长${pct(c, 2, 12)}%。`,
    (c) => `一般公共预算收入${amount(c, 1e9, 1e10)}元，增长${pct(c, 1, 20)}%，城乡居民收入比缩小至${(1.5 + c.r.next()).toFixed(2)}。`,
  ],
  services: [
    (c) => `${months(c)}，社会消费品零售总额${amount(c, 1e9, 3e10)}元，同比增长${pct(c)}%。`,
    (c) => `全区新增市场主体${count(c, 100, 9000)}户，其中企业${count(c, 50, 3000)}家。`,
  ],
  agriculture: [
    (c) => `${PLACES[c.r.int(0, PLACES.length - 1)]}今年种植油菜${count(c, 200, 9000)}亩，预计亩产${count(c, 100, 300)}公斤。`,
    (c) => `村集体经营性收入达${amount(c, 1e5, 5e6)}元，带动农户${count(c, 30, 900)}户增收。`,
    (c) => `让${count(c, 10, 90)}名党员包联${count(c, 100, 900)}户村民。`,
  ],
  tourism: [
    (c) => `${months(c)}，全区接待游客${amount(c, 1e5, 9e6)}人次，实现旅游收入${amount(c, 1e7, 5e9)}元。`,
    (c) => `体育中心总建筑面积约${amount(c, 1e4, 2e5)}平方米，新建${count(c, 2000, 30000)}座观众席，总进度达到${c.r.int(10, 99)}%。`,
  ],
  social: [
    (c) => `为辖区常住居民建立${count(c, 1000, 50000)}份健康档案，涵盖${count(c, 5, 60)}间适老化居室。`,
    (c) => `该村${c.r.pick(["百余", "近百", String(c.r.int(30, 300))])}名60岁以上老人在此免费就餐。`,
    (c) => `今年以来共处理投诉和举报${count(c, 20, 900)}件，办结率${pct(c, 90, 100)}%。`,
  ],
};
const SECTOR_IDS = Object.keys(TEMPLATES);

const FILLER = [
  "会议强调，要锚定目标拼经济争前列，坚定不移攻项目扩投资。",
  "全区上下要进一步激发责任感紧迫感，牢牢把握高质量发展首要任务。",
  "下一步，该区将持续优化营商环境，推动各项工作提质增效。",
  "“围绕产业搭创新平台、聚科技人才，是我们最大的两个变量。”相关负责人说。",
  "据了解，该项目建成后将进一步完善产业链条，带动周边群众就业。",
  "走进现场，只见机器轰鸣，工人们正在抓紧施工。",
];
const HEADINGS = ["奋力打造高质量发展建设共同富裕示范区山区县样板", "港航物流跑出加速度", "短剧之城 乘势而上", "项目建设如火如荼", "科创成色越来越足", "乡村振兴结硕果", "民生实事暖民心"];
const REPORTERS = ["方心怡", "洪纲", "李钱乾", "邵秀清", "陈倩", "胡昭文"];
const WEEKDAYS = ["日", "一", "二", "三", "四", "五", "六"];

export interface GeneratedDocument {
  fileName: string;
  text: string;
}

export interface GenerateOptions {
  count: number;
  seed?: number;
}

/** Yields one page at a time, so a consumer can stream 10,000 of them in bounded memory. */
export function* generateDocuments({ count: total, seed = 1 }: GenerateOptions): Generator<GeneratedDocument> {
  const r = rng(seed);
  for (let n = 0; n < total; n++) {
    const year = r.int(2021, 2026);
    const month = r.int(1, 12);
    const day = r.int(1, 28);
    const c: Ctx = { r, year, month, day };
    const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
    const lines = [
      "富强 民主 文明 和谐 自由 平等 公正 法治 爱国 敬业 诚信 友善",
      "",
      `中共衢州市衢江区委主办 衢江传媒集团承办 ${year}年${month}月${day}日 星期${weekday}`,
      "",
      `JIN RI QU JIANG 今日${r.int(1, 8)}版 总第${r.int(1000, 5000)}期`,
      "",
    ];
    const articles = r.int(2, 5);
    for (let a = 0; a < articles; a++) {
      const sector = r.pick(SECTOR_IDS);
      lines.push(`# ${r.pick(HEADINGS)}`, "");
      let paragraph = `本报讯(记者 ${r.pick(REPORTERS)})${month}月${Math.max(1, day - r.int(0, 3))}日，${r.pick(PLACES)}传来好消息。`;
      const sentences = r.int(4, 10);
      for (let s = 0; s < sentences; s++) {
        const family = r.next() < 0.8 ? sector : r.pick(SECTOR_IDS);
        paragraph += r.next() < 0.25 ? r.pick(FILLER) : r.pick(TEMPLATES[family])(c);
        if (r.next() < 0.3) {
          lines.push(paragraph, "");
          paragraph = "";
        }
      }
      if (paragraph) lines.push(paragraph, "");
    }
    const id = (n * 2654435761 >>> 0).toString(16).padStart(8, "0");
    yield { fileName: `${String(n).padStart(5, "0")}_${id}.txt`, text: lines.join("\n") };
  }
}

/** Writes the corpus as files (the CLI path of the benchmark reads a folder). */
export function writeCorpus(dir: string, options: GenerateOptions): number {
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (const doc of generateDocuments(options)) {
    writeFileSync(path.join(dir, doc.fileName), doc.text);
    bytes += Buffer.byteLength(doc.text);
  }
  return bytes;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const { values } = parseArgs({
    options: { count: { type: "string", default: "10000" }, seed: { type: "string", default: "1" }, out: { type: "string", default: ".bench/corpus" } },
  });
  const bytes = writeCorpus(values.out!, { count: Number(values.count), seed: Number(values.seed) });
  console.log(`generated ${values.count} documents (${(bytes / 1048576).toFixed(1)} MB) in ${values.out}`);
}
