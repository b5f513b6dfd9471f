// The indicator parser's rules, each with sentences in our own words (not the
// dev set's): three phrasings or more — another order, another place or unit,
// one in traditional characters — and a near miss that must not be read the
// same way. The figure a case is about is marked 【…】; indicator.test.ts runs
// every sentence through the whole extractor (page dated 2024-07-15) and reads
// the marked figure's `indicator`.

export interface IndicatorRuleCases {
  rule: string;
  cases: readonly (readonly [string, string | null])[];
  /** Near misses: sentences that look alike but must come out otherwise. */
  misses: readonly (readonly [string, string | null])[];
}

export const INDICATOR_RULE_CASES: readonly IndicatorRuleCases[] = [
  {
    rule: "a level is a point of the concept named before it",
    cases: [
      ["上半年，全县实现地区生产总值【156.8亿元】。", "macro.gdp"],
      ["2023年全市GDP达到【2103亿元】，迈上新台阶。", "macro.gdp"],
      ["全年全市地區生產總值為【987.5億元】。", "macro.gdp"],
      ["1—6月，全县社会消费品零售总额【64.2亿元】。", "services.retail_sales"],
      ["全年全县接待国内外游客【2130万人次】。", "tourism.visitors"],
    ],
    misses: [
      ["全市人均地区生产总值【86500元】。", "macro.gdp_per_capita"],
      ["全县农林牧渔业总产值【58.3亿元】。", null],
    ],
  },
  {
    rule: "a percent with a change word is the concept's year-on-year growth",
    cases: [
      ["上半年，全县规上工业增加值同比增长【8.6%】。", "industry.value_added_growth"],
      ["1—9月，规模以上工业增加值比上年同期增长【7.1%】。", "industry.value_added_growth"],
      ["全县规上工业增加值完成45亿元，按可比价计算增长【7.9%】。", "industry.value_added_growth"],
      ["1—6月，全县全社会固定资产投资同比增长【8.2%】。", "investment.fixed_asset_growth"],
      ["前三季度，全市規上工業增加值增長【6.4%】。", "industry.value_added_growth"],
      ["全年制造业投资增速达【15.2%】。", "investment.manufacturing_growth"],
    ],
    misses: [
      ["全县工业增加值增长【5.2%】。", null],
      ["全市固定资产投资增长9.1%，其中工业投资增长【12.6%】。", "investment.industrial_growth"],
    ],
  },
  {
    rule: "a bare change measures the figure before it in its sentence",
    cases: [
      ["全县财政总收入达42.6亿元，增长【9.3%】。", "macro.fiscal_total_growth"],
      ["一般公共预算收入18.4亿元，同比下降【2.1%】。", "macro.fiscal_revenue_growth"],
      ["全市進出口總額156.2億元，增長【12.5%】。", "services.trade_growth"],
      ["全年港口完成集装箱吞吐量8.6万标箱，比上年增长【21.4%】。", "port.container_throughput_growth"],
    ],
    misses: [
      ["全县农林牧渔业总产值58.3亿元，增长【3.4%】。", null],
      ["与2019年同期相比，全县游客接待量增长【12.4%】。", null],
    ],
  },
  {
    rule: "a level restated after a round threshold measures the concept named just before",
    cases: [
      ["全县财政总收入突破50亿元大关，达到【51.2亿元】。", "macro.fiscal_total"],
      ["全市地区生产总值迈上千亿台阶，达【1086亿元】。", "macro.gdp"],
      ["港口貨物吞吐量首次突破千萬噸大關，達到【1032萬噸】。", "port.cargo_throughput"],
    ],
    misses: [["全市12个县（市、区）设立分会场，共【18个】。", null]],
  },
  {
    rule: "a 分别 list gives each figure the concept of its own item",
    cases: [
      ["全年城镇和农村居民人均可支配收入分别为58210元和【32650元】。", "macro.rural_income"],
      ["全年三次产业增加值分别增长3.1%、【6.9%】和5.2%。", "industry.secondary_value_added_growth"],
      ["全年城鄉居民人均可支配收入分別增長4.5%和【6.7%】。", "macro.rural_income_growth"],
      ["上半年，全县出口和进口分别完成38.2亿元和【9.6亿元】。", "services.imports"],
    ],
    misses: [["全年新材料、新能源和生物医药三大产业增加值分别增长12.1%、【9.4%】和8.8%。", null]],
  },
  {
    rule: "a 分别 list of changes with no names pairs with the figures before it, in order",
    cases: [
      ["国庆假期，全县接待游客326万人次，实现旅游收入28.4亿元，同比分别增长15.6%和【18.2%】。", "tourism.revenue_growth"],
      ["春节期间全市共接待游客88.6万人次、旅游综合收入7.9亿元，分别增长【21.3%】和25.1%。", "tourism.visitors_growth"],
      ["上半年，全縣接待遊客412萬人次，旅遊收入36.5億元，同比分別增長9.8%和【11.6%】。", "tourism.revenue_growth"],
    ],
    misses: [
      ["全县接待游客326万人次，同比增长15.6%，游客人均消费【870元】。", null],
      ["信访局全年接待来访群众【1260人次】。", null],
    ],
  },
  {
    rule: "measures no series holds: multi-year averages, month on month, percentage points, shares",
    cases: [
      ["一季度全市地区生产总值两年平均增长【5.8%】。", null],
      ["3月份全港货物吞吐量环比增长【12.3%】。", null],
      ["全市规上工业增加值占全省比重为【3.2%】。", null],
      ["增速比全省高【2.6】个百分点。", null],
      ["全縣生產總值年均增長【7.3%】。", null],
    ],
    misses: [["一季度全市地区生产总值同比增长【5.8%】。", "macro.gdp_growth"]],
  },
  {
    rule: "a part of a total is no point: segments, commodities, markets, scenic spots",
    cases: [
      ["上半年，全省内河港口完成货物吞吐量【1.2亿吨】。", null],
      ["从货种看，其中煤炭吞吐量【86万吨】，占三成。", null],
      ["前三季度，全县茶叶出口【5.6亿元】。", null],
      ["假期全县A级景区共接待游客【42万人次】。", null],
      ["1—6月，對東盟出口【12.3億元】。", null],
    ],
    misses: [["上半年，全港完成货物吞吐量【1860万吨】。", "port.cargo_throughput"]],
  },
  {
    rule: "a count of projects takes the verb of its own clause: signed, started; finished projects have no series",
    cases: [
      ["签约项目20个，开工项目【15个】，竣工投产项目8个。", "investment.projects_started"],
      ["全年新开工项目52个，签约項目【31個】。", "investment.projects_signed"],
      ["全年开工项目18个，新引进項目【26個】。", "investment.projects_attracted"],
    ],
    misses: [
      ["全年新开工项目52个，竣工项目【38个】。", null],
      ["签约项目20个，竣工投产项目【8个】。", null],
    ],
  },
  {
    rule: "a whole industry chain's output is drama revenue only where drama is the topic",
    cases: [
      ["去年，全区微短剧全产业链产值达【56亿元】。", "drama.revenue"],
      ["影视基地带动作用明显，全产业链产值突破【30亿元】。", "drama.revenue"],
      ["短劇產業快速發展，全產業鏈產值達到【12億元】。", "drama.revenue"],
    ],
    misses: [
      ["全县食用菌全产业链产值突破【68亿元】。", null],
      ["茶产业持续壮大，全产业链产值达到【45亿元】。", null],
    ],
  },
  {
    rule: "a level stated after its concept's change (增长a%，达到b) is the concept's level",
    cases: [
      ["全年全县农林牧渔业增加值增长3.9%，达到【22.08亿元】。", "agriculture.value_added"],
      ["1—9月，社会消费品零售总额同比增长6.1%，达【58.2亿元】。", "services.retail_sales"],
      ["全年糧食總產量增長1.8%，達【2.96萬噸】。", "agriculture.grain_output"],
      ["全市地区生产总值增长5.6%，总量达到【2103亿元】。", "macro.gdp"],
    ],
    misses: [
      ["全县规上工业增加值增长8.2%，比上年增加【3.1亿元】。", null],
      ["全县规上工业增加值增长8.2%，实现利润【5.6亿元】。", null],
      // a list item after a share carries the last figure of its unit, not the share's
      ["分县看，柯城区集中开工项目18个，占全市的两成；常山县【15个】。", "investment.projects_started"],
    ],
  },
  {
    rule: "名义 says how a change is counted, not what: a nominal change is the concept's 同比; a real one after prices is not",
    cases: [
      ["全省居民人均可支配收入14652元，同比名义增长【11.7%】。", "macro.disposable_income_growth"],
      ["前三季度，全县城镇常住居民人均可支配收入3.6万元，名义增长【5.2%】。", "macro.urban_income_growth"],
      ["全市農村居民人均可支配收入2.4萬元，名義增長【7.4%】。", "macro.rural_income_growth"],
    ],
    misses: [
      ["全县居民人均可支配收入2.1万元，名义增长7.2%，扣除价格因素实际增长【6.1%】。", null],
      ["全市居民人均可支配收入4.2万元，增长5.9%，两年平均名义增长【6.3%】。", null],
    ],
  },
  {
    rule: "a part (其中…) that is a concept of its own is that concept's point; a kind or category is not",
    cases: [
      ["全年地区生产总值198.6亿元，增长6.3%。其中，第一产业增加值【14.2亿元】，增长3.9%。", "agriculture.value_added"],
      ["全年外贸进出口总额36.8亿元，其中出口【32.1亿元】。", "services.exports"],
      ["全縣固定資產投資增長9.6%，其中製造業投資增長【18.7%】。", "investment.manufacturing_growth"],
      ["此次签约项目12个，总投资86.5亿元，其中制造业项目【8个】。", null],
      ["分产业看，第一产业增加值21.4亿元，增长3.2%；第二产业增加值176.9亿元，增长【8.1%】。", "industry.secondary_value_added_growth"],
      ["从项目类型看，产业项目42个，总投资【86亿元】。", null],
      // what 其中 splits is the last figure that measures a concept: a two-year average or a gap in between splits nothing
      ["全市固定资产投资同比增长10.4%，两年平均增长7.7%。其中，基础设施投资增长【6.5%】。", "investment.infrastructure_growth"],
      ["1—6月全县进出口总额52.3亿元，两年平均增长13.1%，其中，进口【11.8亿元】。", "services.imports"],
      ["全區固定資產投資增長8.8%，高於全市1.2個百分點。其中，工業投資增長【15.3%】。", "investment.industrial_growth"],
    ],
    misses: [
      ["全港货物吞吐量增长5%，其中煤炭吞吐量同比增长【8%】。", null],
      ["全县货物吞吐量1200万吨，两年平均增长6.1%。其中，矿建材料【700万吨】。", null],
    ],
  },
  {
    rule: "a port area the gazetteer cannot place in a county is a part of its city's port",
    cases: [
      ["1—9月，中心港区完成货物吞吐量【2105万吨】。", null],
      ["同期，长风港区完成货物吞吐量【1280萬噸】。", null],
      ["其中東港区完成集装箱吞吐量【3.2万标箱】。", null],
    ],
    misses: [["上半年，衢江港区完成货物吞吐量【312.6万吨】。", "port.cargo_throughput"]],
  },
  {
    rule: "a port of several cities is filed under their province but is no point of the province's ports",
    cases: [
      ["1—6月，宁波舟山港完成货物吞吐量【6.9亿吨】，同比增长5.1%。", null],
      ["宁波舟山港前三季度集装箱吞吐量达2900万标箱；同比增长【8.2%】。", null],
      ["今年以來，寧波舟山港完成集裝箱吞吐量【1820萬標箱】。", null],
    ],
    misses: [
      ["1—6月，全省港口完成货物吞吐量【10.2亿吨】，同比增长4.3%。", "port.cargo_throughput"],
      ["上半年，宁波舟山港完成货物吞吐量6.9亿吨；全省港口完成货物吞吐量【10.2亿吨】。", "port.cargo_throughput"],
    ],
  },
  {
    rule: "the places of a 分别 list are judged one by one: a part before does not make the next item a part",
    cases: [
      ["1—9月，嘉兴内河港和湖州港分别完成集装箱吞吐量61.8万标箱和【72.5万标箱】。", "port.container_throughput"],
      ["上半年，乍浦港区、独山港区、海盐港区分别完成货物吞吐量1200万吨、860万吨和【410万吨】。", "port.cargo_throughput"],
      ["前三季度，嘉興內河港、湖州港分別完成貨物吞吐量5100萬噸和【6200萬噸】。", "port.cargo_throughput"],
    ],
    misses: [
      // two port areas of one county stay parts of its total
      ["上半年，乍浦港区、独山港区、海盐港区分别完成货物吞吐量1200万吨、【860万吨】和410万吨。", null],
      // a list of figures, no places: the change of a part is a part
      ["全县4家A级景区接待游客52.1万人次、门票收入860万元，分别增长9.5%和【7.2%】。", null],
    ],
  },
  {
    rule: "同口径, 可比口径 say on what basis, not what: the change is the concept's growth",
    cases: [
      ["全县实现一般公共预算收入21.6亿元，同口径增长【5.2%】。", "macro.fiscal_revenue_growth"],
      ["全市財政總收入132億元，可比口徑增長【6.8%】。", "macro.fiscal_total_growth"],
      ["全县社会消费品零售总额58.3亿元，按可比口径增长【7.1%】。", "services.retail_sales_growth"],
    ],
    misses: [["全县实现一般公共预算收入21.6亿元，扣除留抵退税因素后增长【5.2%】。", null]],
  },
  {
    rule: "firms of one kind of ownership (民营, 国有, 外资) hold a part of any total",
    cases: [
      ["1—7月，民营企业实现进出口总额【156.3亿元】，占全市外贸总额的92.1%。", null],
      ["上半年，全县外資企業出口【12.6億元】。", null],
      ["全市国有企业实现规上工业增加值【86亿元】。", null],
    ],
    misses: [
      ["1—7月，全市实现进出口总额【170.2亿元】。", "services.trade"],
      ["全市民间投资增长【6.7%】。", "investment.private_growth"],
    ],
  },
  {
    rule: "homestays, farm stays and hotels receive a part of an area's visitors",
    cases: [
      ["国庆假期，全县民宿接待游客【35万人次】。", null],
      ["全市農家樂接待遊客【120萬人次】。", null],
      ["五一假期，全区星级酒店接待游客【8.6万人次】。", null],
    ],
    misses: [["国庆假期，全县共接待游客【135万人次】。", "tourism.visitors"]],
  },
  {
    rule: "an adjusted change (扣除…因素后) is no point but keeps its concept for the headline change after it",
    cases: [
      ["全市一般公共预算收入569.3亿元，扣除留抵退税因素后同比增长6.2%，按自然口径计算下降【8.7%】。", "macro.fiscal_revenue_growth"],
      ["全县财政总收入32.6亿元，扣除减税降费因素后增长9.1%，按自然口径增长【3.4%】。", "macro.fiscal_total_growth"],
      ["全市一般公共預算收入86.2億元，扣除留抵退稅因素後增長5.3%，按自然口徑計算下降【2.1%】。", "macro.fiscal_revenue_growth"],
    ],
    misses: [
      ["全市一般公共预算收入569.3亿元，扣除留抵退税因素后同比增长【6.2%】，按自然口径计算下降8.7%。", null],
      ["全县财政总收入32.6亿元，扣除减税降费因素影响增长【9.1%】。", null],
    ],
  },
  {
    rule: "a sentence that only compares (同期…) measures the last rate of the sentence before, past a gap after it",
    cases: [
      ["前三季度，全省生产总值同比增长5.4%，比全国高0.6个百分点。同期全国增长【4.8%】。", "macro.gdp_growth"],
      ["上半年，全市规上工业增加值增长8.1%。同期，全省增长【6.9%】。", "industry.value_added_growth"],
      ["1—9月，全縣固定資產投資增長7.2%，高於全市1.1個百分點。同期全市增長【6.1%】。", "investment.fixed_asset_growth"],
    ],
    misses: [
      // no rate before: nothing to compare with
      ["上半年，全市新开工项目42个。同期全省增长【6.9%】。", null],
    ],
  },
  {
    rule: "places broken out of the sentence before (分县看…; 其中，X区…) are each their own point of its concept",
    cases: [
      ["上半年，全市地区生产总值增长6.1%。分县（市、区）看，柯城区、衢江区分别增长5.2%、【6.8%】。", "macro.gdp_growth"],
      ["1—9月，全市固定资产投资增长5.3%。其中，衢江区增长【12.4%】，增速居全市第一。", "investment.fixed_asset_growth"],
      ["前三季度，全市社會消費品零售總額增長4.2%。分地區看，龍游縣增長【5.1%】。", "services.retail_sales_growth"],
      ["全年全市港口完成货物吞吐量2100万吨。分县看，衢江区完成【1056万吨】，龙游县完成820万吨。", "port.cargo_throughput"],
      ["1—9月，全市固定资产投资增长5.3%。其中，衢江区增长12.4%；龙游县下降【1.2%】。", "investment.fixed_asset_growth"],
    ],
    misses: [
      // by industry, not by place: the industry is a part of the total, no place's figure
      ["上半年，全市规上工业增加值增长9.8%。分行业看，化工行业增长【12.1%】。", null],
      ["上半年，全市规上工业增加值增长9.8%。其中，高新技术产业增长【12.1%】。", null],
      // no breakdown word: a new sentence does not inherit the concept before it
      ["上半年，全市地区生产总值增长6.1%。柯城区领导调研时表示，增速达到【5.2%】。", null],
    ],
  },
  {
    rule: "a batch's total investment is the signing's or the start's; one project's is its own",
    cases: [
      ["6月18日，此次集中签约项目18个，总投资【126亿元】。", "investment.signed_investment"],
      ["3月6日，全县重大项目集中开工，活动现场开工项目42个，总投资【215.6亿元】。", "investment.started_investment"],
      ["年产8万吨特种纸项目总投资【12亿元】，建成后将填补空白。", "investment.project_investment"],
      ["該項目總投資【6.5億元】，明年投產。", "investment.project_investment"],
      ["该项目总建筑面积约3.2万平方米，总投资【2.1亿元】。", "investment.project_investment"],
    ],
    misses: [
      ["今年全县重大项目年度计划投资【35亿元】。", null],
      ["全年完成水运建设投资【48亿元】。", null],
    ],
  },
  {
    rule: "a total named as a signing's (签约金额, 签约总投资, 协议总投资) is the signing's, with or without a count",
    cases: [
      ["8月15日，开发区举行项目签约仪式，签约总投资【8亿元】。", "investment.signed_investment"],
      ["本次招商项目签约会上，签约金额【5.5亿元】。", "investment.signed_investment"],
      ["在杭州举办的推介会上，協議總投資【32億元】。", "investment.signed_investment"],
      ["会上，两家企业与县政府签约，协议投资【9.6亿元】。", "investment.signed_investment"],
    ],
    misses: [
      ["总投资【12亿元】的智能装备项目正式签约。", "investment.project_investment"],
      ["该项目总投资【20亿元】，去年已签约。", "investment.project_investment"],
    ],
  },
  {
    rule: "a place's figure in a list by place measures what the list's first item measured",
    cases: [
      ["分区域看，柯城区开工项目12个，总投资30亿元；龙游县【9个】，总投资21亿元。", "investment.projects_started"],
      ["分县看，常山县签约项目7个；开化县【5个】。", "investment.projects_signed"],
      ["全市固定资产投资增长9.7%，其中衢江区增长【21.6%】。", "investment.fixed_asset_growth"],
    ],
    misses: [["分类型看，产业项目42个，总投资86亿元；民生项目【18个】。", null]],
  },
  {
    rule: "an increase given as an amount, a rate per unit or per day is not the level",
    cases: [
      ["农村居民人均可支配收入31200元，比上年增加【2160元】。", null],
      ["现在每周开行集装箱班轮【12航次】。", null],
      ["港区單日吞吐量突破【2.6萬噸】。", null],
      ["上半年新开通内河航线【3条】。", null],
    ],
    misses: [["上半年完成船舶进出港【3260艘次】。", "port.vessel_calls"]],
  },
  {
    rule: "a plant's yearly output is its capacity; a terminal's designed throughput is design capacity",
    cases: [
      ["年产【20万吨】再生纸项目落户园区。", "industry.capacity_t"],
      ["设计年產【5GWh】儲能電池生產線。", "industry.capacity_gwh"],
      ["二期码头设计年吞吐量【500万吨】。", "port.design_capacity"],
      ["建成后港区年通过能力将达【800万吨】。", "port.design_capacity"],
    ],
    misses: [
      ["今年港区完成货物吞吐量【500万吨】。", "port.cargo_throughput"],
      ["项目达产后预计年产值【20亿元】。", null],
    ],
  },
  {
    rule: "a running total since a start is the running series; a year to date is the plain one",
    cases: [
      ["截至6月底，衢州港自开港以来累计完成货物吞吐量【2800万吨】。", "port.cargo_throughput_cumulative"],
      ["开港至今，港区累計完成貨物吞吐量【1500萬噸】。", "port.cargo_throughput_cumulative"],
    ],
    misses: [["1—10月，嘉兴港累计完成货物吞吐量【950万吨】，同比增长6%。", "port.cargo_throughput"]],
  },
  {
    rule: "short drama: made, sent abroad, crews hosted",
    cases: [
      ["今年以来，全区累计拍摄制作短剧【420部】。", "drama.produced"],
      ["已有【35部】短剧登陆海外平台。", "drama.overseas"],
      ["基地上半年共接待短剧剧组【260个】。", "drama.crews"],
      ["全年出海短劇【58部】。", "drama.overseas"],
    ],
    misses: [["该作家出版小说【12部】。", null]],
  },
  {
    rule: "an enterprise's or a base's revenue and tax are entity points; an area's or an industry's are not",
    cases: [
      ["该企业去年实现营业收入【12.6亿元】，纳税8600万元。", "industry.enterprise_revenue"],
      ["基地去年共接待剧组300余个，实现营收【3.2亿元】。", "drama.revenue"],
      ["園區企業全年納稅【1.2億元】。", "industry.tax"],
    ],
    misses: [
      ["全县财政总收入28.6亿元，其中税收收入【22.1亿元】。", null],
      ["全市规上工业企业实现营业收入【2865亿元】。", null],
    ],
  },
  {
    rule: "a team's, a programme's, a town's or a company's figure is a part of the area's total",
    cases: [
      ["他所在的招商团队去年共引进落地亿元以上项目【7个】。", null],
      ["依托人才引进计划，全区落地高科技项目【4个】。", null],
      ["去年杜泽镇固定资产投资增长【15.2%】。", null],
      ["研发投入同比增长【228%】的公司。", null],
      ["她创办的企业去年研发投入【1.2亿元】。", null],
      ["基地与12家企业代表进行项目签约，现场签约【8个】项目。", "investment.projects_signed"],
    ],
    misses: [
      ["2024年，全区共引进落地亿元以上项目【21个】。", "investment.projects_attracted"],
      ["他介绍，上半年全区研发投入【9.6亿元】。", "industry.rd_spend"],
      ["目前已有【86家】影视企业签约入驻。", "investment.enterprises_attracted"],
    ],
  },
  {
    rule: "one month's figure beside year-to-date ones is no point",
    cases: [
      ["3月份，全市进出口总额增长【12.1%】。", null],
      ["5月份当月，规上工业增加值增长【9.2%】。", null],
    ],
    misses: [["1—3月，全市进出口总额增长【12.1%】。", "services.trade_growth"]],
  },
];
