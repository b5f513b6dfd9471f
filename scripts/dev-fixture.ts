// A throwaway database for working on the dashboard before real ingest exists:
//   PGLITE_DIR=/tmp/me/db npx tsx scripts/dev-fixture.ts
// Writes two documents, a handful of indicators and ~40 claims, including a
// document whose text contains markup (it must render as text).
import { openDatabase } from "@/db/client";
import { articles, claims, documents, indicators } from "@/db/schema";

const INDICATORS = [
  { id: "port.cargo_throughput", nameZh: "港口货物吞吐量", nameEn: "Port cargo throughput", sector: "port", unit: "吨", measure: "cumulative" },
  { id: "port.container_teu", nameZh: "集装箱吞吐量", nameEn: "Container throughput", sector: "port", unit: "TEU", measure: "level" },
  { id: "drama.series_count", nameZh: "拍摄短剧数量", nameEn: "Short dramas filmed", sector: "drama", unit: "部", measure: "cumulative" },
  { id: "macro.gdp_growth", nameZh: "地区生产总值增速", nameEn: "GDP growth", sector: "macro", unit: "%", measure: "change_pct" },
  { id: "investment.project_total", nameZh: "项目总投资", nameEn: "Project investment", sector: "investment", unit: "元", measure: "level" },
];

async function main() {
  const database = await openDatabase();
  const db = database.db;
  await db.insert(indicators).values(INDICATORS).onConflictDoNothing();
  const months = ["2024-03", "2024-06", "2024-09", "2024-12", "2025-03", "2025-06", "2025-09"];
  for (const [i, m] of months.entries()) {
    const t = 1200 + i * 350;
    const teu = 8000 + i * 900;
    const dramas = 40 + i * 15;
    const growth = 5 + (i % 3) * 0.8;
    const sentences = [
      `本报讯 截至${m.replace("-", "年")}月，衢州港货物吞吐量累计超${t}万吨。`,
      `集装箱吞吐量${teu}标箱。`,
      `美高短剧超级工厂已拍摄短剧${dramas}部。`,
      `全区地区生产总值增长${growth.toFixed(1)}%。`,
      i === 0 ? `注意：<img src=x onerror=alert(1)> 这段文字必须原样显示。` : "",
      `力争明年吞吐量达到${t + 1000}万吨。`,
    ];
    const text = sentences.join("\n");
    const [doc] = await db
      .insert(documents)
      .values({
        contentHash: `fixture-${m}`,
        fileName: `fixture_${m}.txt`,
        sourceUrl: i % 2 === 0 ? `https://example.org/qjrb/${m}.html` : null,
        source: "今日衢江",
        title: `今日衢江 ${m}`,
        publishedAt: `${m}-28`,
        dateSource: "front_matter",
        rawText: text,
        normalisedText: text,
        extractorVersion: 0,
      })
      .onConflictDoNothing()
      .returning();
    if (!doc) continue;
    const [art] = await db
      .insert(articles)
      .values({ documentId: doc.id, seq: 0, title: `衢江港区${m}运行情况`, start: 0, end: text.length, publishedAt: `${m}-28` })
      .returning();
    const at = (needle: string) => {
      const s = text.indexOf(needle);
      return { start: s, end: s + needle.length };
    };
    const asOf = `${m}-28`;
    const base = { documentId: doc.id, articleId: art.id, cumulative: false, status: "actual", period: m, asOf, subject: null as string | null };
    await db.insert(claims).values([
      { ...base, seq: 0, quote: `货物吞吐量累计超${t}万吨`, value: t * 1e4, unit: "吨", qualifier: "gt", metric: "货物吞吐量", sector: "port", indicatorId: "port.cargo_throughput", cumulative: true, subject: "衢州港", ...at(`${t}万吨`) },
      { ...base, seq: 1, quote: `集装箱吞吐量${teu}标箱`, value: teu, unit: "TEU", qualifier: "eq", metric: "集装箱吞吐量", sector: "port", indicatorId: "port.container_teu", ...at(`${teu}标箱`) },
      { ...base, seq: 2, quote: `已拍摄短剧${dramas}部`, value: dramas, unit: "部", qualifier: "eq", metric: "拍摄短剧", sector: "drama", indicatorId: "drama.series_count", cumulative: true, ...at(`${dramas}部`) },
      { ...base, seq: 3, quote: `地区生产总值增长${growth.toFixed(1)}%`, value: Number(growth.toFixed(1)), unit: "%", qualifier: "eq", metric: "地区生产总值增长", sector: "macro", indicatorId: "macro.gdp_growth", ...at(`${growth.toFixed(1)}%`) },
      { ...base, seq: 4, quote: `力争明年吞吐量达到${t + 1000}万吨`, value: (t + 1000) * 1e4, unit: "吨", qualifier: "eq", metric: "吞吐量", sector: "port", indicatorId: "port.cargo_throughput", status: "plan", period: String(Number(m.slice(0, 4)) + 1), asOf: `${Number(m.slice(0, 4)) + 1}-12-31`, ...at(`${t + 1000}万吨`) },
    ]);
  }
  await database.close();
  console.log("fixture written");
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
