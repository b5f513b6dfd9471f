// Example cases for extract/segment.ts.

/** Seed pages (tests/fixtures/corpus/, normalised): how many segments, and titles in order. */
export const SEED_PAGES: ReadonlyArray<{ file: string; count: number; titles: readonly string[]; why: string }> = [
  {
    file: "000_178ba912c87d68f1.txt",
    count: 6,
    titles: [
      "以更大决心、更实举措加压奋进 全力推动经济运行向上向好 确保实现“双过半”目标",
      "衢江区民生领域信访问题集中治理工作推进会召开",
      "一写一拍向海行",
      "区委理论学习中心组OPC的通识与实务专题学习会召开",
      "贵丽青率队赴杭州、嘉兴、宁波开展招商考察",
      "青春“柔”情,一决高下",
    ],
    why: "# beats the ## kicker; a 本报讯 item with no heading is titled by its first clause, without its dateline",
  },
  {
    file: "001_1dab1fe49313249a.txt",
    count: 5,
    titles: [
      "中国共产党衢州市衢江区第十四届代表大会第三次会议隆重召开",
      "衢江科创成色足背后的变量",
      "衢江区创锐现代服务业创新创业基地暨人力资源服务产业园开园",
      "柯城区党政代表团来衢江区学习考察",
      "峡川镇打造“三柿”品牌赋能乡村建设",
    ],
    why: "unmarked headlines above 本报讯; the one-phrase headline beats the spaced kicker and subtitle",
  },
  {
    file: "002_f69df61967ff0086.txt",
    count: 1,
    titles: ["锚定两会航向 扛起实干担当"],
    why: "one feature: its section labels (B, 结语) and captions are subheadings, the —— line a subtitle",
  },
  {
    file: "003_7ef5928998a3dc46.txt",
    count: 8,
    titles: [
      "报头",
      "全区党政月度工作例会召开",
      "区政协开展全区工业平",
      "衢江2家卫生院获全国表扬",
      "衢江航运服务业迈入高质量发展新阶段",
      "湖南镇共富康养综合体5月底竣工",
      "拼搏二季度奋进新征程",
      "二三齐步走\"走出共富路",
    ],
    why: "masthead segment; the last # heading above the byline wins over page banners; 第一步/第二步 are sections",
  },
  {
    file: "004_2494ab091050f49b.txt",
    count: 7,
    titles: [
      "报头",
      "衢江区党政月度工作例会召开",
      "区委书记贵丽青调研建强“县城-中心镇-重点村”发展轴工作",
      "招商就像谈恋爱 真诚才是必杀技",
      "一条黄金水道向海行",
      "衢江区文体健康中心9月完工",
      "祝升明开展循迹溯源学习并调研一季度“开门红”及重大项目建设工作",
    ],
    why: "【开栏语】 then 本报讯 is one item; headlines printed below their article move back to it; doubled OCR banners are no titles",
  },
];

/** Small texts written for the rules: expected titles in order. */
export const RULE_CASES: ReadonlyArray<{ text: string; titles: readonly string[]; why: string }> = [
  { text: "只有一段正文,没有标题。", titles: ["只有一段正文,没有标题"], why: "no heading: the first clause" },
  { text: "# 甲\n正文一。\n# 乙\n正文二。", titles: ["甲", "乙"], why: "markdown headings" },
  { text: "# 甲\n正文一。\n### 第一步:准备\n正文二。", titles: ["甲"], why: "enumerated headings are sections" },
  { text: "# 甲\n正文一。\n小标题\n正文二。", titles: ["甲"], why: "an unmarked headline without a byline is a subheading" },
  { text: "# 甲\n正文一。\n本报讯(记者 张三)5月1日,乙项目开工。", titles: ["甲", "乙项目开工"], why: "a byline after body opens an item" },
  { text: "标题甲\n本报讯(记者 张三)5月1日,开工。", titles: ["标题甲"], why: "an unmarked headline above a byline" },
  { text: "专栏名\n【开栏语】栏目介绍。\n本报讯(记者 张三)正文。", titles: ["专栏名"], why: "banner then byline: one item" },
  { text: "正文一。\n【编者按】另一篇。", titles: ["正文一", "另一篇"], why: "a banner after body opens an item" },
  { text: "引题 两个短语\n主标题一句话\n副题 也有空格\n本报讯 正文。", titles: ["主标题一句话"], why: "the one-phrase headline is the title" },
  { text: "中共某区委主办 某传媒集团承办\n2025年5月20日 星期二\n# 标题\n正文。", titles: ["报头", "标题"], why: "masthead segment" },
  { text: "UPUP 衢江衢江\n真标题\n本报讯 正文。", titles: ["真标题"], why: "doubled OCR banner is no title" },
];
