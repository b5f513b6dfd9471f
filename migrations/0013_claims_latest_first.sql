DROP INDEX IF EXISTS "claims_indicator_as_of_idx";--> statement-breakpoint
DROP INDEX IF EXISTS "claims_indicator_area_as_of_idx";--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "claims_indicator_area_table_idx" ON "claims" USING btree ("indicator_id","area_code",("status" = 'plan'),"as_of" DESC NULLS LAST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "claims_indicator_plans_idx" ON "claims" USING btree ("indicator_id","period" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE "claims"."status" = 'plan';--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "claims_indicator_table_idx" ON "claims" USING btree ("indicator_id",("status" = 'plan'),"as_of" DESC NULLS LAST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "claims_indicator_as_of_idx" ON "claims" USING btree ("indicator_id","as_of" DESC NULLS LAST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "claims_indicator_area_as_of_idx" ON "claims" USING btree ("indicator_id","area_code","as_of" DESC NULLS LAST,"id" DESC NULLS FIRST);