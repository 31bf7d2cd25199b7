-- CreateTable
CREATE TABLE "organizer_session" (
    "id" UUID NOT NULL,
    "token_hash" TEXT NOT NULL,
    "organizer_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "organizer_session_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "organizer_session_token_hash_key" ON "organizer_session"("token_hash");

-- CreateIndex
CREATE INDEX "organizer_session_organizer_id_idx" ON "organizer_session"("organizer_id");

-- AddForeignKey
ALTER TABLE "organizer_session" ADD CONSTRAINT "organizer_session_organizer_id_fkey" FOREIGN KEY ("organizer_id") REFERENCES "organizer"("id") ON DELETE CASCADE ON UPDATE CASCADE;
