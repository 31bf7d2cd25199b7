-- AlterEnum
ALTER TYPE "ReportStatus" ADD VALUE 'TAKEN_DOWN';

-- AlterTable
ALTER TABLE "report" ADD COLUMN     "takedown_reason" TEXT,
ADD COLUMN     "taken_down_at" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "data_access_token" (
    "id" UUID NOT NULL,
    "token_hash" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "lang" TEXT NOT NULL,
    "expires_at" TIMESTAMP(3) NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "data_access_token_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "data_access_token_token_hash_key" ON "data_access_token"("token_hash");

-- CreateIndex
CREATE INDEX "data_access_token_expires_at_idx" ON "data_access_token"("expires_at");
