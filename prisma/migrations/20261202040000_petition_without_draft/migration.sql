-- No petition is ever a draft (issue 18): organizers create petitions open. Any row that was one
-- becomes CLOSED, the status a petition that is not shown publicly and can be reopened has.
ALTER TABLE "petition" ALTER COLUMN "status" DROP DEFAULT;
UPDATE "petition" SET "status" = 'CLOSED' WHERE "status" = 'DRAFT';
ALTER TYPE "PetitionStatus" RENAME TO "PetitionStatus_old";
CREATE TYPE "PetitionStatus" AS ENUM ('OPEN', 'CLOSED', 'DELIVERED', 'ANSWERED');
ALTER TABLE "petition" ALTER COLUMN "status" TYPE "PetitionStatus" USING "status"::text::"PetitionStatus";
ALTER TABLE "petition" ALTER COLUMN "status" SET DEFAULT 'OPEN';
DROP TYPE "PetitionStatus_old";
