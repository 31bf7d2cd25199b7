-- CreateEnum
CREATE TYPE "EmailStatus" AS ENUM ('QUEUED', 'SENT', 'OUTBOX');

-- CreateTable
CREATE TABLE "email_message" (
    "id" UUID NOT NULL,
    "idempotency_key" TEXT NOT NULL,
    "template" TEXT NOT NULL,
    "lang" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "recipient_index" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "status" "EmailStatus" NOT NULL DEFAULT 'QUEUED',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "provider_id" TEXT,
    "last_error" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMP(3),

    CONSTRAINT "email_message_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "email_message_idempotency_key_key" ON "email_message"("idempotency_key");

-- CreateIndex
CREATE INDEX "email_message_recipient_index_idx" ON "email_message"("recipient_index");

-- CreateIndex
CREATE INDEX "email_message_created_at_idx" ON "email_message"("created_at");
