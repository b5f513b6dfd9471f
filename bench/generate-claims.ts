// Fills a database with many synthetic claims, in SQL on the server (a million
// rows in seconds, no round trips). Used by bench/load.ts; reusable by any
// benchmark that needs volume: `generateClaims(sql, { claims: 1_000_000 })`.
//
// Shape: `documents` synthetic pages, one article each, claims spread evenly
// over the pages and over the indicators already in the `indicators` table
// (one in ten left without an indicator), dated across 2015–2025 so charts
// and time filters have something to chew. Every claim's start/end point into
// its page's text, as real ones do. Areas as a county paper's claims fall:
// six in ten 衢江区, two 衢州市, one 浙江省, one the other five counties of 衢州市
// (the peers view has peers); periods are months.
import type postgres from "postgres";

export interface GenerateOptions {
  claims: number;
  /** Synthetic pages to hang the claims on (default claims / 500). */
  documents?: number;
}

/** Synthetic indicators, used only when the catalogue gave the database none. */
const FALLBACK_INDICATORS = [
  ["bench.port_throughput", "港口吞吐量", "Port throughput", "port", "吨", "level"],
  ["bench.investment", "项目投资", "Project investment", "investment", "元", "level"],
  ["bench.dramas", "短剧数量", "Short dramas", "drama", "部", "cumulative"],
  ["bench.gdp_growth", "GDP增速", "GDP growth", "macro", "%", "change_pct"],
  ["bench.industry_output", "工业产值", "Industrial output", "industry", "元", "level"],
] as const;

const PAGE_TEXT = "本报讯 衢江区今年前三季度港口货物吞吐量达到1234万吨，同比增长12.5%，新签约项目32个，总投资达56亿元。";
const QUOTE = "港口货物吞吐量达到1234万吨";

export async function generateClaims(sql: postgres.Sql, options: GenerateOptions): Promise<{ claims: number; documents: number }> {
  const claims = Math.max(1, Math.floor(options.claims));
  const docs = Math.max(1, Math.floor(options.documents ?? Math.ceil(claims / 500)));
  const start = PAGE_TEXT.indexOf(QUOTE);
  const end = start + QUOTE.length;

  const [{ n }] = await sql<{ n: number }[]>`select count(*)::int as n from indicators`;
  if (n === 0) {
    for (const [id, zh, en, sector, unit, measure] of FALLBACK_INDICATORS) {
      await sql`insert into indicators (id, name_zh, name_en, sector, unit, measure)
                values (${id}, ${zh}, ${en}, ${sector}, ${unit}, ${measure}) on conflict do nothing`;
    }
  }

  await sql.begin(async (tx) => {
    await tx`
      insert into documents (content_hash, file_name, source, title, published_at, date_source,
                             raw_text, normalised_text, extractor_version)
      select 'bench-' || md5(random()::text || g), 'bench-' || g || '.txt', '今日衢江', '基准页面 ' || g,
             (date '2015-01-01' + (g * 4001 / ${docs}))::date, 'front_matter', ${PAGE_TEXT}, ${PAGE_TEXT}, 0
      from generate_series(0, ${docs - 1}) g`;
    await tx`
      insert into articles (document_id, seq, title, start, "end", published_at)
      select id, 0, title, 0, length(normalised_text), published_at
      from documents where content_hash like 'bench-%'`;
    await tx`create temporary table bench_docs on commit drop as
      select d.id as doc_id, a.id as art_id, d.published_at,
             (row_number() over (order by d.id) - 1)::int as i
      from documents d join articles a on a.document_id = d.id
      where d.content_hash like 'bench-%'`;
    await tx`create temporary table bench_ind on commit drop as
      select id, sector, unit, measure, (row_number() over (order by id) - 1)::int as i from indicators`;
    const [{ docCount }] = await tx<{ docCount: number }[]>`select count(*)::int as "docCount" from bench_docs`;
    const [{ indCount }] = await tx<{ indCount: number }[]>`select count(*)::int as "indCount" from bench_ind`;
    await tx`
      insert into claims (document_id, article_id, seq, quote, value, unit, qualifier, metric, subject, sector,
                          period, period_kind, period_source, area, area_code, area_source,
                          cumulative, status, start, "end", indicator_id, as_of)
      select d.doc_id, d.art_id, g / ${docCount}, ${QUOTE},
             round((random() * 1000)::numeric, 1)::float8,
             coalesce(i.unit, '个'),
             case when g % 7 = 0 then 'gt' when g % 11 = 0 then 'approx' else 'eq' end,
             '货物吞吐量', '衢江区',
             case when g % 10 = 0 then 'macro' else i.sector end,
             to_char(d.published_at, 'YYYY-MM'), 'month', 'sentence',
             case when g % 10 = 9 then (array['柯城区','常山县','开化县','龙游县','江山市'])[(g / 10) % 5 + 1]
                  else (array['衢江区','衢江区','衢江区','衢江区','衢江区','衢江区','衢州市','衢州市','浙江省'])[g % 10 + 1] end,
             case when g % 10 = 9 then (array['330802','330822','330824','330825','330881'])[(g / 10) % 5 + 1]
                  else (array['330803','330803','330803','330803','330803','330803','330800','330800','330000'])[g % 10 + 1] end,
             'sentence',
             i.measure = 'cumulative',
             case when g % 13 = 0 then 'plan' else 'reported' end,
             ${start}, ${end},
             case when g % 10 = 0 then null else i.id end,
             (date_trunc('month', d.published_at) + interval '1 month - 1 day')::date
      from generate_series(0, ${claims - 1}) g
      join bench_docs d on d.i = g % ${docCount}
      join bench_ind i on i.i = (g / ${docCount} + g) % ${indCount}`;
  });
  await sql`analyze documents`;
  await sql`analyze articles`;
  await sql`analyze claims`;
  return { claims, documents: docs };
}
