-- Signature-level moderation and fraud views (issue 28): a keyed hash of the signer's network
-- (the /24 of an IPv4 address, the /64 of an IPv6 one), so that an organizer can group and
-- invalidate the signatures of one network without the addresses being stored. Older rows keep
-- NULL: they are found by their exact ip_hash only.
ALTER TABLE "signature" ADD COLUMN "network_hash" TEXT;
CREATE INDEX "signature_petition_id_network_hash_idx" ON "signature"("petition_id", "network_hash");
