-- Signers mobilised (issue 28, item 3): the consent to be written to about a petition, asked
-- unticked at signing, and the organizers' messages to the signers who gave it.
ALTER TABLE "signature" ADD COLUMN "may_contact" BOOLEAN NOT NULL DEFAULT false;

CREATE TYPE "PetitionMailingStatus" AS ENUM ('QUEUED', 'SENDING', 'SENT');

CREATE TABLE "petition_mailing" (
    "id" UUID NOT NULL,
    "petition_id" UUID NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "author_id" UUID,
    "status" "PetitionMailingStatus" NOT NULL DEFAULT 'QUEUED',
    "recipients" INTEGER NOT NULL,
    "queued" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMP(3),

    CONSTRAINT "petition_mailing_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "petition_mailing_petition_id_created_at_idx" ON "petition_mailing"("petition_id", "created_at");

ALTER TABLE "petition_mailing" ADD CONSTRAINT "petition_mailing_petition_id_fkey" FOREIGN KEY ("petition_id") REFERENCES "petition"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "petition_mailing" ADD CONSTRAINT "petition_mailing_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "organizer"("id") ON DELETE SET NULL ON UPDATE CASCADE;
