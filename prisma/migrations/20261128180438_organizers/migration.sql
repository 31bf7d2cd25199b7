-- CreateEnum
CREATE TYPE "OrganizerRole" AS ENUM ('ADMIN', 'ORGANIZER');

-- CreateTable
CREATE TABLE "organizer" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "email_index" TEXT NOT NULL,
    "role" "OrganizerRole" NOT NULL DEFAULT 'ORGANIZER',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "disabled_at" TIMESTAMP(3),

    CONSTRAINT "organizer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sign_in_token" (
    "id" UUID NOT NULL,
    "token_hash" TEXT NOT NULL,
    "organizer_id" UUID NOT NULL,
    "expires_at" TIMESTAMP(3) NOT NULL,
    "used_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sign_in_token_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_entry" (
    "id" BIGSERIAL NOT NULL,
    "organizer_id" UUID,
    "action" TEXT NOT NULL,
    "subject_type" TEXT NOT NULL,
    "subject_id" TEXT NOT NULL,
    "details" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_entry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "organizer_email_index_key" ON "organizer"("email_index");

-- CreateIndex
CREATE UNIQUE INDEX "sign_in_token_token_hash_key" ON "sign_in_token"("token_hash");

-- CreateIndex
CREATE INDEX "sign_in_token_organizer_id_idx" ON "sign_in_token"("organizer_id");

-- CreateIndex
CREATE INDEX "audit_entry_created_at_idx" ON "audit_entry"("created_at");

-- CreateIndex
CREATE INDEX "audit_entry_subject_type_subject_id_idx" ON "audit_entry"("subject_type", "subject_id");

-- AddForeignKey
ALTER TABLE "sign_in_token" ADD CONSTRAINT "sign_in_token_organizer_id_fkey" FOREIGN KEY ("organizer_id") REFERENCES "organizer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_entry" ADD CONSTRAINT "audit_entry_organizer_id_fkey" FOREIGN KEY ("organizer_id") REFERENCES "organizer"("id") ON DELETE SET NULL ON UPDATE CASCADE;
