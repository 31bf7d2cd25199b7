-- CreateEnum
CREATE TYPE "PetitionStatus" AS ENUM ('DRAFT', 'OPEN', 'CLOSED', 'DELIVERED', 'ANSWERED');

-- CreateTable
CREATE TABLE "petition" (
    "id" UUID NOT NULL,
    "insee_code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "goal" INTEGER NOT NULL,
    "status" "PetitionStatus" NOT NULL DEFAULT 'DRAFT',
    "mayor_title" "MayorTitle" NOT NULL,
    "mayor_name" TEXT NOT NULL,
    "opened_at" TIMESTAMP(3),
    "closed_at" TIMESTAMP(3),
    "delivered_at" TIMESTAMP(3),
    "response" TEXT,
    "responded_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "petition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "signature" (
    "id" UUID NOT NULL,
    "petition_id" UUID NOT NULL,
    "first_name" TEXT NOT NULL,
    "last_name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "email_index" TEXT NOT NULL,
    "domain_index" TEXT NOT NULL,
    "postcode" TEXT NOT NULL,
    "is_resident" BOOLEAN NOT NULL,
    "consented_at" TIMESTAMP(3) NOT NULL,
    "show_name" BOOLEAN NOT NULL,
    "wants_newsletter" BOOLEAN NOT NULL,
    "lang" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "confirmed_at" TIMESTAMP(3),
    "tallied" BOOLEAN NOT NULL DEFAULT false,
    "invalidated_at" TIMESTAMP(3),
    "invalid_reason" TEXT,
    "ip_hash" TEXT NOT NULL,
    "emails_sent" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "signature_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "petition_tally" (
    "petition_id" UUID NOT NULL,
    "residents" INTEGER NOT NULL DEFAULT 0,
    "supporters" INTEGER NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "petition_tally_pkey" PRIMARY KEY ("petition_id")
);

-- CreateIndex
CREATE INDEX "petition_insee_code_status_idx" ON "petition"("insee_code", "status");

-- CreateIndex
CREATE UNIQUE INDEX "signature_token_hash_key" ON "signature"("token_hash");

-- CreateIndex
CREATE INDEX "signature_petition_id_confirmed_at_idx" ON "signature"("petition_id", "confirmed_at");

-- CreateIndex
CREATE INDEX "signature_petition_id_domain_index_idx" ON "signature"("petition_id", "domain_index");

-- CreateIndex
CREATE INDEX "signature_petition_id_ip_hash_idx" ON "signature"("petition_id", "ip_hash");

-- CreateIndex
CREATE INDEX "signature_created_at_idx" ON "signature"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "signature_petition_id_email_index_key" ON "signature"("petition_id", "email_index");

-- AddForeignKey
ALTER TABLE "petition" ADD CONSTRAINT "petition_insee_code_fkey" FOREIGN KEY ("insee_code") REFERENCES "commune"("insee_code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "signature" ADD CONSTRAINT "signature_petition_id_fkey" FOREIGN KEY ("petition_id") REFERENCES "petition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "petition_tally" ADD CONSTRAINT "petition_tally_petition_id_fkey" FOREIGN KEY ("petition_id") REFERENCES "petition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

