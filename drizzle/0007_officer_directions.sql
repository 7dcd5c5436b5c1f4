CREATE TABLE "officer_directions" (
	"user_id" integer NOT NULL,
	"direction_code" text NOT NULL,
	CONSTRAINT "officer_directions_user_id_direction_code_pk" PRIMARY KEY("user_id","direction_code")
);
--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "assigned_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "officer_directions" ADD CONSTRAINT "officer_directions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "officer_directions" ADD CONSTRAINT "officer_directions_direction_code_directions_code_fk" FOREIGN KEY ("direction_code") REFERENCES "public"."directions"("code") ON DELETE cascade ON UPDATE no action;