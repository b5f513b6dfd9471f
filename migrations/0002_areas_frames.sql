ALTER TABLE "claims" ADD COLUMN "period_kind" text;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "period_source" text;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "period_cue" text;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "area" text;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "area_code" text;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "area_source" text;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "area_cue" text;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "breakdown" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "fetched_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "kind" text DEFAULT 'level' NOT NULL;--> statement-breakpoint
CREATE INDEX "claims_indicator_area_as_of_idx" ON "claims" USING btree ("indicator_id","area_code","as_of");