-- Issue 28, item 2: the block lists of signing (email domains in clear, addresses as the
-- signatures' keyed index) and the allow-list of networks exempt from the per-IP limit.
CREATE TABLE "blocked_email_domain" (
    "id" UUID NOT NULL,
    "domain" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "added_by_id" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "blocked_email_domain_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "blocked_email_domain_domain_key" ON "blocked_email_domain"("domain");
ALTER TABLE "blocked_email_domain" ADD CONSTRAINT "blocked_email_domain_added_by_id_fkey" FOREIGN KEY ("added_by_id") REFERENCES "organizer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "blocked_email_address" (
    "id" UUID NOT NULL,
    "email_index" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "added_by_id" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "blocked_email_address_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "blocked_email_address_email_index_key" ON "blocked_email_address"("email_index");
ALTER TABLE "blocked_email_address" ADD CONSTRAINT "blocked_email_address_added_by_id_fkey" FOREIGN KEY ("added_by_id") REFERENCES "organizer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "allowed_network" (
    "id" UUID NOT NULL,
    "cidr" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "valid_from" TIMESTAMP(3) NOT NULL,
    "valid_to" TIMESTAMP(3) NOT NULL,
    "added_by_id" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "allowed_network_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "allowed_network_valid_to_idx" ON "allowed_network"("valid_to");
ALTER TABLE "allowed_network" ADD CONSTRAINT "allowed_network_added_by_id_fkey" FOREIGN KEY ("added_by_id") REFERENCES "organizer"("id") ON DELETE SET NULL ON UPDATE CASCADE;
