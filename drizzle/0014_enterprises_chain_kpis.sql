CREATE TYPE "public"."milestone_kind" AS ENUM('approval', 'clinical_trial', 'pdx_models', 'platform', 'product', 'funding', 'award');--> statement-breakpoint
CREATE TYPE "public"."lead_origin" AS ENUM('form', 'target_list');--> statement-breakpoint
CREATE TABLE "metric_rollups" (
	"metric" text NOT NULL,
	"year" integer NOT NULL,
	"scope_type" text NOT NULL,
	"scope_code" text NOT NULL,
	"direction_code" text DEFAULT '' NOT NULL,
	"value" numeric(22, 2) NOT NULL,
	"enterprise_count" integer NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "metric_rollups_metric_scope_type_scope_code_direction_code_year_pk" PRIMARY KEY("metric","scope_type","scope_code","direction_code","year")
);
--> statement-breakpoint
CREATE TABLE "enterprise_milestones" (
	"id" serial PRIMARY KEY NOT NULL,
	"enterprise_id" integer NOT NULL,
	"kind" "milestone_kind" NOT NULL,
	"title" text NOT NULL,
	"stage" text,
	"quantity" numeric(18, 2),
	"occurred_on" date,
	"source" text NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "milestones_quantity_nonneg" CHECK ("enterprise_milestones"."quantity" IS NULL OR "enterprise_milestones"."quantity" >= 0)
);
--> statement-breakpoint
CREATE TABLE "target_list_items" (
	"list_id" integer NOT NULL,
	"enterprise_id" integer NOT NULL,
	"lead_id" integer,
	"score_when_added" numeric(6, 2),
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "target_list_items_list_id_enterprise_id_pk" PRIMARY KEY("list_id","enterprise_id")
);
--> statement-breakpoint
CREATE TABLE "target_lists" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"owner_id" integer NOT NULL,
	"chain_link_code" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "target_score_factors" (
	"code" text PRIMARY KEY NOT NULL,
	"weight" numeric(6, 2) NOT NULL,
	"position" integer NOT NULL,
	"label_zh" text NOT NULL,
	"label_en" text NOT NULL,
	"source" text NOT NULL,
	CONSTRAINT "target_score_factors_weight" CHECK ("target_score_factors"."weight" >= 0)
);
--> statement-breakpoint
CREATE TABLE "target_scores" (
	"enterprise_id" integer PRIMARY KEY NOT NULL,
	"chain_link_code" text,
	"revenue_growth" numeric(5, 4) NOT NULL,
	"rd_growth" numeric(5, 4) NOT NULL,
	"approvals" numeric(5, 4) NOT NULL,
	"funding" numeric(5, 4) NOT NULL,
	"chain_gap" numeric(5, 4) NOT NULL,
	"taiwan_link" numeric(5, 4) NOT NULL,
	"score" numeric(6, 2) NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "leads" ALTER COLUMN "consent_version" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "leads" ALTER COLUMN "consented_at" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "plan_targets" ADD COLUMN "direction_code" text;--> statement-breakpoint
ALTER TABLE "plan_targets" ADD COLUMN "is_reference" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "plan_targets" ADD COLUMN "created_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "chain_links" ADD COLUMN "direction_codes" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "enterprises" ADD COLUMN "unit_id" integer;--> statement-breakpoint
ALTER TABLE "enterprises" ADD COLUMN "division_code" char(6);--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "origin" "lead_origin" DEFAULT 'form' NOT NULL;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "enterprise_id" integer;--> statement-breakpoint
ALTER TABLE "enterprise_milestones" ADD CONSTRAINT "enterprise_milestones_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_list_items" ADD CONSTRAINT "target_list_items_list_id_target_lists_id_fk" FOREIGN KEY ("list_id") REFERENCES "public"."target_lists"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_list_items" ADD CONSTRAINT "target_list_items_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_list_items" ADD CONSTRAINT "target_list_items_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_lists" ADD CONSTRAINT "target_lists_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_scores" ADD CONSTRAINT "target_scores_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "metric_rollups_year_idx" ON "metric_rollups" USING btree ("year","metric");--> statement-breakpoint
CREATE INDEX "enterprise_milestones_enterprise_idx" ON "enterprise_milestones" USING btree ("enterprise_id","occurred_on");--> statement-breakpoint
CREATE INDEX "target_lists_owner_idx" ON "target_lists" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "target_scores_score_idx" ON "target_scores" USING btree ("score" DESC,"enterprise_id");--> statement-breakpoint
CREATE INDEX "target_scores_link_score_idx" ON "target_scores" USING btree ("chain_link_code","score" DESC,"enterprise_id");--> statement-breakpoint
ALTER TABLE "enterprises" ADD CONSTRAINT "enterprises_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "enterprises_division_idx" ON "enterprises" USING btree ("division_code");--> statement-breakpoint
CREATE INDEX "leads_enterprise_idx" ON "leads" USING btree ("enterprise_id");--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_form_consent" CHECK ("leads"."origin" <> 'form' OR ("leads"."consent_version" IS NOT NULL AND "leads"."consented_at" IS NOT NULL));