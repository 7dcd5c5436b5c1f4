ALTER TYPE "public"."lead_event_kind" ADD VALUE 'personal_data_exported';--> statement-breakpoint
ALTER TYPE "public"."lead_event_kind" ADD VALUE 'erased';--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "erased_at" timestamp with time zone;