CREATE TABLE "series_points" (
	"indicator_id" text NOT NULL,
	"area_code" text NOT NULL,
	"freq" text NOT NULL,
	"as_of" date NOT NULL,
	"status" text NOT NULL,
	"entity" text NOT NULL,
	"claim_id" integer NOT NULL,
	"n" integer NOT NULL,
	"conflict" boolean NOT NULL,
	"value" double precision NOT NULL,
	"qualifier" text NOT NULL,
	"period" text,
	"area" text,
	"subject" text,
	"article_id" integer,
	"cumulative" boolean NOT NULL,
	"quote" text NOT NULL,
	"event_sum" double precision NOT NULL,
	"event_count" integer NOT NULL,
	"bound" boolean NOT NULL,
	CONSTRAINT "series_points_indicator_id_area_code_freq_as_of_status_entity_pk" PRIMARY KEY("indicator_id","area_code","freq","as_of","status","entity")
);
--> statement-breakpoint
CREATE INDEX "series_points_area_idx" ON "series_points" USING btree ("area_code","indicator_id","freq","as_of");