-- A document request can be linked to the legal action its refusal led to (issue 14).
ALTER TABLE "document_request" ADD COLUMN "legal_action_id" UUID;

-- CreateIndex
CREATE INDEX "document_request_legal_action_id_idx" ON "document_request"("legal_action_id");

-- AddForeignKey
ALTER TABLE "document_request" ADD CONSTRAINT "document_request_legal_action_id_fkey" FOREIGN KEY ("legal_action_id") REFERENCES "legal_action"("id") ON DELETE SET NULL ON UPDATE CASCADE;
