-- CreateEnum
CREATE TYPE "ProjectKind" AS ENUM ('VIDEO_ANALYTICS', 'FACIAL_RECOGNITION', 'DRONES', 'SOUND_SENSORS', 'PREDICTIVE_POLICING', 'DATA_PLATFORM', 'OTHER');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('UNCONFIRMED', 'PENDING', 'PUBLISHED', 'DECLINED', 'MERGED');

-- CreateTable
CREATE TABLE "report" (
    "id" UUID NOT NULL,
    "insee_code" TEXT NOT NULL,
    "kind" "ProjectKind" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "started_on" TEXT,
    "actors" TEXT NOT NULL DEFAULT '',
    "sources" TEXT[],
    "reporter_email" TEXT,
    "credit_name" TEXT,
    "may_credit" BOOLEAN NOT NULL DEFAULT false,
    "lang" TEXT NOT NULL DEFAULT 'fr',
    "token_hash" TEXT,
    "status" "ReportStatus" NOT NULL DEFAULT 'UNCONFIRMED',
    "confirmed_at" TIMESTAMP(3),
    "decline_reason" TEXT,
    "merged_into_id" UUID,
    "published_at" TIMESTAMP(3),
    "moderated_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "report_document" (
    "id" UUID NOT NULL,
    "report_id" UUID NOT NULL,
    "file_name" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "report_document_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "report_token_hash_key" ON "report"("token_hash");

-- CreateIndex
CREATE INDEX "report_status_created_at_idx" ON "report"("status", "created_at");

-- CreateIndex
CREATE INDEX "report_insee_code_status_idx" ON "report"("insee_code", "status");

-- CreateIndex
CREATE INDEX "report_status_published_at_idx" ON "report"("status", "published_at");

-- CreateIndex
CREATE INDEX "report_document_report_id_idx" ON "report_document"("report_id");

-- AddForeignKey
ALTER TABLE "report" ADD CONSTRAINT "report_insee_code_fkey" FOREIGN KEY ("insee_code") REFERENCES "commune"("insee_code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report" ADD CONSTRAINT "report_merged_into_id_fkey" FOREIGN KEY ("merged_into_id") REFERENCES "report"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_document" ADD CONSTRAINT "report_document_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "report"("id") ON DELETE CASCADE ON UPDATE CASCADE;
