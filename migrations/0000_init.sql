CREATE TABLE "articles" (
	"id" serial PRIMARY KEY NOT NULL,
	"document_id" integer NOT NULL,
	"seq" integer NOT NULL,
	"title" text NOT NULL,
	"start" integer NOT NULL,
	"end" integer NOT NULL,
	"published_at" date
);
--> statement-breakpoint
CREATE TABLE "claims" (
	"id" serial PRIMARY KEY NOT NULL,
	"document_id" integer NOT NULL,
	"article_id" integer,
	"seq" integer NOT NULL,
	"quote" text NOT NULL,
	"value" double precision NOT NULL,
	"unit" text NOT NULL,
	"qualifier" text NOT NULL,
	"metric" text NOT NULL,
	"subject" text,
	"sector" text NOT NULL,
	"period" text,
	"cumulative" boolean NOT NULL,
	"status" text NOT NULL,
	"start" integer NOT NULL,
	"end" integer NOT NULL,
	"indicator_id" text,
	"as_of" date,
	"review_state" text DEFAULT 'auto' NOT NULL,
	"original" jsonb,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" serial PRIMARY KEY NOT NULL,
	"content_hash" text NOT NULL,
	"file_name" text NOT NULL,
	"source_url" text,
	"source" text,
	"title" text,
	"published_at" date,
	"date_source" text NOT NULL,
	"raw_text" text NOT NULL,
	"normalised_text" text NOT NULL,
	"extractor_version" integer NOT NULL,
	"ingested_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"id" text PRIMARY KEY NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"sector" text NOT NULL,
	"unit" text NOT NULL,
	"measure" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "articles_document_seq_idx" ON "articles" USING btree ("document_id","seq");--> statement-breakpoint
CREATE INDEX "claims_indicator_as_of_idx" ON "claims" USING btree ("indicator_id","as_of");--> statement-breakpoint
CREATE INDEX "claims_sector_as_of_idx" ON "claims" USING btree ("sector","as_of");--> statement-breakpoint
CREATE INDEX "claims_document_idx" ON "claims" USING btree ("document_id");--> statement-breakpoint
CREATE INDEX "claims_article_idx" ON "claims" USING btree ("article_id");--> statement-breakpoint
CREATE UNIQUE INDEX "documents_content_hash_idx" ON "documents" USING btree ("content_hash");