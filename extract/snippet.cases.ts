// Cases for lib/snippet.ts: a sentence, the figure in it (its first occurrence, or the nth), the snippet shown.

export const SNIPPET_CASES: ReadonlyArray<{ text: string; figure: string; nth?: number; snippet: string; why: string }> = [
  {
    text: "分县（市、区）看，龙游县、衢江区、开化县地区生产总值分别增长7.9%、7.6%和7.3%，增速居全市前三位。",
    figure: "7.6%",
    snippet: "龙游县、衢江区、开化县地区生产总值分别增长7.9%、7.6%和7.3%",
    why: "a 分别 list is never cut mid-list: the names, the measure and every figure",
  },
  {
    text: "分县（市、区）看，龙游县、衢江区、开化县地区生产总值分别增长7.9%、7.6%和7.3%，增速居全市前三位。",
    figure: "7.3%",
    snippet: "龙游县、衢江区、开化县地区生产总值分别增长7.9%、7.6%和7.3%",
    why: "the last figure of a list, after 和",
  },
  {
    text: "分县看，柯城区增长5.2%、衢江区增长7.6%和常山县增长6.1%，均高于全省平均。",
    figure: "7.6%",
    snippet: "衢江区增长7.6%",
    why: "an item that names its own place: no neighbour's name in front of the figure",
  },
  {
    text: "分县看，柯城区增长5.2%、衢江区增长7.6%和常山县增长6.1%，均高于全省平均。",
    figure: "5.2%",
    snippet: "柯城区增长5.2%、衢江区增长7.6%和常山县增长6.1%",
    why: "near miss: the first item stands at the clause start, nothing of another's in front of it",
  },
  {
    text: "经统一核算，全区实现地区生产总值143.6亿元，按可比价格计算，同比增长11.2%，增速比一季度提高1.9个百分点。",
    figure: "11.2%",
    snippet: "全区实现地区生产总值143.6亿元，按可比价格计算，同比增长11.2%",
    why: "a clause that says only how it moved takes the clauses before it, up to what was measured",
  },
  {
    text: "同期，衢州港完成货物吞吐量463.4万吨，同比增长27.6%，其中衢江港区占全港总量的67.5%。",
    figure: "27.6%",
    snippet: "衢州港完成货物吞吐量463.4万吨，同比增长27.6%",
    why: "growth with the figure it is the growth of",
  },
  {
    text: "同期，衢州港完成货物吞吐量463.4万吨，同比增长27.6%，其中衢江港区占全港总量的67.5%。",
    figure: "463.4万吨",
    snippet: "衢州港完成货物吞吐量463.4万吨",
    why: "near miss: a clause that names its measure stands alone",
  },
  {
    text: "上半年，全区粮食播种面积29.18万亩。\n同比增长1.5%。",
    figure: "1.5%",
    snippet: "同比增长1.5%",
    why: "never across a sentence or paragraph",
  },
  {
    text: "全区地区生产总值（GDP，按可比价格计算）356.2亿元，增长6.1%。",
    figure: "356.2亿元",
    snippet: "全区地区生产总值（GDP，按可比价格计算）356.2亿元",
    why: "a comma inside brackets is no clause boundary",
  },
  {
    text: "今年以来，全区新开工项目涉及新材料、新能源、现代物流、数字文化、文旅康养、高端装备、生物医药、电子信息、节能环保、现代农业、商贸服务、教育医疗、体育健身、城市更新等领域共128个项目总投资达356.8亿元的重大项目集中开工",
    figure: "356.8亿元",
    snippet: "…生物医药、电子信息、节能环保、现代农业、商贸服务、教育医疗、体育健身、城市更新等领域共128个项目总投资达356.8亿元的重大项目集中开工",
    why: "a long clause is cut at a list boundary before the figure, marked with …",
  },
  { text: "143.6亿元", figure: "143.6亿元", snippet: "143.6亿元", why: "the figure alone" },
];
