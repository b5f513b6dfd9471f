// Example cases for extract/pubdate.ts. Reference dates are fixed in the text itself.

export const PUBDATE_CASES: ReadonlyArray<{
  text: string;
  frontMatter?: string;
  date: string | null;
  source: "front_matter" | "masthead" | "inferred" | "unknown";
  year: number | null;
  why: string;
}> = [
  { text: "中共衢州市衢江区委主办 衢江传媒集团承办 2025年5月20日 星期二 农历乙巳年四月廿三", frontMatter: "2025-06-01", date: "2025-06-01", source: "front_matter", year: 2025, why: "front matter wins" },
  { text: "正文。", frontMatter: "2025-02-30", date: null, source: "unknown", year: null, why: "an invalid front-matter date is ignored" },
  { text: "中共衢州市衢江区委主办 衢江传媒集团承办 2025年5月20日 星期二 农历乙巳年四月廿三\n本报讯(记者 甲)5月16日上午,会议召开。", date: "2025-05-20", source: "masthead", year: 2025, why: "masthead line with 主办/星期/农历" },
  { text: "富强 民主\n2025年3月7日 星期五\nJIN RI QU JIANG 今日4版 总第3835期\n正文。", date: "2025-03-07", source: "masthead", year: 2025, why: "date line next to 总第…期" },
  { text: "今日衢江 第3版\n2024-11-21\n正文。", date: "2024-11-21", source: "masthead", year: 2024, why: "numeric date beside a 版 line" },
  { text: "# 衢江港区吞吐量创新高\n来源：今日衢江 发布时间：2025-05-20 08:30\n正文。", date: "2025-05-20", source: "masthead", year: 2025, why: "a web article's 发布时间 line" },
  {
    text: "本报讯(记者 甲)12月30日,会议召开。\n本报讯(记者 乙)1月2日,项目开工。\n2024年全年,增长。",
    date: "2025-01-02",
    source: "inferred",
    year: 2025,
    why: "datelines from December and January: the January one is the latest, in the next year",
  },
  { text: "标题\n正文,2025年5月20日星期二不在报头。\n" + "正文。\n".repeat(20) + "2026年1月1日 星期四", date: "2026-01-01", source: "inferred", year: 2026, why: "a 星期 date in prose is no masthead; the latest full date is" },
  {
    text: "## 标题\n本报讯(记者 甲)4月24日下午,区委召开会议。\n本报讯(记者 乙)4月21日至22日,考察。\n4月24日,2026年浙江省青少年柔道锦标赛开幕。\n2023年,工厂建成。",
    date: "2026-04-24",
    source: "inferred",
    year: 2026,
    why: "corpus 000 shape: latest dateline, year from the latest year reported",
  },
  {
    text: "本报讯(记者 甲)1月19日,会议召开,回顾总结2023年主要工作,研究部署2024年重点任务。\n2023年12月24日,博士来访。\n本报讯(记者 乙)1月18日,开园。",
    date: "2024-01-19",
    source: "inferred",
    year: 2024,
    why: "corpus 001 shape: dateline 1月19日 after the latest full date 2023-12-24 → January 2024",
  },
  { text: "力争2026年产值增速达到30%以上。2025年货物吞吐量同比增长42%。", date: null, source: "unknown", year: 2025, why: "corpus 002 shape: no day; the year reported on, not the plan year" },
  { text: "项目预计在5月底竣工,并将于2026年正式投入运营。", date: null, source: "unknown", year: 2026, why: "only a plan year: the earliest one" },
  { text: "2024年11月21日,银泰开业。2002年12月28日,视察。", date: "2024-11-21", source: "inferred", year: 2024, why: "no dateline: the latest full date" },
  { text: "今年以来,经济运行总体平稳。", date: null, source: "unknown", year: null, why: "nothing fixes a date" },
  { text: "本报讯(记者 甲)5月9日,项目施工。", date: null, source: "unknown", year: null, why: "a dateline without any year is not enough" },
  { text: "本报讯(记者 甲)2月29日,会议。\n2023年,建成。", date: null, source: "unknown", year: 2023, why: "2月29日 does not exist in 2023: no day, the year stands" },
  { text: "本报讯(记者 甲)2月29日,会议。\n2024年,建成。", date: "2024-02-29", source: "inferred", year: 2024, why: "…and does in 2024" },
];

export const ARTICLE_DATE_CASES: ReadonlyArray<{ article: string; pub: string | null; date: string | null; why: string }> = [
  { article: "# 标题\n本报讯(记者 甲)5月16日上午,会议召开。", pub: "2025-05-20", date: "2025-05-16", why: "dateline in the same year" },
  { article: "本报讯(记者 甲)12月30日,会议召开。", pub: "2025-01-02", date: "2024-12-30", why: "dateline after the publication day: the year before" },
  { article: "## 标题\n正文,5月16日将召开会议。", pub: "2025-05-20", date: "2025-05-20", why: "a date inside the text is no dateline" },
  { article: "4月24日,2026年浙江省青少年柔道锦标赛开幕。", pub: "2026-04-24", date: "2026-04-24", why: "paragraph that opens with a date" },
  { article: "本报讯(记者 甲)5月16日,会议。", pub: null, date: null, why: "no publication date: nothing to anchor the year" },
  {
    article: "衢江科创成色足背后的变量\n本报讯(通讯员 甲)近日,博士荣获称号。\n2023年12月24日,在东瓯科技,博士商讨可行性。\n2021年3月1日,公司成立。",
    pub: "2024-01-19",
    date: "2023-12-24",
    why: "a 近日 item is dated by the latest recent full date it mentions",
  },
  { article: "本报讯 近日,会议召开。2023年6月1日,项目开工。", pub: "2024-01-19", date: "2024-01-19", why: "…but not by one months before publication" },
  { article: "## 特写\n2023年12月24日,在东瓯科技,博士商讨。", pub: "2024-01-19", date: "2024-01-19", why: "without 近日 a mentioned date is just mentioned (and 2023年12月24日 is no M月D日 dateline)" },
];
