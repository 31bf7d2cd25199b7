-- CreateEnum
CREATE TYPE "GroupRequestStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "AnnouncementStatus" AS ENUM ('DRAFT', 'SENDING', 'SENT');

-- CreateEnum
CREATE TYPE "EventKind" AS ENUM ('WORKSHOP', 'CAMERA_WALK', 'PUBLIC_MEETING', 'SCREENING', 'PETITION_HAND_IN', 'COUNCIL_SESSION', 'COURT_HEARING', 'ONLINE_MEETING');

-- CreateEnum
CREATE TYPE "EventStatus" AS ENUM ('SCHEDULED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "RegistrationStatus" AS ENUM ('PENDING', 'CONFIRMED', 'WAITING', 'CANCELLED');

-- AlterEnum
ALTER TYPE "OrganizerRole" ADD VALUE 'COORDINATOR';

-- AlterTable
ALTER TABLE "petition" ADD COLUMN     "hand_in_at" TIMESTAMP(3),
ADD COLUMN     "hand_in_place" TEXT;

-- AlterTable
ALTER TABLE "legal_action_update" ADD COLUMN     "hearing_at" TIMESTAMP(3),
ADD COLUMN     "hearing_place" TEXT;

-- CreateTable
CREATE TABLE "local_group" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "presentation" TEXT NOT NULL,
    "published_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "local_group_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "group_territory" (
    "id" UUID NOT NULL,
    "group_id" UUID NOT NULL,
    "insee_code" TEXT,
    "department_code" TEXT,

    CONSTRAINT "group_territory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "group_coordinator" (
    "group_id" UUID NOT NULL,
    "organizer_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "group_coordinator_pkey" PRIMARY KEY ("group_id","organizer_id")
);

-- CreateTable
CREATE TABLE "group_request" (
    "id" UUID NOT NULL,
    "insee_code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "email_index" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "lang" "Lang" NOT NULL,
    "token_hash" TEXT NOT NULL,
    "confirmed_at" TIMESTAMP(3),
    "status" "GroupRequestStatus" NOT NULL DEFAULT 'PENDING',
    "decided_at" TIMESTAMP(3),
    "group_id" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "group_request_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "group_member" (
    "id" UUID NOT NULL,
    "group_id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "email_index" TEXT NOT NULL,
    "lang" "Lang" NOT NULL,
    "wants_events" BOOLEAN NOT NULL DEFAULT true,
    "wants_announcements" BOOLEAN NOT NULL DEFAULT true,
    "token_hash" TEXT NOT NULL,
    "token_sealed" TEXT NOT NULL,
    "confirmed_at" TIMESTAMP(3),
    "source" TEXT NOT NULL DEFAULT 'form',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "group_member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "group_contact_message" (
    "id" UUID NOT NULL,
    "group_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "lang" "Lang" NOT NULL,
    "ip_hash" TEXT NOT NULL,
    "replied_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "group_contact_message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "group_announcement" (
    "id" UUID NOT NULL,
    "group_id" UUID NOT NULL,
    "author_id" UUID,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" "AnnouncementStatus" NOT NULL DEFAULT 'DRAFT',
    "recipient_count" INTEGER,
    "sent_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "group_announcement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "group_id" UUID,
    "insee_code" TEXT,
    "kind" "EventKind" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "starts_at" TIMESTAMP(3) NOT NULL,
    "ends_at" TIMESTAMP(3) NOT NULL,
    "address" TEXT,
    "online_url" TEXT,
    "capacity" INTEGER,
    "registration" BOOLEAN NOT NULL DEFAULT true,
    "status" "EventStatus" NOT NULL DEFAULT 'SCHEDULED',
    "cancelled_at" TIMESTAMP(3),
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "published_at" TIMESTAMP(3),
    "created_by_id" UUID,
    "petition_id" UUID,
    "legal_action_update_id" UUID,
    "reminders_queued_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event_registration" (
    "id" UUID NOT NULL,
    "event_id" UUID NOT NULL,
    "name" TEXT,
    "email" TEXT,
    "email_index" TEXT,
    "show_name" BOOLEAN NOT NULL DEFAULT false,
    "lang" "Lang" NOT NULL,
    "status" "RegistrationStatus" NOT NULL DEFAULT 'PENDING',
    "token_hash" TEXT NOT NULL,
    "token_sealed" TEXT,
    "confirmed_at" TIMESTAMP(3),
    "waiting_since" TIMESTAMP(3),
    "promoted_at" TIMESTAMP(3),
    "cancelled_at" TIMESTAMP(3),
    "reminded_at" TIMESTAMP(3),
    "erased_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "event_registration_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "local_group_slug_key" ON "local_group"("slug");

-- CreateIndex
CREATE INDEX "group_territory_insee_code_idx" ON "group_territory"("insee_code");

-- CreateIndex
CREATE INDEX "group_territory_department_code_idx" ON "group_territory"("department_code");

-- CreateIndex
CREATE UNIQUE INDEX "group_territory_group_id_insee_code_key" ON "group_territory"("group_id", "insee_code");

-- CreateIndex
CREATE UNIQUE INDEX "group_territory_group_id_department_code_key" ON "group_territory"("group_id", "department_code");

-- CreateIndex
CREATE INDEX "group_coordinator_organizer_id_idx" ON "group_coordinator"("organizer_id");

-- CreateIndex
CREATE UNIQUE INDEX "group_request_token_hash_key" ON "group_request"("token_hash");

-- CreateIndex
CREATE INDEX "group_request_status_confirmed_at_idx" ON "group_request"("status", "confirmed_at");

-- CreateIndex
CREATE UNIQUE INDEX "group_request_insee_code_email_index_key" ON "group_request"("insee_code", "email_index");

-- CreateIndex
CREATE UNIQUE INDEX "group_member_token_hash_key" ON "group_member"("token_hash");

-- CreateIndex
CREATE INDEX "group_member_group_id_confirmed_at_idx" ON "group_member"("group_id", "confirmed_at");

-- CreateIndex
CREATE INDEX "group_member_confirmed_at_created_at_idx" ON "group_member"("confirmed_at", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "group_member_group_id_email_index_key" ON "group_member"("group_id", "email_index");

-- CreateIndex
CREATE INDEX "group_contact_message_group_id_created_at_idx" ON "group_contact_message"("group_id", "created_at");

-- CreateIndex
CREATE INDEX "group_contact_message_created_at_idx" ON "group_contact_message"("created_at");

-- CreateIndex
CREATE INDEX "group_announcement_group_id_sent_at_idx" ON "group_announcement"("group_id", "sent_at");

-- CreateIndex
CREATE UNIQUE INDEX "event_slug_key" ON "event"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "event_petition_id_key" ON "event"("petition_id");

-- CreateIndex
CREATE UNIQUE INDEX "event_legal_action_update_id_key" ON "event"("legal_action_update_id");

-- CreateIndex
CREATE INDEX "event_starts_at_idx" ON "event"("starts_at");

-- CreateIndex
CREATE INDEX "event_group_id_starts_at_idx" ON "event"("group_id", "starts_at");

-- CreateIndex
CREATE INDEX "event_insee_code_starts_at_idx" ON "event"("insee_code", "starts_at");

-- CreateIndex
CREATE INDEX "event_published_at_starts_at_idx" ON "event"("published_at", "starts_at");

-- CreateIndex
CREATE UNIQUE INDEX "event_registration_token_hash_key" ON "event_registration"("token_hash");

-- CreateIndex
CREATE INDEX "event_registration_event_id_status_waiting_since_idx" ON "event_registration"("event_id", "status", "waiting_since");

-- CreateIndex
CREATE INDEX "event_registration_confirmed_at_created_at_idx" ON "event_registration"("confirmed_at", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "event_registration_event_id_email_index_key" ON "event_registration"("event_id", "email_index");

-- AddForeignKey
ALTER TABLE "group_territory" ADD CONSTRAINT "group_territory_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "local_group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "group_territory" ADD CONSTRAINT "group_territory_insee_code_fkey" FOREIGN KEY ("insee_code") REFERENCES "commune"("insee_code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "group_coordinator" ADD CONSTRAINT "group_coordinator_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "local_group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "group_coordinator" ADD CONSTRAINT "group_coordinator_organizer_id_fkey" FOREIGN KEY ("organizer_id") REFERENCES "organizer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "group_request" ADD CONSTRAINT "group_request_insee_code_fkey" FOREIGN KEY ("insee_code") REFERENCES "commune"("insee_code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "group_request" ADD CONSTRAINT "group_request_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "local_group"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "group_member" ADD CONSTRAINT "group_member_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "local_group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "group_contact_message" ADD CONSTRAINT "group_contact_message_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "local_group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "group_announcement" ADD CONSTRAINT "group_announcement_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "local_group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "group_announcement" ADD CONSTRAINT "group_announcement_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "organizer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event" ADD CONSTRAINT "event_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "local_group"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event" ADD CONSTRAINT "event_insee_code_fkey" FOREIGN KEY ("insee_code") REFERENCES "commune"("insee_code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event" ADD CONSTRAINT "event_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "organizer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event" ADD CONSTRAINT "event_petition_id_fkey" FOREIGN KEY ("petition_id") REFERENCES "petition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event" ADD CONSTRAINT "event_legal_action_update_id_fkey" FOREIGN KEY ("legal_action_update_id") REFERENCES "legal_action_update"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_registration" ADD CONSTRAINT "event_registration_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

