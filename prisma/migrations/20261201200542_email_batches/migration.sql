-- CreateEnum
CREATE TYPE "EmailBatchStatus" AS ENUM ('SENDING', 'SENT', 'SPLIT');

-- AlterTable
ALTER TABLE "email_message" ADD COLUMN     "batch_id" UUID;

-- CreateTable
CREATE TABLE "email_batch" (
    "id" UUID NOT NULL,
    "status" "EmailBatchStatus" NOT NULL DEFAULT 'SENDING',
    "lease_owner" TEXT,
    "lease_until" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMP(3),

    CONSTRAINT "email_batch_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "email_batch_status_lease_until_idx" ON "email_batch"("status", "lease_until");

-- CreateIndex
CREATE INDEX "email_message_batch_id_idx" ON "email_message"("batch_id");
