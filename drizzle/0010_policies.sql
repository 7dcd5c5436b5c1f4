CREATE TYPE "public"."match_run_status" AS ENUM('running', 'done', 'failed');--> statement-breakpoint
CREATE TYPE "public"."policy_level" AS ENUM('national', 'provincial', 'municipal', 'district', 'zone');--> statement-breakpoint
CREATE TYPE "public"."policy_status" AS ENUM('draft', 'published', 'expired');--> statement-breakpoint
CREATE TABLE "policies" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"title_zh" text NOT NULL,
	"title_en" text NOT NULL,
	"issuer_zh" text NOT NULL,
	"issuer_en" text NOT NULL,
	"level" "policy_level" NOT NULL,
	"doc_number" text,
	"valid_from" date,
	"valid_to" date,
	"status" "policy_status" DEFAULT 'draft' NOT NULL,
	"summary_zh" text,
	"summary_en" text,
	"full_text" text,
	"rule" jsonb NOT NULL,
	"benefits" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"source" text NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"published_at" timestamp with time zone,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "policies_code_uq" UNIQUE("code"),
	CONSTRAINT "policies_validity_order" CHECK ("policies"."valid_to" IS NULL OR "policies"."valid_from" IS NULL OR "policies"."valid_to" >= "policies"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "policy_match_runs" (
	"id" serial PRIMARY KEY NOT NULL,
	"policy_id" integer NOT NULL,
	"policy_version" integer NOT NULL,
	"status" "match_run_status" DEFAULT 'running' NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"evaluated" integer DEFAULT 0 NOT NULL,
	"eligible" integer DEFAULT 0 NOT NULL,
	"near_miss" integer DEFAULT 0 NOT NULL,
	"notified" integer DEFAULT 0 NOT NULL,
	"cursor" integer DEFAULT 0 NOT NULL,
	"error" text,
	"started_by" integer,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"duration_ms" integer,
	CONSTRAINT "policy_match_runs_version_uq" UNIQUE("policy_id","policy_version")
);
--> statement-breakpoint
CREATE TABLE "policy_matches" (
	"policy_id" integer NOT NULL,
	"policy_version" integer NOT NULL,
	"enterprise_id" integer NOT NULL,
	"run_id" integer NOT NULL,
	"amount_yuan" numeric(16, 2),
	"matched_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "policy_matches_policy_id_policy_version_enterprise_id_pk" PRIMARY KEY("policy_id","policy_version","enterprise_id")
);
--> statement-breakpoint
CREATE TABLE "policy_zones" (
	"policy_id" integer NOT NULL,
	"zone_id" integer NOT NULL,
	CONSTRAINT "policy_zones_policy_id_zone_id_pk" PRIMARY KEY("policy_id","zone_id")
);
--> statement-breakpoint
ALTER TABLE "enterprises" ADD COLUMN "settled_on" date;--> statement-breakpoint
ALTER TABLE "policies" ADD CONSTRAINT "policies_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_match_runs" ADD CONSTRAINT "policy_match_runs_policy_id_policies_id_fk" FOREIGN KEY ("policy_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_match_runs" ADD CONSTRAINT "policy_match_runs_started_by_users_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_matches" ADD CONSTRAINT "policy_matches_policy_id_policies_id_fk" FOREIGN KEY ("policy_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_matches" ADD CONSTRAINT "policy_matches_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_matches" ADD CONSTRAINT "policy_matches_run_id_policy_match_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."policy_match_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_zones" ADD CONSTRAINT "policy_zones_policy_id_policies_id_fk" FOREIGN KEY ("policy_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_zones" ADD CONSTRAINT "policy_zones_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "policies_status_idx" ON "policies" USING btree ("status");--> statement-breakpoint
CREATE INDEX "policy_match_runs_policy_idx" ON "policy_match_runs" USING btree ("policy_id","id");--> statement-breakpoint
CREATE INDEX "policy_matches_enterprise_idx" ON "policy_matches" USING btree ("enterprise_id");