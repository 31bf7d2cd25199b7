-- CreateIndex
CREATE INDEX "signature_tallied_confirmed_at_idx" ON "signature"("tallied", "confirmed_at");
