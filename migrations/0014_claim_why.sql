ALTER TABLE "claims" ADD COLUMN "indicator_source" text;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "indicator_cue" text;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "status_cue" text;