-- CreateEnum
CREATE TYPE "VolunteerSkill" AS ENUM ('LEGAL', 'RESEARCH', 'PRESS', 'DESIGN', 'DEVELOPMENT', 'TRANSLATION', 'ORGANISING', 'OTHER');

-- CreateEnum
CREATE TYPE "VolunteerAvailability" AS ENUM ('MONTHLY', 'WEEKLY', 'MORE');

-- CreateTable
CREATE TABLE "volunteer" (
    "id" UUID NOT NULL,
    "insee_code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "email_index" TEXT NOT NULL,
    "skills" "VolunteerSkill"[],
    "availability" "VolunteerAvailability" NOT NULL,
    "languages" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "consented_at" TIMESTAMP(3) NOT NULL,
    "lang" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "token_sealed" TEXT NOT NULL,
    "confirmed_at" TIMESTAMP(3),
    "contacted_at" TIMESTAMP(3),
    "contact_note" TEXT,
    "last_active_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "stay_asked_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "volunteer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "volunteer_email_index_key" ON "volunteer"("email_index");

-- CreateIndex
CREATE UNIQUE INDEX "volunteer_token_hash_key" ON "volunteer"("token_hash");

-- CreateIndex
CREATE INDEX "volunteer_confirmed_at_created_at_idx" ON "volunteer"("confirmed_at", "created_at");

-- CreateIndex
CREATE INDEX "volunteer_insee_code_idx" ON "volunteer"("insee_code");

-- CreateIndex
CREATE INDEX "volunteer_last_active_at_idx" ON "volunteer"("last_active_at");

-- CreateIndex
CREATE INDEX "volunteer_stay_asked_at_idx" ON "volunteer"("stay_asked_at");

-- AddForeignKey
ALTER TABLE "volunteer" ADD CONSTRAINT "volunteer_insee_code_fkey" FOREIGN KEY ("insee_code") REFERENCES "commune"("insee_code") ON DELETE RESTRICT ON UPDATE CASCADE;
