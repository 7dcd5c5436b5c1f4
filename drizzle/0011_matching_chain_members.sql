CREATE TABLE "chain_links" (
	"code" text PRIMARY KEY NOT NULL,
	"segment" integer NOT NULL,
	"position" integer NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"industry_prefixes" text[] DEFAULT '{}'::text[] NOT NULL,
	"source" text NOT NULL,
	CONSTRAINT "chain_links_segment" CHECK ("chain_links"."segment" BETWEEN 1 AND 3)
);
--> statement-breakpoint
CREATE TABLE "enterprise_members" (
	"user_id" integer PRIMARY KEY NOT NULL,
	"enterprise_id" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lead_matches" (
	"id" serial PRIMARY KEY NOT NULL,
	"lead_id" integer NOT NULL,
	"demand" jsonb NOT NULL,
	"result" jsonb NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "enterprises" ADD COLUMN "chain_link_code" text;--> statement-breakpoint
ALTER TABLE "enterprise_members" ADD CONSTRAINT "enterprise_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_members" ADD CONSTRAINT "enterprise_members_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_matches" ADD CONSTRAINT "lead_matches_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_matches" ADD CONSTRAINT "lead_matches_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "enterprise_members_enterprise_idx" ON "enterprise_members" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "lead_matches_lead_idx" ON "lead_matches" USING btree ("lead_id","id");--> statement-breakpoint
ALTER TABLE "enterprises" ADD CONSTRAINT "enterprises_chain_link_code_chain_links_code_fk" FOREIGN KEY ("chain_link_code") REFERENCES "public"."chain_links"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "enterprises_chain_link_idx" ON "enterprises" USING btree ("chain_link_code");--> statement-breakpoint
ALTER TABLE "policy_matches" DROP COLUMN "amount_yuan";