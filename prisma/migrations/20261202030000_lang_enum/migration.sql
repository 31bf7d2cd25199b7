-- Languages are an enum, not free text (issue 18): a row can only hold a language the site speaks.
CREATE TYPE "Lang" AS ENUM ('fr', 'en');

ALTER TABLE "email_message" ALTER COLUMN "lang" TYPE "Lang" USING "lang"::"Lang";
ALTER TABLE "signature" ALTER COLUMN "lang" TYPE "Lang" USING "lang"::"Lang";
ALTER TABLE "report" ALTER COLUMN "lang" DROP DEFAULT;
ALTER TABLE "report" ALTER COLUMN "lang" TYPE "Lang" USING "lang"::"Lang";
ALTER TABLE "report" ALTER COLUMN "lang" SET DEFAULT 'fr';
ALTER TABLE "volunteer" ALTER COLUMN "lang" TYPE "Lang" USING "lang"::"Lang";
ALTER TABLE "subscriber" ALTER COLUMN "lang" TYPE "Lang" USING "lang"::"Lang";
ALTER TABLE "donation_checkout" ALTER COLUMN "lang" TYPE "Lang" USING "lang"::"Lang";
ALTER TABLE "donor" ALTER COLUMN "lang" TYPE "Lang" USING "lang"::"Lang";
ALTER TABLE "data_access_token" ALTER COLUMN "lang" TYPE "Lang" USING "lang"::"Lang";
ALTER TABLE "document_request" ALTER COLUMN "lang" DROP DEFAULT;
ALTER TABLE "document_request" ALTER COLUMN "lang" TYPE "Lang" USING "lang"::"Lang";
ALTER TABLE "document_request" ALTER COLUMN "lang" SET DEFAULT 'fr';
ALTER TABLE "petition_request" ALTER COLUMN "lang" TYPE "Lang" USING "lang"::"Lang";
