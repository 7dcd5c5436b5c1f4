CREATE TYPE "public"."stage_outcome" AS ENUM('open', 'signed', 'lost');--> statement-breakpoint
CREATE TABLE "pipeline_stages" (
	"pipeline_code" text NOT NULL,
	"code" text NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"position" integer NOT NULL,
	"outcome" "stage_outcome" NOT NULL,
	"requires_amount" boolean DEFAULT false NOT NULL,
	"requires_reason" boolean DEFAULT false NOT NULL,
	CONSTRAINT "pipeline_stages_pipeline_code_code_pk" PRIMARY KEY("pipeline_code","code")
);
--> statement-breakpoint
CREATE TABLE "pipeline_transitions" (
	"pipeline_code" text NOT NULL,
	"from_stage" text NOT NULL,
	"to_stage" text NOT NULL,
	CONSTRAINT "pipeline_transitions_pipeline_code_from_stage_to_stage_pk" PRIMARY KEY("pipeline_code","from_stage","to_stage")
);
--> statement-breakpoint
CREATE TABLE "pipelines" (
	"code" text PRIMARY KEY NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_stage_changes" (
	"id" serial PRIMARY KEY NOT NULL,
	"project_id" integer NOT NULL,
	"from_stage" text,
	"to_stage" text NOT NULL,
	"changed_by" integer,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"id" serial PRIMARY KEY NOT NULL,
	"pipeline_code" text NOT NULL,
	"stage_code" text NOT NULL,
	"lead_id" integer,
	"name" text NOT NULL,
	"company_name" text NOT NULL,
	"officer_id" integer,
	"direction_code" text,
	"planned_investment_wan" numeric(14, 2),
	"signed_amount_wan" numeric(14, 2),
	"signing_event_id" integer,
	"signed_on" date,
	"lost_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "projects_lead_uq" UNIQUE("lead_id"),
	CONSTRAINT "projects_planned_nonneg" CHECK ("projects"."planned_investment_wan" IS NULL OR "projects"."planned_investment_wan" >= 0),
	CONSTRAINT "projects_signed_nonneg" CHECK ("projects"."signed_amount_wan" IS NULL OR "projects"."signed_amount_wan" >= 0)
);
--> statement-breakpoint
CREATE TABLE "signing_events" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"held_on" date NOT NULL,
	"place" text,
	"zone_id" integer,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "pipeline_stages" ADD CONSTRAINT "pipeline_stages_pipeline_code_pipelines_code_fk" FOREIGN KEY ("pipeline_code") REFERENCES "public"."pipelines"("code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pipeline_transitions" ADD CONSTRAINT "pipeline_transitions_pipeline_code_pipelines_code_fk" FOREIGN KEY ("pipeline_code") REFERENCES "public"."pipelines"("code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_stage_changes" ADD CONSTRAINT "project_stage_changes_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_stage_changes" ADD CONSTRAINT "project_stage_changes_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_pipeline_code_pipelines_code_fk" FOREIGN KEY ("pipeline_code") REFERENCES "public"."pipelines"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_officer_id_users_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_direction_code_directions_code_fk" FOREIGN KEY ("direction_code") REFERENCES "public"."directions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_signing_event_id_signing_events_id_fk" FOREIGN KEY ("signing_event_id") REFERENCES "public"."signing_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signing_events" ADD CONSTRAINT "signing_events_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signing_events" ADD CONSTRAINT "signing_events_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "project_stage_changes_project_idx" ON "project_stage_changes" USING btree ("project_id","id");--> statement-breakpoint
CREATE INDEX "projects_board_idx" ON "projects" USING btree ("pipeline_code","stage_code");--> statement-breakpoint
CREATE INDEX "projects_signing_idx" ON "projects" USING btree ("signing_event_id");