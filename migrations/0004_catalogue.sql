ALTER TABLE "indicators" ADD COLUMN "scope" text DEFAULT 'area' NOT NULL;--> statement-breakpoint
-- The catalogue of docs/claims.md replaced the extractor's own list (extract/catalogue.ts, RETIRED_IDS).
-- investment.projects_landed counted projects attracted and projects started alike: its claims and the
-- editors' metric mappings to it go to the one their words name. The new ids are inserted here so the
-- claims may point at them; the app fills in the rest of the catalogue at start (ensureIndicators).
INSERT INTO "indicators" ("id", "name_zh", "name_en", "sector", "unit", "measure", "kind", "scope")
SELECT v.* FROM (VALUES
  ('investment.projects_attracted', '招引落地项目数', 'Projects attracted', 'investment', '个', 'level', 'level', 'area'),
  ('investment.projects_started', '开工项目数', 'Projects started', 'investment', '个', 'level', 'event', 'area')
) AS v(id, name_zh, name_en, sector, unit, measure, kind, scope)
-- only where the retired id is stored: an empty database stays empty (import restores into empty ones only)
WHERE EXISTS (SELECT 1 FROM "indicators" WHERE "id" = 'investment.projects_landed')
ON CONFLICT ("id") DO NOTHING;
--> statement-breakpoint
UPDATE "claims" SET "indicator_id" = CASE WHEN "metric" LIKE '%开工%' OR "quote" LIKE '%开工%'
  THEN 'investment.projects_started' ELSE 'investment.projects_attracted' END
WHERE "indicator_id" = 'investment.projects_landed';
--> statement-breakpoint
-- What the extractor said before an editor's change: restoring it must land on an id that exists.
UPDATE "claims" SET "original" = jsonb_set("original", '{indicatorId}', to_jsonb(CASE WHEN "metric" LIKE '%开工%' OR "quote" LIKE '%开工%'
  THEN 'investment.projects_started' ELSE 'investment.projects_attracted' END))
WHERE "original"->>'indicatorId' = 'investment.projects_landed';
--> statement-breakpoint
UPDATE "metric_mappings" SET "indicator_id" = CASE WHEN "metric" LIKE '%开工%'
  THEN 'investment.projects_started' ELSE 'investment.projects_attracted' END
WHERE "indicator_id" = 'investment.projects_landed';
--> statement-breakpoint
DELETE FROM "indicators" WHERE "id" = 'investment.projects_landed';
--> statement-breakpoint
-- investment.projects and industry.innovation_index have no successor. The extractor's claims there
-- lose them (re-extraction decides anew); what an editor set or mapped keeps its indicator, which then
-- stays as an editor-made one.
UPDATE "claims" SET "indicator_id" = NULL
WHERE "indicator_id" IN ('investment.projects', 'industry.innovation_index') AND "review_state" = 'auto'
  AND "metric" NOT IN (SELECT "metric" FROM "metric_mappings");
--> statement-breakpoint
UPDATE "claims" SET "original" = jsonb_set("original", '{indicatorId}', 'null'::jsonb)
WHERE "original"->>'indicatorId' IN ('investment.projects', 'industry.innovation_index');
--> statement-breakpoint
DELETE FROM "indicators" i WHERE i."id" IN ('investment.projects', 'industry.innovation_index')
  AND NOT EXISTS (SELECT 1 FROM "metric_mappings" m WHERE m."indicator_id" = i."id")
  AND NOT EXISTS (SELECT 1 FROM "claims" c WHERE c."indicator_id" = i."id");
