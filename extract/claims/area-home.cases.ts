// The article's home (area-home.ts): paper, headline and lead → the area its
// 全县/全市 mean. Made-up headlines and leads in several phrasings, traditional
// script among them (read through normalise, as the extractor does), and near
// misses that must keep the paper's or the configured home.
export interface HomeCase {
  name: string;
  /** The paper's place (full name), when its source names one. */
  paper?: string;
  /** HOME_AREA; 衢江区 when absent. */
  configured?: string;
  headline: string;
  lead: string;
  body?: string;
  expect: [area: string, source: "source" | "headline" | "lead" | "home"];
}

export const HOME_CASES: readonly HomeCase[] = [
  // another county's bulletin with no source line: its headline names it
  { name: "headline names a county far away", headline: "2023年鄱阳县农业经济运行情况分析", lead: "2023年，全县农业经济稳中向好。", expect: ["鄱阳县", "headline"] },
  { name: "headline with a short form, place last", headline: "前三季度经济稳中有进 安溪交出亮眼答卷", lead: "前三季度，全县经济运行总体平稳。", body: "记者从安溪县统计局获悉，全县经济运行总体平稳。", expect: ["安溪县", "headline"] },
  { name: "near miss: a seam of words in a headline is no far county", headline: "创新平台建设提速", lead: "上半年，全区新建创新平台5个。", body: "上半年，全区新建创新平台5个。", expect: ["衢江区", "home"] },
  { name: "traditional script, short form of a county-level city", headline: "昆山前10月外貿降幅收窄", lead: "大陸江蘇省昆山市商務局日前公布，今年1至10月，昆山全市外貿進出口總額5,826.3億元。", expect: ["昆山市", "headline"] },
  // no place in the headline: the lead's opening place, the deepest of a nested run
  { name: "lead names province and city together", headline: "外贸进出口逐月回暖", lead: "记者从福建省泉州市商务局获悉，1—9月，全市外贸进出口增长3.2%。", expect: ["泉州市", "lead"] },
  { name: "lead names a county after a time", headline: "旅游市场持续升温", lead: "国庆假期，婺源县共接待游客86万人次。", expect: ["婺源县", "lead"] },
  // a paper: a place inside its area is the home; one outside is not
  { name: "a city paper on one of its counties", paper: "上饶市", headline: "春节假期婺源接待游客86.3万人次", lead: "龙年春节，婺源各大景区游人如织。", expect: ["婺源县", "headline"] },
  { name: "a national paper on a city", paper: "全国", headline: "衢州：短剧产业跑出加速度", lead: "今年以来，衢州短剧产业快速发展。", expect: ["衢州市", "headline"] },
  { name: "no paper: a city headline is the city's, though HOME_AREA lies inside it", configured: "江山市", headline: "衢州首季經濟強勢開局", lead: "今年一季度，衢州全市實現地區生產總值398.6億元。", expect: ["衢州市", "headline"] },
  { name: "near miss: a county paper on its city keeps the county", paper: "衢江区", headline: "衢州市上半年经济运行情况", lead: "上半年，全市生产总值增长6%。", expect: ["衢江区", "source"] },
  { name: "near miss: a paper's report on a signing elsewhere keeps the paper", paper: "宣城市", headline: "上海签约108亿元", lead: "5月22日，在上海举行的推介会上共签约16个项目。", expect: ["宣城市", "source"] },
  // no paper: the configured home beside another place wins; a venue is no topic
  { name: "home project signed in Shanghai (headline names both)", headline: "上海推介会上衢江签下百亿项目", lead: "日前，衢江区在上海举办招商推介会。", expect: ["衢江区", "headline"] },
  { name: "venue only in the lead: the county that holds the event", headline: "招商引资项目集中签约", lead: "5月22日，郎溪县（上海）招商引资项目集中签约活动在上海市长宁区举行。", expect: ["郎溪县", "lead"] },
  { name: "a main venue in the lead is no topic (主会场设在…)", paper: "上饶市", headline: "全市重大项目集中开工", lead: "5月28日，全市重大项目集中开工活动举行，主会场设在玉山县高新技术产业园区。", expect: ["上饶市", "headline"] },
  { name: "near miss: a benchmark in the headline is no topic", headline: "我区增速高于全省平均水平", lead: "上半年，全区经济增长8%。", expect: ["衢江区", "home"] },
  { name: "nothing up front: the county the body keeps naming, as its 全县 says", headline: "茶产业量价齐升", lead: "记者日前从县统计局获悉，前三季度全县茶叶产量增长。", body: "前三季度全县茶叶产量增长。安溪县茶叶交易市场成交额增长。安溪县铁观音秋茶均价上涨。", expect: ["安溪县", "lead"] },
  { name: "nothing up front: a city's report broken down by its counties is the city's", headline: "1—11月我市新增城镇就业10.2万人", lead: "今年我市确定的十大民生实事项目进展顺利。", body: "今年我市确定的十大民生实事项目进展顺利。分地区看，海宁市、桐乡市新增城镇就业分别为1.92万人和1.75万人；南湖区、秀洲区分别新增1.38万人和1.21万人。", expect: ["嘉兴市", "lead"] },
  { name: "nothing up front: a province's report broken down by its cities is the province's", headline: "前三季度经济运行持续恢复", lead: "记者从省统计局获悉，前三季度，全省经济运行持续恢复向好。", body: "前三季度，全省经济运行持续恢复向好。分设区市看，南昌市增长5.1%，赣州市增长4.6%，九江市增长4.3%。", expect: ["江西省", "lead"] },
  { name: "near miss: a 全省 article naming the configured home's province stays home", headline: "前三季度经济运行持续恢复", lead: "前三季度，全省经济运行持续恢复向好。", body: "前三季度，全省经济运行持续恢复向好。杭州市增长5.1%，宁波市增长4.6%。", expect: ["衢江区", "home"] },
  { name: "near miss: a 全区 article naming a county twice is not that county's", headline: "项目建设提速", lead: "上半年，全区新开工项目12个。", body: "上半年，全区新开工项目12个。龙游县客商投资的项目开工。龙游县企业入驻。", expect: ["衢江区", "home"] },
  // once is enough when the article's 全县 cannot mean the configured 区: the one county it names is the home
  { name: "a 全县 bulletin naming its county once, at the end", headline: "上半年我县经济运行稳中有进", lead: "记者近日从县统计局了解到，今年上半年，全县实现地区生产总值186.4亿元。", body: "记者近日从县统计局了解到，今年上半年，全县实现地区生产总值186.4亿元。全县居民人均可支配收入28460元。龙游县统计局有关负责人表示，下半年将继续做好监测。", expect: ["龙游县", "lead"] },
  { name: "traditional script: 全縣 and one 縣 named in the middle", headline: "茶產業量價齊升", lead: "前三季度全縣茶葉產量增長。", body: "前三季度全縣茶葉產量增長。安溪縣茶葉交易市場成交額增長。全縣茶園面積穩定。", expect: ["安溪县", "lead"] },
  { name: "a county's bureau named once, 我县 elsewhere", headline: "我县粮食生产再获丰收", lead: "今年以来，我县早稻喜获丰收。", body: "今年以来，我县早稻喜获丰收。据开化县农业农村局统计，全县早稻播种面积3.2万亩。", expect: ["开化县", "lead"] },
  { name: "near miss: a 全区 article naming another district once keeps the configured 区", headline: "项目建设提速", lead: "上半年，全区新开工项目12个。", body: "上半年，全区新开工项目12个。柯城区客商投资的项目开工。", expect: ["衢江区", "home"] },
  { name: "near miss: a 全市 article broken down by counties of the home's city keeps the home (its 全市 is that city)", headline: "全市农业经济运行情况", lead: "上半年，全市农林牧渔业总产值增长3.9%。", body: "上半年，全市农林牧渔业总产值增长3.9%。分县（市、区）看，江山市增长4.5%，常山县增长4.1%，开化县增长3.7%。", expect: ["衢江区", "home"] },
  { name: "near miss: a 全县 article naming two counties once each is nobody's", headline: "茶产业量价齐升", lead: "前三季度全县茶叶产量增长。", body: "前三季度全县茶叶产量增长。安溪县茶叶交易市场成交额增长，华安县茶园面积稳定。", expect: ["衢江区", "home"] },
  { name: "near miss: nothing named keeps the configured home", headline: "十大民生实事项目全部完成", lead: "记者日前从县发改局获悉，民生实事项目已全部完成。", expect: ["衢江区", "home"] },
];
