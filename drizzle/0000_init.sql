CREATE TYPE "public"."figure_comparator" AS ENUM('eq', 'at_least');--> statement-breakpoint
CREATE TYPE "public"."enterprise_status" AS ENUM('target', 'in_contact', 'settled', 'left');--> statement-breakpoint
CREATE TYPE "public"."user_role" AS ENUM('admin', 'officer', 'park_manager', 'enterprise');--> statement-breakpoint
CREATE TYPE "public"."cleanroom_grade" AS ENUM('none', 'gmp_d', 'gmp_c', 'gmp_b', 'gmp_a', 'iso_8', 'iso_7', 'iso_6', 'iso_5');--> statement-breakpoint
CREATE TYPE "public"."deal_type" AS ENUM('lease', 'sale');--> statement-breakpoint
CREATE TYPE "public"."park_kind" AS ENUM('park', 'centre', 'facility', 'platform');--> statement-breakpoint
CREATE TYPE "public"."unit_status" AS ENUM('available', 'reserved', 'leased', 'sold');--> statement-breakpoint
CREATE TYPE "public"."unit_use" AS ENUM('rd_lab', 'gmp_production', 'office', 'warehouse', 'land_parcel');--> statement-breakpoint
CREATE TABLE "plan_targets" (
	"code" text PRIMARY KEY NOT NULL,
	"scope_type" text NOT NULL,
	"scope_code" text NOT NULL,
	"metric" text NOT NULL,
	"target_value" numeric(20, 2) NOT NULL,
	"unit" text NOT NULL,
	"due_year" integer NOT NULL,
	"label_zh" text NOT NULL,
	"label_en" text NOT NULL,
	"source" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reference_figures" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "reference_figures_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_code" text NOT NULL,
	"metric" text NOT NULL,
	"value" numeric(20, 2) NOT NULL,
	"comparator" "figure_comparator" DEFAULT 'eq' NOT NULL,
	"unit" text NOT NULL,
	"as_of" text,
	"label_zh" text NOT NULL,
	"label_en" text NOT NULL,
	"source" text NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	CONSTRAINT "reference_figures_code_uq" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "directions" (
	"code" text PRIMARY KEY NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"source" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "industry_codes" (
	"code" text PRIMARY KEY NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"parent_code" text,
	"source" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enterprise_metrics" (
	"enterprise_id" integer NOT NULL,
	"year" integer NOT NULL,
	"operating_revenue_yuan" numeric(18, 2),
	"tax_yuan" numeric(18, 2),
	"rd_spend_yuan" numeric(18, 2),
	"output_value_yuan" numeric(18, 2),
	"employees" integer,
	"source" text NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	CONSTRAINT "enterprise_metrics_enterprise_id_year_pk" PRIMARY KEY("enterprise_id","year"),
	CONSTRAINT "metrics_year_range" CHECK ("enterprise_metrics"."year" BETWEEN 1949 AND 2100),
	CONSTRAINT "metrics_employees_nonneg" CHECK ("enterprise_metrics"."employees" IS NULL OR "enterprise_metrics"."employees" >= 0)
);
--> statement-breakpoint
CREATE TABLE "enterprises" (
	"id" serial PRIMARY KEY NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text,
	"uscc" char(18),
	"taiwan_ubn" char(8),
	"status" "enterprise_status" NOT NULL,
	"park_id" integer,
	"direction_code" text,
	"industry_code" text,
	"is_mah_holder" boolean DEFAULT false NOT NULL,
	"is_taiwan_funded" boolean DEFAULT false NOT NULL,
	"is_leading" boolean DEFAULT false NOT NULL,
	"is_backbone" boolean DEFAULT false NOT NULL,
	"is_high_tech" boolean DEFAULT false NOT NULL,
	"registered_capital_wan_yuan" numeric(14, 2),
	"founded_year" integer,
	"source" text NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enterprises_uscc_unique" UNIQUE("uscc"),
	CONSTRAINT "enterprises_capital_nonneg" CHECK ("enterprises"."registered_capital_wan_yuan" IS NULL OR "enterprises"."registered_capital_wan_yuan" >= 0)
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"ip" text,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "user_parks" (
	"user_id" integer NOT NULL,
	"park_id" integer NOT NULL,
	CONSTRAINT "user_parks_user_id_park_id_pk" PRIMARY KEY("user_id","park_id")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" serial PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"display_name" text NOT NULL,
	"role" "user_role" NOT NULL,
	"password_hash" text NOT NULL,
	"must_change_password" boolean DEFAULT false NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"disabled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_login_at" timestamp with time zone,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "blocks" (
	"id" serial PRIMARY KEY NOT NULL,
	"zone_id" integer NOT NULL,
	"code" text NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"division_code" char(6),
	"source" text NOT NULL,
	CONSTRAINT "blocks_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "buildings" (
	"id" serial PRIMARY KEY NOT NULL,
	"park_id" integer NOT NULL,
	"code" text NOT NULL,
	"name_zh" text NOT NULL,
	"floors" integer NOT NULL,
	"completion_year" integer,
	"gross_floor_area_m2" numeric(12, 2),
	"is_demo" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "buildings_park_code_uq" UNIQUE("park_id","code"),
	CONSTRAINT "buildings_floors_positive" CHECK ("buildings"."floors" > 0),
	CONSTRAINT "buildings_gfa_nonneg" CHECK ("buildings"."gross_floor_area_m2" IS NULL OR "buildings"."gross_floor_area_m2" >= 0)
);
--> statement-breakpoint
CREATE TABLE "divisions" (
	"code" char(6) PRIMARY KEY NOT NULL,
	"name_zh" text NOT NULL,
	"parent_code" char(6),
	"level" text NOT NULL,
	"source" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "parks" (
	"id" serial PRIMARY KEY NOT NULL,
	"zone_id" integer NOT NULL,
	"block_id" integer,
	"code" text NOT NULL,
	"kind" "park_kind" NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"division_code" char(6),
	"address" text,
	"lng" numeric(9, 6),
	"lat" numeric(9, 6),
	"location_note" text,
	"clusters" text[] DEFAULT '{}'::text[] NOT NULL,
	"facilities" text[] DEFAULT '{}'::text[] NOT NULL,
	"contact_name" text,
	"contact_phone" text,
	"contact_email" text,
	"description_zh" text,
	"opened_month" text,
	"source" text NOT NULL,
	"source_note" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer,
	CONSTRAINT "parks_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "unit_status_history" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"from_status" "unit_status",
	"to_status" "unit_status" NOT NULL,
	"area_m2" numeric(12, 2) NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"changed_by" integer
);
--> statement-breakpoint
CREATE TABLE "units" (
	"id" serial PRIMARY KEY NOT NULL,
	"building_id" integer NOT NULL,
	"code" text NOT NULL,
	"floor" integer,
	"area_m2" numeric(12, 2) NOT NULL,
	"use" "unit_use" NOT NULL,
	"cleanroom_grade" "cleanroom_grade" DEFAULT 'none' NOT NULL,
	"deal_type" "deal_type" NOT NULL,
	"rent_yuan_per_m2_month" numeric(10, 2),
	"sale_price_yuan_per_m2" numeric(12, 2),
	"floor_load_kn_per_m2" numeric(6, 2),
	"clear_height_m" numeric(5, 2),
	"power_kva" numeric(8, 1),
	"has_exhaust" boolean DEFAULT false NOT NULL,
	"has_drainage" boolean DEFAULT false NOT NULL,
	"status" "unit_status" DEFAULT 'available' NOT NULL,
	"tenant_enterprise_id" integer,
	"available_from" date,
	"is_demo" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "units_building_code_uq" UNIQUE("building_id","code"),
	CONSTRAINT "units_area_positive" CHECK ("units"."area_m2" > 0),
	CONSTRAINT "units_leased_has_tenant" CHECK ("units"."status" <> 'leased' OR "units"."tenant_enterprise_id" IS NOT NULL),
	CONSTRAINT "units_floor_load_nonneg" CHECK ("units"."floor_load_kn_per_m2" IS NULL OR "units"."floor_load_kn_per_m2" >= 0),
	CONSTRAINT "units_clear_height_nonneg" CHECK ("units"."clear_height_m" IS NULL OR "units"."clear_height_m" >= 0),
	CONSTRAINT "units_power_nonneg" CHECK ("units"."power_kva" IS NULL OR "units"."power_kva" >= 0),
	CONSTRAINT "units_rent_nonneg" CHECK ("units"."rent_yuan_per_m2_month" IS NULL OR "units"."rent_yuan_per_m2_month" >= 0),
	CONSTRAINT "units_sale_nonneg" CHECK ("units"."sale_price_yuan_per_m2" IS NULL OR "units"."sale_price_yuan_per_m2" >= 0)
);
--> statement-breakpoint
CREATE TABLE "zones" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"division_code" char(6),
	"established_month" text,
	"positioning_zh" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"source" text NOT NULL,
	"source_note" text,
	CONSTRAINT "zones_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" integer,
	"actor_role" text NOT NULL,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text,
	"before" jsonb,
	"after" jsonb,
	"ip" text,
	"request_id" text
);
--> statement-breakpoint
CREATE TABLE "app_meta" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "enterprise_metrics" ADD CONSTRAINT "enterprise_metrics_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprises" ADD CONSTRAINT "enterprises_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprises" ADD CONSTRAINT "enterprises_direction_code_directions_code_fk" FOREIGN KEY ("direction_code") REFERENCES "public"."directions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprises" ADD CONSTRAINT "enterprises_industry_code_industry_codes_code_fk" FOREIGN KEY ("industry_code") REFERENCES "public"."industry_codes"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_parks" ADD CONSTRAINT "user_parks_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_parks" ADD CONSTRAINT "user_parks_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "blocks" ADD CONSTRAINT "blocks_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "blocks" ADD CONSTRAINT "blocks_division_code_divisions_code_fk" FOREIGN KEY ("division_code") REFERENCES "public"."divisions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "buildings" ADD CONSTRAINT "buildings_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parks" ADD CONSTRAINT "parks_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parks" ADD CONSTRAINT "parks_block_id_blocks_id_fk" FOREIGN KEY ("block_id") REFERENCES "public"."blocks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parks" ADD CONSTRAINT "parks_division_code_divisions_code_fk" FOREIGN KEY ("division_code") REFERENCES "public"."divisions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_status_history" ADD CONSTRAINT "unit_status_history_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_building_id_buildings_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."buildings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zones" ADD CONSTRAINT "zones_division_code_divisions_code_fk" FOREIGN KEY ("division_code") REFERENCES "public"."divisions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "enterprises_park_idx" ON "enterprises" USING btree ("park_id");--> statement-breakpoint
CREATE INDEX "enterprises_status_idx" ON "enterprises" USING btree ("status");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "parks_zone_idx" ON "parks" USING btree ("zone_id");--> statement-breakpoint
CREATE INDEX "parks_block_idx" ON "parks" USING btree ("block_id");--> statement-breakpoint
CREATE INDEX "unit_status_history_unit_idx" ON "unit_status_history" USING btree ("unit_id","changed_at");--> statement-breakpoint
CREATE INDEX "units_status_idx" ON "units" USING btree ("status");--> statement-breakpoint
CREATE INDEX "units_building_idx" ON "units" USING btree ("building_id");--> statement-breakpoint
CREATE INDEX "audit_entity_idx" ON "audit_log" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "audit_at_idx" ON "audit_log" USING btree ("at");