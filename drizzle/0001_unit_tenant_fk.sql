-- units.tenant_enterprise_id → enterprises.id, declared here rather than in the Drizzle table:
-- the enterprises module's tables import space's, and space's cannot import them back (no import cycles).
ALTER TABLE "units" ADD CONSTRAINT "units_tenant_enterprise_id_enterprises_id_fk"
  FOREIGN KEY ("tenant_enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE restrict;
--> statement-breakpoint
CREATE INDEX "units_tenant_idx" ON "units" USING btree ("tenant_enterprise_id");
