-- CreateEnum
CREATE TYPE "DocumentRequestAnswer" AS ENUM ('FULL', 'PARTIAL', 'REFUSED');

-- CreateEnum
CREATE TYPE "DocumentRequestOutcome" AS ENUM ('COMMUNICATED', 'REFUSED');

-- CreateEnum
CREATE TYPE "RequestDocumentStatus" AS ENUM ('PENDING', 'PUBLISHED', 'DECLINED');

-- CreateTable
CREATE TABLE "document_request_template" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "documents" TEXT[],
    "needs_project" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "document_request_template_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "document_request_campaign" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "template_id" UUID NOT NULL,
    "department_code" TEXT NOT NULL,
    "min_population" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "document_request_campaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "document_request" (
    "id" UUID NOT NULL,
    "insee_code" TEXT NOT NULL,
    "template_id" UUID NOT NULL,
    "report_id" UUID,
    "campaign_id" UUID,
    "project_label" TEXT NOT NULL DEFAULT '',
    "documents" TEXT[],
    "requester_email" TEXT,
    "requester_name" TEXT,
    "requester_address" TEXT,
    "show_name" BOOLEAN NOT NULL DEFAULT false,
    "lang" TEXT NOT NULL DEFAULT 'fr',
    "token_hash" TEXT,
    "token_sealed" TEXT,
    "confirmed_at" TIMESTAMP(3),
    "taken_at" TIMESTAMP(3),
    "sent_on" DATE,
    "answered_on" DATE,
    "answer_kind" "DocumentRequestAnswer",
    "referred_on" DATE,
    "opinion_on" DATE,
    "outcome" "DocumentRequestOutcome",
    "outcome_on" DATE,
    "court_on" DATE,
    "reminders_sent" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "reminders_stopped_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "document_request_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "document_request_file" (
    "id" UUID NOT NULL,
    "request_id" UUID NOT NULL,
    "file_name" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "status" "RequestDocumentStatus" NOT NULL DEFAULT 'PENDING',
    "reviewed_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "document_request_file_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "document_request_template_slug_key" ON "document_request_template"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "document_request_token_hash_key" ON "document_request"("token_hash");

-- CreateIndex
CREATE INDEX "document_request_insee_code_idx" ON "document_request"("insee_code");

-- CreateIndex
CREATE INDEX "document_request_campaign_id_idx" ON "document_request"("campaign_id");

-- CreateIndex
CREATE INDEX "document_request_report_id_idx" ON "document_request"("report_id");

-- CreateIndex
CREATE INDEX "document_request_file_request_id_idx" ON "document_request_file"("request_id");

-- CreateIndex
CREATE INDEX "document_request_file_status_idx" ON "document_request_file"("status");

-- AddForeignKey
ALTER TABLE "document_request_campaign" ADD CONSTRAINT "document_request_campaign_template_id_fkey" FOREIGN KEY ("template_id") REFERENCES "document_request_template"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document_request" ADD CONSTRAINT "document_request_insee_code_fkey" FOREIGN KEY ("insee_code") REFERENCES "commune"("insee_code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document_request" ADD CONSTRAINT "document_request_template_id_fkey" FOREIGN KEY ("template_id") REFERENCES "document_request_template"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document_request" ADD CONSTRAINT "document_request_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "report"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document_request" ADD CONSTRAINT "document_request_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "document_request_campaign"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document_request_file" ADD CONSTRAINT "document_request_file_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "document_request"("id") ON DELETE CASCADE ON UPDATE CASCADE;
