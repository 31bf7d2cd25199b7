-- Supporters from abroad (issue 28): the country of a signer who lives outside France, chosen
-- instead of a postcode, and null for a signer in France (every signature so far).
ALTER TABLE "signature" ADD COLUMN "country" CHAR(2);

-- Supporters by country (open data, the city page) are counted with a GROUP BY over this index:
-- partial, so that the signatures from France (nearly all) cost it nothing when written.
CREATE INDEX "signature_petition_country_idx" ON "signature" ("petition_id", "country") WHERE "country" IS NOT NULL;
