// migrations/0004_catalogue on a database written by the extractor before the
// catalogue of docs/claims.md: claims and editors' work under a retired id move
// to the id their words name, and nothing an editor did is lost.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runMigrations } from "@/db/migrate";
import { BACKENDS, createTestDatabase, migrationsBefore, query, type TestDatabase } from "./backends";

describe.each(BACKENDS)("the catalogue migration on %s", (backend) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(backend);
  });
  afterAll(async () => t?.drop());

  it("moves claims, originals and mappings off retired ids and keeps editors' work", async () => {
    const database = await t.open({ migrate: false });
    try {
      await runMigrations(database.db, migrationsBefore("0004_catalogue"));
      const exec = (s: string) => query(database, s);
      await exec(`insert into indicators (id, name_zh, name_en, sector, unit, measure, kind) values
        ('investment.projects_landed', '落地项目数', 'Projects landed', 'investment', '个', 'level', 'level'),
        ('investment.projects', '项目数', 'Projects', 'investment', '个', 'level', 'level'),
        ('industry.innovation_index', '科技创新指数', 'Innovation index', 'industry', 'index', 'level', 'level'),
        ('macro.gdp_growth', 'GDP增速', 'GDP growth', 'macro', '%', 'change_pct', 'rate')`);
      await exec(`insert into documents (content_hash, file_name, date_source, raw_text, normalised_text, extractor_version)
        values ('h1', 'a.txt', 'unknown', 't', 't', 3)`);
      const claim = (seq: number, quote: string, metric: string, indicator: string, review = "auto", original = "null") =>
        `(1, ${seq}, '${quote}', 7, '个', 'eq', '${metric}', 'investment', false, 'actual', 0, 1, '${indicator}', '${review}', ${original}::jsonb)`;
      await exec(`insert into claims (document_id, seq, quote, value, unit, qualifier, metric, sector, cumulative, status, start, "end", indicator_id, review_state, original) values
        ${claim(0, '新引进落地亿元以上项目7个', '引进项目', 'investment.projects_landed')},
        ${claim(1, '集中开工项目7个', '开工项目', 'investment.projects_landed')},
        ${claim(2, '落地项目7个', '落地项目', 'investment.projects_landed', 'corrected', `'{"value": 6, "indicatorId": "investment.projects_landed"}'`)},
        ${claim(3, '产业类项目7个', '产业类项目', 'investment.projects')},
        ${claim(4, '民生类项目7个', '民生类项目', 'investment.projects', 'corrected')},
        ${claim(5, '创新指数7个', '创新指数', 'industry.innovation_index')},
        ${claim(6, 'GDP增长7', 'GDP', 'macro.gdp_growth')}`);
      await exec(`insert into metric_mappings (metric, indicator_id, actor) values
        ('新开工项目', 'investment.projects_landed', '张三'), ('招引项目', 'investment.projects_landed', '李四'),
        ('创新指数', 'industry.innovation_index', '王五')`);

      expect(await runMigrations(database.db)).toBeGreaterThanOrEqual(1);

      const claims = await query<{ seq: number; indicator_id: string | null; review_state: string; original: { indicatorId?: string; value?: number } | null }>(
        database,
        "select seq, indicator_id, review_state, original from claims order by seq",
      );
      expect(claims.map((c) => c.indicator_id)).toEqual([
        "investment.projects_attracted",
        "investment.projects_started",
        "investment.projects_attracted",
        null, // the extractor's, no successor
        "investment.projects", // an editor's correction stays
        "industry.innovation_index", // an editor mapped its metric
        "macro.gdp_growth",
      ]);
      expect(claims[2].review_state).toBe("corrected");
      expect(claims[2].original).toEqual({ value: 6, indicatorId: "investment.projects_attracted" });

      const mappings = await query<{ metric: string; indicator_id: string; actor: string }>(
        database,
        "select metric, indicator_id, actor from metric_mappings order by metric",
      );
      expect(mappings).toEqual([
        { metric: "创新指数", indicator_id: "industry.innovation_index", actor: "王五" },
        { metric: "招引项目", indicator_id: "investment.projects_attracted", actor: "李四" },
        { metric: "新开工项目", indicator_id: "investment.projects_started", actor: "张三" },
      ]);
      const ids = (await query<{ id: string }>(database, "select id from indicators order by id")).map((r) => r.id);
      expect(ids).not.toContain("investment.projects_landed");
      expect(ids).toEqual(expect.arrayContaining(["investment.projects", "industry.innovation_index", "investment.projects_started"]));
      const scope = await query<{ scope: string }>(database, "select scope from indicators where id = 'macro.gdp_growth'");
      expect(scope[0].scope).toBe("area");
    } finally {
      await database.close();
    }
  });
});
