CREATE TYPE "public"."import_kind" AS ENUM('units', 'parks');--> statement-breakpoint
CREATE TYPE "public"."import_status" AS ENUM('queued', 'reading', 'committing', 'done', 'failed');--> statement-breakpoint
CREATE TABLE "import_job_errors" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"job_id" integer NOT NULL,
	"sheet" text NOT NULL,
	"row_number" integer NOT NULL,
	"column" text,
	"value" text,
	"message_zh" text NOT NULL,
	"message_en" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "import_jobs" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" "import_kind" NOT NULL,
	"file_name" text NOT NULL,
	"dry_run" boolean NOT NULL,
	"status" "import_status" DEFAULT 'queued' NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"bytes_total" bigint DEFAULT 0 NOT NULL,
	"bytes_read" bigint DEFAULT 0 NOT NULL,
	"rows_read" integer DEFAULT 0 NOT NULL,
	"rows_valid" integer DEFAULT 0 NOT NULL,
	"rows_rejected" integer DEFAULT 0 NOT NULL,
	"created" integer DEFAULT 0 NOT NULL,
	"updated" integer DEFAULT 0 NOT NULL,
	"unchanged" integer DEFAULT 0 NOT NULL,
	"failure" jsonb
);
--> statement-breakpoint
CREATE TABLE "import_staged_units" (
	"job_id" integer NOT NULL,
	"sheet" text NOT NULL,
	"row_number" integer NOT NULL,
	"park_id" integer NOT NULL,
	"building_code" text NOT NULL,
	"building_name" text,
	"code" text NOT NULL,
	"floor" integer,
	"area_m2" numeric(12, 2) NOT NULL,
	"use" "unit_use" NOT NULL,
	"cleanroom_grade" "cleanroom_grade" NOT NULL,
	"deal_type" "deal_type" NOT NULL,
	"rent_yuan_per_m2_month" numeric(10, 2),
	"sale_price_yuan_per_m2" numeric(12, 2),
	"floor_load_kn_per_m2" numeric(6, 2),
	"clear_height_m" numeric(5, 2),
	"power_kva" numeric(8, 1),
	"has_exhaust" boolean NOT NULL,
	"has_drainage" boolean NOT NULL,
	"status" "unit_status" NOT NULL,
	"tenant_enterprise_id" integer,
	"available_from" date,
	CONSTRAINT "import_staged_units_key_uq" UNIQUE("job_id","park_id","building_code","code")
);
--> statement-breakpoint
ALTER TABLE "import_job_errors" ADD CONSTRAINT "import_job_errors_job_id_import_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."import_jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_staged_units" ADD CONSTRAINT "import_staged_units_job_id_import_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."import_jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "import_job_errors_job_idx" ON "import_job_errors" USING btree ("job_id","row_number");--> statement-breakpoint
CREATE INDEX "import_jobs_created_by_idx" ON "import_jobs" USING btree ("created_by","created_at");