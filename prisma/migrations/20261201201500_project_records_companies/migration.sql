-- CreateEnum
CREATE TYPE "ProjectStatus" AS ENUM ('ANNOUNCED', 'TRIAL', 'DEPLOYED', 'ABANDONED', 'BANNED');

-- CreateEnum
CREATE TYPE "CompanyKind" AS ENUM ('VENDOR', 'INTEGRATOR', 'PUBLIC_BODY', 'RESEARCH_LAB');

-- AlterTable
ALTER TABLE "report" ADD COLUMN     "project_status" "ProjectStatus" NOT NULL DEFAULT 'ANNOUNCED',
ADD COLUMN     "slug" TEXT,
ADD COLUMN     "status_since" DATE;

-- CreateTable
CREATE TABLE "project_event" (
    "id" UUID NOT NULL,
    "report_id" UUID NOT NULL,
    "occurred_on" DATE NOT NULL,
    "text" TEXT NOT NULL,
    "status" "ProjectStatus",
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "project_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "company" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "CompanyKind" NOT NULL,
    "website" TEXT,
    "description" TEXT NOT NULL DEFAULT '',
    "merged_into_id" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "company_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "report_company" (
    "report_id" UUID NOT NULL,
    "company_id" UUID NOT NULL,

    CONSTRAINT "report_company_pkey" PRIMARY KEY ("report_id","company_id")
);

-- CreateIndex
CREATE INDEX "project_event_report_id_occurred_on_idx" ON "project_event"("report_id", "occurred_on");

-- CreateIndex
CREATE UNIQUE INDEX "company_slug_key" ON "company"("slug");

-- CreateIndex
CREATE INDEX "company_merged_into_id_idx" ON "company"("merged_into_id");

-- CreateIndex
CREATE INDEX "report_company_company_id_idx" ON "report_company"("company_id");

-- CreateIndex
CREATE UNIQUE INDEX "report_slug_key" ON "report"("slug");

-- AddForeignKey
ALTER TABLE "project_event" ADD CONSTRAINT "project_event_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "company" ADD CONSTRAINT "company_merged_into_id_fkey" FOREIGN KEY ("merged_into_id") REFERENCES "company"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_company" ADD CONSTRAINT "report_company_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_company" ADD CONSTRAINT "report_company_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Projects published before this migration get a slug from their title and id.
UPDATE "report"
SET "slug" = trim(both '-' from left(lower(regexp_replace(translate("title", 'àâäáãéèêëíìîïóòôöõúùûüçñÀÂÄÁÉÈÊËÎÏÔÖÙÛÜÇ', 'aaaaaeeeeiiiiooooouuuucnAAAAEEEEIIOOUUUC'), '[^a-zA-Z0-9]+', '-', 'g')), 60)) || '-' || left("id"::text, 8)
WHERE "status" IN ('PUBLISHED', 'MERGED') AND "slug" IS NULL;
