CREATE INDEX "claims_area_as_of_idx" ON "claims" USING btree ("area_code","as_of","id");--> statement-breakpoint
CREATE INDEX "claims_as_of_idx" ON "claims" USING btree ("as_of","id");