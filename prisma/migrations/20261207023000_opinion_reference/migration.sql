-- The CADA opinion's reference, quoted by the court application drafted from a stalled request (issue 26).
ALTER TABLE "document_request" ADD COLUMN "opinion_reference" TEXT;
