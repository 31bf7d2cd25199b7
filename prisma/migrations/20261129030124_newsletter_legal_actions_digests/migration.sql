-- CreateEnum
CREATE TYPE "SubscriberStatus" AS ENUM ('PENDING', 'CONFIRMED', 'UNSUBSCRIBED', 'BOUNCED', 'COMPLAINED');

-- CreateEnum
CREATE TYPE "LegalActionStatus" AS ENUM ('FILED', 'HEARING_SCHEDULED', 'WON', 'LOST', 'APPEALED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "DigestStatus" AS ENUM ('SENDING', 'SENT');

-- CreateEnum
CREATE TYPE "DeliveryStatus" AS ENUM ('PENDING', 'SENDING', 'SENT', 'SKIPPED');

-- CreateTable
CREATE TABLE "subscriber" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "email_index" TEXT NOT NULL,
    "lang" TEXT NOT NULL,
    "status" "SubscriberStatus" NOT NULL DEFAULT 'PENDING',
    "token_hash" TEXT,
    "source" TEXT NOT NULL,
    "emails_sent" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmed_at" TIMESTAMP(3),
    "unsubscribed_at" TIMESTAMP(3),
    "suppressed_at" TIMESTAMP(3),

    CONSTRAINT "subscriber_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "legal_action" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "insee_codes" TEXT[],
    "project" TEXT NOT NULL DEFAULT '',
    "report_url" TEXT,
    "court" TEXT NOT NULL,
    "filed_on" DATE NOT NULL,
    "status" "LegalActionStatus" NOT NULL DEFAULT 'FILED',
    "summary" TEXT NOT NULL,
    "documents" JSONB NOT NULL DEFAULT '[]',
    "published_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "legal_action_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "legal_action_update" (
    "id" UUID NOT NULL,
    "legal_action_id" UUID NOT NULL,
    "happened_on" DATE NOT NULL,
    "text" TEXT NOT NULL,
    "published_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "legal_action_update_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "digest" (
    "id" UUID NOT NULL,
    "period_start" TIMESTAMP(3) NOT NULL,
    "period_end" TIMESTAMP(3) NOT NULL,
    "action_ids" TEXT[],
    "update_ids" TEXT[],
    "status" "DigestStatus" NOT NULL DEFAULT 'SENDING',
    "started_by" TEXT NOT NULL,
    "lease_owner" TEXT,
    "lease_until" TIMESTAMP(3),
    "batches" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMP(3),

    CONSTRAINT "digest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "digest_delivery" (
    "digest_id" UUID NOT NULL,
    "subscriber_id" UUID NOT NULL,
    "batch" INTEGER NOT NULL,
    "status" "DeliveryStatus" NOT NULL DEFAULT 'PENDING',
    "provider_id" TEXT,
    "sent_at" TIMESTAMP(3),

    CONSTRAINT "digest_delivery_pkey" PRIMARY KEY ("digest_id","subscriber_id")
);

-- CreateTable
CREATE TABLE "resend_webhook_event" (
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "received_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "resend_webhook_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "subscriber_email_index_key" ON "subscriber"("email_index");

-- CreateIndex
CREATE UNIQUE INDEX "subscriber_token_hash_key" ON "subscriber"("token_hash");

-- CreateIndex
CREATE INDEX "subscriber_status_created_at_idx" ON "subscriber"("status", "created_at");

-- CreateIndex
CREATE INDEX "legal_action_published_at_idx" ON "legal_action"("published_at");

-- CreateIndex
CREATE INDEX "legal_action_insee_codes_idx" ON "legal_action" USING GIN ("insee_codes");

-- CreateIndex
CREATE INDEX "legal_action_update_legal_action_id_happened_on_idx" ON "legal_action_update"("legal_action_id", "happened_on");

-- CreateIndex
CREATE INDEX "legal_action_update_published_at_idx" ON "legal_action_update"("published_at");

-- CreateIndex
CREATE UNIQUE INDEX "digest_period_end_key" ON "digest"("period_end");

-- CreateIndex
CREATE INDEX "digest_delivery_digest_id_batch_status_idx" ON "digest_delivery"("digest_id", "batch", "status");

-- CreateIndex
CREATE INDEX "resend_webhook_event_received_at_idx" ON "resend_webhook_event"("received_at");

-- AddForeignKey
ALTER TABLE "legal_action_update" ADD CONSTRAINT "legal_action_update_legal_action_id_fkey" FOREIGN KEY ("legal_action_id") REFERENCES "legal_action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "digest_delivery" ADD CONSTRAINT "digest_delivery_digest_id_fkey" FOREIGN KEY ("digest_id") REFERENCES "digest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "digest_delivery" ADD CONSTRAINT "digest_delivery_subscriber_id_fkey" FOREIGN KEY ("subscriber_id") REFERENCES "subscriber"("id") ON DELETE CASCADE ON UPDATE CASCADE;
