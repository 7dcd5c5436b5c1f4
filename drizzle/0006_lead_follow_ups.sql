CREATE TYPE "public"."follow_up_kind" AS ENUM('call', 'visit', 'meeting', 'email', 'other');--> statement-breakpoint
ALTER TYPE "public"."lead_event_kind" ADD VALUE 'follow_up';--> statement-breakpoint
CREATE TABLE "lead_follow_ups" (
	"id" serial PRIMARY KEY NOT NULL,
	"lead_id" integer NOT NULL,
	"kind" "follow_up_kind" NOT NULL,
	"happened_at" timestamp with time zone NOT NULL,
	"summary" text NOT NULL,
	"attendees" text[] DEFAULT '{}'::text[] NOT NULL,
	"next_action" text,
	"next_action_on" date,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "contact_due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "contacted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "lead_follow_ups" ADD CONSTRAINT "lead_follow_ups_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_follow_ups" ADD CONSTRAINT "lead_follow_ups_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "lead_follow_ups_lead_idx" ON "lead_follow_ups" USING btree ("lead_id","happened_at");--> statement-breakpoint
CREATE INDEX "leads_due_idx" ON "leads" USING btree ("status","contact_due_at");