CREATE TABLE "conflict_groups" (
	"indicator_id" text NOT NULL,
	"subject" text NOT NULL,
	"period" text NOT NULL,
	"unit" text NOT NULL,
	"n" integer NOT NULL,
	"open" boolean NOT NULL,
	CONSTRAINT "conflict_groups_indicator_id_subject_period_unit_pk" PRIMARY KEY("indicator_id","subject","period","unit")
);
--> statement-breakpoint
CREATE INDEX "claims_indicator_period_idx" ON "claims" USING btree ("indicator_id","period");