-- One-click unsubscribe from a petition's news (issue 28, RFC 8058): the "delivered" and
-- "answered" emails are no longer sent to a signer who asked so for that petition.
ALTER TABLE "signature" ADD COLUMN "news_opt_out_at" TIMESTAMP(3);
