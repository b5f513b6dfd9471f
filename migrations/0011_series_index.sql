CREATE TABLE "series_index" (
	"indicator_id" text NOT NULL,
	"area_code" text NOT NULL,
	"freq" text NOT NULL,
	"entity" text NOT NULL,
	"area" text,
	"points" integer NOT NULL,
	"claims" integer NOT NULL,
	"first_as_of" date NOT NULL,
	"last_as_of" date NOT NULL,
	CONSTRAINT "series_index_indicator_id_area_code_freq_entity_pk" PRIMARY KEY("indicator_id","area_code","freq","entity")
);
--> statement-breakpoint
CREATE INDEX "series_index_area_idx" ON "series_index" USING btree ("area_code");