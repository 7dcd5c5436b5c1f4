CREATE TYPE "public"."lead_event_kind" AS ENUM('submitted', 'merged', 'assigned', 'contact_revealed');--> statement-breakpoint
CREATE TYPE "public"."lead_status" AS ENUM('new', 'contacted', 'qualified', 'closed');--> statement-breakpoint
CREATE TYPE "public"."lead_timeline" AS ENUM('within_3_months', 'within_6_months', 'within_12_months', 'later');--> statement-breakpoint
CREATE TABLE "lead_events" (
	"id" serial PRIMARY KEY NOT NULL,
	"lead_id" integer NOT NULL,
	"kind" "lead_event_kind" NOT NULL,
	"actor_user_id" integer,
	"detail" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "leads" (
	"id" serial PRIMARY KEY NOT NULL,
	"reference" text NOT NULL,
	"status" "lead_status" DEFAULT 'new' NOT NULL,
	"company_name" text NOT NULL,
	"company_key" text NOT NULL,
	"uscc" text,
	"taiwan_ubn" text,
	"contact_name" text NOT NULL,
	"phone_e164" text NOT NULL,
	"email" text,
	"direction_code" text,
	"chain_link" text,
	"intended_use" "unit_use",
	"area_m2" numeric(12, 2),
	"investment_wan" numeric(14, 2),
	"annual_tax_wan" numeric(14, 2),
	"timeline" "lead_timeline",
	"needs" text,
	"preferred_zone_id" integer,
	"preferred_park_id" integer,
	"consent_version" text NOT NULL,
	"consented_at" timestamp with time zone NOT NULL,
	"lang" text NOT NULL,
	"assigned_to" integer,
	"submission_count" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "leads_reference_unique" UNIQUE("reference"),
	CONSTRAINT "leads_area_nonneg" CHECK ("leads"."area_m2" IS NULL OR "leads"."area_m2" >= 0),
	CONSTRAINT "leads_investment_nonneg" CHECK ("leads"."investment_wan" IS NULL OR "leads"."investment_wan" >= 0),
	CONSTRAINT "leads_tax_nonneg" CHECK ("leads"."annual_tax_wan" IS NULL OR "leads"."annual_tax_wan" >= 0)
);
--> statement-breakpoint
ALTER TABLE "lead_events" ADD CONSTRAINT "lead_events_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_events" ADD CONSTRAINT "lead_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_direction_code_directions_code_fk" FOREIGN KEY ("direction_code") REFERENCES "public"."directions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_preferred_zone_id_zones_id_fk" FOREIGN KEY ("preferred_zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_preferred_park_id_parks_id_fk" FOREIGN KEY ("preferred_park_id") REFERENCES "public"."parks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_assigned_to_users_id_fk" FOREIGN KEY ("assigned_to") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "lead_events_lead_idx" ON "lead_events" USING btree ("lead_id","id");--> statement-breakpoint
CREATE INDEX "leads_duplicate_idx" ON "leads" USING btree ("phone_e164","company_key","created_at");--> statement-breakpoint
CREATE INDEX "leads_assigned_idx" ON "leads" USING btree ("assigned_to","status");