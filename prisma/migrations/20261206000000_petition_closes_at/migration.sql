-- An optional closing date (issue 28): the worker closes the petition then, and signatures made
-- before it can still be confirmed during the grace period (app/modules/petitions/closing.server.ts).
ALTER TABLE "petition" ADD COLUMN "closes_at" TIMESTAMP(3);
CREATE INDEX "petition_status_closes_at_idx" ON "petition"("status", "closes_at");
