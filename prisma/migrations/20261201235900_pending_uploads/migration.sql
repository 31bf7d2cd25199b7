-- Issue 16: files of unconfirmed reports stay in PostgreSQL until the reporter confirms.
CREATE TABLE "pending_upload" (
    "document_id" UUID NOT NULL,
    "bytes" BYTEA NOT NULL,
    "size" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "pending_upload_pkey" PRIMARY KEY ("document_id")
);

ALTER TABLE "pending_upload" ADD CONSTRAINT "pending_upload_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "report_document"("id") ON DELETE CASCADE ON UPDATE CASCADE;
