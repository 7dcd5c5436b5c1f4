CREATE TYPE "public"."lead_close_reason" AS ENUM('no_response', 'not_qualified', 'no_suitable_space', 'chose_elsewhere', 'duplicate', 'other');--> statement-breakpoint
ALTER TYPE "public"."lead_event_kind" ADD VALUE 'closed';--> statement-breakpoint
ALTER TYPE "public"."lead_event_kind" ADD VALUE 'reopened';--> statement-breakpoint
CREATE TABLE "org_units" (
	"code" text PRIMARY KEY NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "org_unit_code" text;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "closed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "close_reason" "lead_close_reason";--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "close_note" text;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "signed_unit_code" text;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_org_unit_code_org_units_code_fk" FOREIGN KEY ("org_unit_code") REFERENCES "public"."org_units"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_signed_unit_code_org_units_code_fk" FOREIGN KEY ("signed_unit_code") REFERENCES "public"."org_units"("code") ON DELETE no action ON UPDATE no action;