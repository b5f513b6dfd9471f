-- Editors' period corrections made before db/review/claims.ts kept the kind in step: the claim kept
-- the extractor's period_kind (a day moved to 2019-Q2 still charted as a day). Re-derive the kind
-- from the written period wherever the two disagree (YYYY-MM stays year to date when it was), and
-- say an editor dated the claims whose period differs from the extractor's. The claims triggers
-- move the affected points to their right series in this same statement.
UPDATE "claims" SET
  "period_kind" = claim_freq(NULL, "period"),
  "period_source" = CASE WHEN "original" IS NOT NULL AND "original"->>'period' IS DISTINCT FROM "period" THEN 'editor' ELSE "period_source" END,
  "period_cue" = CASE WHEN "original" IS NOT NULL AND "original"->>'period' IS DISTINCT FROM "period" THEN NULL ELSE "period_cue" END
WHERE "period" IS NOT NULL
  AND "period_kind" IS DISTINCT FROM claim_freq(NULL, "period")
  AND NOT ("period_kind" = 'ytd' AND "period" ~ '^[0-9]{4}-[0-9]{2}$');
