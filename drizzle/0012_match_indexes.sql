DROP INDEX "enterprises_chain_link_idx";--> statement-breakpoint
CREATE INDEX "enterprises_direction_settled_idx" ON "enterprises" USING btree ("direction_code","status","park_id");--> statement-breakpoint
CREATE INDEX "enterprises_chain_link_idx" ON "enterprises" USING btree ("chain_link_code","status");