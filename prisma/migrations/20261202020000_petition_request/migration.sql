-- Issue 17: requests for a petition in a commune that has none, confirmed by email.
CREATE TABLE "petition_request" (
    "id" UUID NOT NULL,
    "insee_code" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "email_index" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "consented_at" TIMESTAMP(3) NOT NULL,
    "lang" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "confirmed_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "petition_request_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "petition_request_token_hash_key" ON "petition_request"("token_hash");
CREATE UNIQUE INDEX "petition_request_insee_code_email_index_key" ON "petition_request"("insee_code", "email_index");
CREATE INDEX "petition_request_confirmed_at_created_at_idx" ON "petition_request"("confirmed_at", "created_at");

ALTER TABLE "petition_request" ADD CONSTRAINT "petition_request_insee_code_fkey" FOREIGN KEY ("insee_code") REFERENCES "commune"("insee_code") ON DELETE RESTRICT ON UPDATE CASCADE;
