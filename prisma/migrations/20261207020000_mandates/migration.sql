-- Collective complaints by mandate (issue 26, art. 80 GDPR): campaigns attached to a legal action,
-- the frozen versions of their text, and the mandates themselves (identities encrypted, email
-- indexed under its own key). The `legal` flag on organizers is independent of their role.
ALTER TABLE "organizer" ADD COLUMN "legal" BOOLEAN NOT NULL DEFAULT false;

CREATE TYPE "MandateEligibility" AS ENUM ('FRANCE', 'COMMUNES');

CREATE TABLE "mandate_campaign" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "legal_action_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "controller" TEXT NOT NULL,
    "authority" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "data_use" TEXT NOT NULL,
    "eligibility" "MandateEligibility" NOT NULL DEFAULT 'FRANCE',
    "insee_codes" TEXT[],
    "requires_postal_address" BOOLEAN NOT NULL DEFAULT false,
    "goal" INTEGER NOT NULL,
    "opens_at" TIMESTAMP(3) NOT NULL,
    "file_by" TIMESTAMP(3) NOT NULL,
    "published_at" TIMESTAMP(3),
    "filed_at" TIMESTAMP(3),
    "filed_with" TEXT,
    "filing_reference" TEXT,
    "filed_by_id" UUID,
    "ended_at" TIMESTAMP(3),
    "identities_erased_at" TIMESTAMP(3),
    "final_count" INTEGER,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "mandate_campaign_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "mandate_campaign_slug_key" ON "mandate_campaign"("slug");
CREATE INDEX "mandate_campaign_legal_action_id_idx" ON "mandate_campaign"("legal_action_id");
ALTER TABLE "mandate_campaign" ADD CONSTRAINT "mandate_campaign_legal_action_id_fkey" FOREIGN KEY ("legal_action_id") REFERENCES "legal_action"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "mandate_campaign" ADD CONSTRAINT "mandate_campaign_filed_by_id_fkey" FOREIGN KEY ("filed_by_id") REFERENCES "organizer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "mandate_text" (
    "id" UUID NOT NULL,
    "campaign_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "lang" "Lang" NOT NULL,
    "body" TEXT NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "published_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "mandate_text_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "mandate_text_campaign_id_lang_version_key" ON "mandate_text"("campaign_id", "lang", "version");
ALTER TABLE "mandate_text" ADD CONSTRAINT "mandate_text_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "mandate_campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "mandate" (
    "id" UUID NOT NULL,
    "campaign_id" UUID NOT NULL,
    "text_id" UUID NOT NULL,
    "text_sha256" CHAR(64) NOT NULL,
    "first_name" TEXT NOT NULL,
    "last_name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "email_index" TEXT NOT NULL,
    "insee_code" TEXT NOT NULL,
    "commune_link" TEXT NOT NULL,
    "postal_address" TEXT,
    "mandate_consent_at" TIMESTAMP(3) NOT NULL,
    "sensitive_consent_at" TIMESTAMP(3) NOT NULL,
    "lang" "Lang" NOT NULL,
    "token_hash" TEXT NOT NULL,
    "confirmed_at" TIMESTAMP(3),
    "revoked_at" TIMESTAMP(3),
    "ip_hash" TEXT NOT NULL,
    "emails_sent" INTEGER NOT NULL DEFAULT 1,
    "filed_notice_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "mandate_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "mandate_token_hash_key" ON "mandate"("token_hash");
CREATE UNIQUE INDEX "mandate_campaign_id_email_index_key" ON "mandate"("campaign_id", "email_index");
CREATE INDEX "mandate_campaign_id_confirmed_at_idx" ON "mandate"("campaign_id", "confirmed_at");
CREATE INDEX "mandate_confirmed_at_created_at_idx" ON "mandate"("confirmed_at", "created_at");
ALTER TABLE "mandate" ADD CONSTRAINT "mandate_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "mandate_campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "mandate" ADD CONSTRAINT "mandate_text_id_fkey" FOREIGN KEY ("text_id") REFERENCES "mandate_text"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
