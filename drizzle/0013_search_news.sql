CREATE TYPE "public"."news_kind" AS ENUM('news', 'event', 'notice');--> statement-breakpoint
CREATE TABLE "news_items" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" "news_kind" NOT NULL,
	"title_zh" text NOT NULL,
	"summary_zh" text DEFAULT '' NOT NULL,
	"body_zh" text DEFAULT '' NOT NULL,
	"published_on" date NOT NULL,
	"event_starts_on" date,
	"event_ends_on" date,
	"location" text,
	"zone_id" integer,
	"source" text NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "news_items_event_dates" CHECK ("news_items"."event_ends_on" IS NULL OR "news_items"."event_starts_on" IS NULL OR "news_items"."event_ends_on" >= "news_items"."event_starts_on")
);
--> statement-breakpoint
CREATE TABLE "search_documents" (
	"type" text NOT NULL,
	"entity_id" integer NOT NULL,
	"title" text NOT NULL,
	"subtitle" text,
	"url" text NOT NULL,
	"audience" text NOT NULL,
	"name_key" text NOT NULL,
	"excerpt" text DEFAULT '' NOT NULL,
	"document" "tsvector" NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "search_documents_type_entity_id_pk" PRIMARY KEY("type","entity_id"),
	CONSTRAINT "search_documents_type_known" CHECK ("search_documents"."type" IN ('park', 'building', 'unit', 'enterprise', 'policy', 'news', 'lead', 'project')),
	CONSTRAINT "search_documents_audience_known" CHECK ("search_documents"."audience" IN ('public', 'staff'))
);
--> statement-breakpoint
ALTER TABLE "news_items" ADD CONSTRAINT "news_items_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "news_items_published_idx" ON "news_items" USING btree ("published_on");--> statement-breakpoint
CREATE INDEX "search_documents_document_idx" ON "search_documents" USING gin ("document");--> statement-breakpoint
CREATE INDEX "search_documents_name_key_idx" ON "search_documents" USING btree ("name_key" text_pattern_ops);