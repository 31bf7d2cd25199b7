-- Rate limiter counters. UNLOGGED: no WAL for these hot, disposable rows. A crash empties the
-- table, which only forgives a few requests.
CREATE UNLOGGED TABLE "rate_limit" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "reset_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "rate_limit_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "rate_limit_reset_at_idx" ON "rate_limit"("reset_at");
