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

/** Lines that are never titles (the rule they break), and near misses: real headlines that share a word (null). */
export const NOT_TITLE_CASES: ReadonlyArray<{ line: string; rule: string | null; why: string }> = [
  { line: "2025年5月20日 星期二", rule: "dateline", why: "a masthead date" },
  { line: "5月20日", rule: "dateline", why: "a bare date" },
  { line: "2024-02-05 09:12", rule: "dateline", why: "a web page's time stamp" },
  { line: "5月20日起衢江港开通新航线", rule: null, why: "near miss: a headline that starts with a date" },
  { line: "新闻热线：0570-3056789", rule: "hotline", why: "the newsroom hotline" },
  { line: "报料电话 0570-8888888 邮箱：news@example.cn", rule: "hotline", why: "a tip-off line with a mail address" },
  { line: "联系电话：(0570)1234567", rule: "hotline", why: "a contact line" },
  { line: "12345热线办件量同比增长20%", rule: null, why: "near miss: the hotline is the news" },
  { line: "电话诈骗案件同比下降三成", rule: null, why: "near miss: 电话 in a headline, no number after it" },
  { line: "来源：县融媒体中心 作者：记者 潘悦 编辑：吴敏", rule: "credits", why: "a web page's credits" },
  { line: "责任编辑：周 敏 版式：叶 青", rule: "credits", why: "a print page's credits" },
  { line: "发布时间：2024-02-06 10:25", rule: "credits", why: "a publishing time stamp" },
  { line: "来源于群众 服务于群众", rule: null, why: "near miss: 来源 without a colon" },
  { line: "本报记者 陈丹 通讯员 王晓帆", rule: "byline", why: "a bare byline" },
  { line: "记者节 表彰优秀新闻工作者", rule: null, why: "near miss: 记者 in a headline" },
  { line: "【关闭窗口】【打印本页】", rule: "furniture", why: "web page furniture" },
  { line: "【开栏语】", rule: null, why: "near miss: a column banner opens an item" },
  { line: "记者从区统计局获悉", rule: "reporter-lead", why: "where the news came from, not what it is" },
  { line: "记者从区统计局获悉上半年经济数据稳中向好", rule: null, why: "near miss: the lead says what, too" },
  { line: "09:12", rule: "no-words", why: "digits only" },
  { line: "5G基站新建120个", rule: null, why: "near miss: Latin letters and digits are words" },
];

/** documentHeadline(title): the document's title as an article title, or null. */
export const DOCUMENT_TITLE_CASES: ReadonlyArray<{ title: string; headline: string | null; why: string }> = [
  { title: "上半年我区主要经济指标增速领跑全市", headline: "上半年我区主要经济指标增速领跑全市", why: "front matter title" },
  { title: "衢江港吞吐量创新高 - 衢江新闻网", headline: "衢江港吞吐量创新高", why: "a web page's <title> without its site name" },
  { title: "衢江港吞吐量创新高_要闻_衢州新闻网", headline: "衢江港吞吐量创新高", why: "site and section after underscores" },
  { title: "1—10月全市主要经济指标稳中有升", headline: "1—10月全市主要经济指标稳中有升", why: "near miss: a dash inside the headline is no separator" },
  { title: "衢州日报 第2版 经济新闻", headline: null, why: "the title names the page, not an item on it" },
  { title: "新闻热线：0570-3056789", headline: null, why: "a hotline is no headline" },
  { title: "首页", headline: null, why: "a site's page name" },
];

/** segmentArticles(text, { documentTitle }): expected titles in order. */
export const DOCUMENT_TITLE_RULE_CASES: ReadonlyArray<{ text: string; documentTitle: string; titles: readonly string[]; why: string }> = [
  {
    text: "本报讯(记者 张三)7月26日,记者从区统计局获悉,上半年,全区生产总值增长7.6%。",
    documentTitle: "上半年我区主要经济指标增速领跑全市",
    titles: ["上半年我区主要经济指标增速领跑全市"],
    why: "a one-item page: the document's title, not 记者从区统计局获悉",
  },
  {
    text: "本报记者 陈丹 通讯员 王晓帆\n秋日的象山影视城,剧组正在拍摄。",
    documentTitle: "象山影视城前三季度拍摄短剧超1300部",
    titles: ["象山影视城前三季度拍摄短剧超1300部"],
    why: "a bare byline first: still the document's title",
  },
  {
    text: "来源：县融媒体中心 编辑：吴敏\n记者日前从县发改局获悉,项目全部完成。\n【关闭窗口】",
    documentTitle: "我县十大民生实事项目全部完成",
    titles: ["我县十大民生实事项目全部完成"],
    why: "credits and 【关闭窗口】 are furniture: they open no article",
  },
  {
    text: "正文一。\n标题乙\n本报讯 乙项目开工。",
    documentTitle: "页面标题",
    titles: ["页面标题", "标题乙"],
    why: "a page of items: the document's title heads the first, which prints none",
  },
  {
    text: "# 衢江港吞吐量创新高\n港口正文。\n峡川镇柿子丰收\n本报讯 峡川镇柿子喜获丰收。",
    documentTitle: "页面标题",
    titles: ["衢江港吞吐量创新高", "峡川镇柿子丰收"],
    why: "a page of items whose first prints its own headline keeps it",
  },
  {
    text: "衢州日报\n2026年1月16日 星期五 第2版\n标题甲\n本报讯 正文。",
    documentTitle: "衢州日报 第2版 经济新闻",
    titles: ["报头", "标题甲"],
    why: "a page's title names no item",
  },
];

/** No document title: the first clause after the lead, never a credits line or a reporter's source. */
export const FALLBACK_CASES: ReadonlyArray<{ paragraph: string; title: string; why: string }> = [
  { paragraph: "本报讯(记者方心怡)4月24日下午,衢江区民生领域信访问题集中治理工作推进会召开。", title: "衢江区民生领域信访问题集中治理工作推进会召开", why: "byline and dateline go" },
  { paragraph: "本报杭州10月23日讯（记者 沈晶晶）省统计局今天联合发布前三季度全省经济运行情况。", title: "省统计局今天联合发布前三季度全省经济运行情况", why: "a dateline with a place" },
  { paragraph: "【香港商报讯】记者林嘉欣报道：浙江省衢州市统计局日前发布数据显示，今年一季度增长。", title: "浙江省衢州市统计局日前发布数据显示", why: "a wire banner and 报道：" },
  { paragraph: "本报讯(记者 张三)7月26日,记者从区统计局获悉,衢江港区吞吐量再创新高。", title: "衢江港区吞吐量再创新高", why: "记者从…获悉 is the lead, not the news" },
  { paragraph: "发布时间：2024-02-06 10:25信息来源：县政府办公室浏览次数：1327近日，县政府印发《为民办实事项目》。", title: "县政府印发《为民办实事项目》", why: "credits joined into the first paragraph" },
  { paragraph: "责任编辑：程雨 2024-02-05 09:12", title: "", why: "nothing but credits: no title rather than a false one" },
];
