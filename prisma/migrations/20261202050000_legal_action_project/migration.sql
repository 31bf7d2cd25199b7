-- A legal action names the published project it targets by reference (an organizer picks it
-- from a list) instead of by the address of its page, which changed when a project was renamed
-- or merged and was matched by substring.
ALTER TABLE "legal_action" ADD COLUMN "report_id" UUID;
ALTER TABLE "legal_action" ADD CONSTRAINT "legal_action_report_id_fkey"
  FOREIGN KEY ("report_id") REFERENCES "report"("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "legal_action_report_id_idx" ON "legal_action"("report_id");

-- Addresses of a project page (/projets/<slug>, or the older …projet-<id>) become the reference.
UPDATE "legal_action" AS l SET "report_id" = r."id"
FROM "report" AS r
WHERE l."report_url" IS NOT NULL
  AND ((r."slug" IS NOT NULL AND l."report_url" LIKE '%/projets/' || r."slug" || '%') OR l."report_url" LIKE '%projet-' || r."id"::text || '%');

-- Any other address is kept, as a document of the action.
UPDATE "legal_action"
SET "documents" = "documents" || jsonb_build_array(jsonb_build_object('label', 'Rapport', 'url', "report_url"))
WHERE "report_url" IS NOT NULL AND "report_id" IS NULL;

ALTER TABLE "legal_action" DROP COLUMN "report_url";
