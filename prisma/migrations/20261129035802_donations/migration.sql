-- CreateEnum
CREATE TYPE "DonationKind" AS ENUM ('ONE_OFF', 'MONTHLY');

-- CreateEnum
CREATE TYPE "DonationStatus" AS ENUM ('PENDING', 'PAID', 'FAILED', 'REFUNDED');

-- CreateEnum
CREATE TYPE "DonationSubscriptionStatus" AS ENUM ('ACTIVE', 'PAST_DUE', 'CANCELED');

-- CreateTable
CREATE TABLE "donation_checkout" (
    "id" UUID NOT NULL,
    "kind" "DonationKind" NOT NULL,
    "amount" INTEGER NOT NULL,
    "lang" TEXT NOT NULL,
    "receipt_identity" TEXT,
    "session_id" TEXT,
    "completed_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "donation_checkout_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "donor" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "email_index" TEXT NOT NULL,
    "receipt_identity" TEXT,
    "lang" TEXT NOT NULL,
    "stripe_customer_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "donor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "donation_subscription" (
    "id" UUID NOT NULL,
    "stripe_subscription_id" TEXT NOT NULL,
    "donor_id" UUID NOT NULL,
    "amount" INTEGER NOT NULL,
    "status" "DonationSubscriptionStatus" NOT NULL DEFAULT 'ACTIVE',
    "canceled_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "donation_subscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "donation" (
    "id" UUID NOT NULL,
    "kind" "DonationKind" NOT NULL,
    "status" "DonationStatus" NOT NULL,
    "amount" INTEGER NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'eur',
    "donor_id" UUID NOT NULL,
    "subscription_id" UUID,
    "stripe_checkout_session_id" TEXT,
    "stripe_invoice_id" TEXT,
    "stripe_payment_intent_id" TEXT,
    "paid_at" TIMESTAMP(3),
    "refunded_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "donation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "stripe_event" (
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "processed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "stripe_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tax_receipt_counter" (
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "tax_receipt_counter_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "tax_receipt" (
    "id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "donor_id" UUID NOT NULL,
    "amount" INTEGER NOT NULL,
    "identity" TEXT NOT NULL,
    "issued_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "tax_receipt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "donation_checkout_session_id_key" ON "donation_checkout"("session_id");

-- CreateIndex
CREATE INDEX "donation_checkout_created_at_idx" ON "donation_checkout"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "donor_email_index_key" ON "donor"("email_index");

-- CreateIndex
CREATE UNIQUE INDEX "donor_stripe_customer_id_key" ON "donor"("stripe_customer_id");

-- CreateIndex
CREATE UNIQUE INDEX "donation_subscription_stripe_subscription_id_key" ON "donation_subscription"("stripe_subscription_id");

-- CreateIndex
CREATE INDEX "donation_subscription_donor_id_idx" ON "donation_subscription"("donor_id");

-- CreateIndex
CREATE UNIQUE INDEX "donation_stripe_checkout_session_id_key" ON "donation"("stripe_checkout_session_id");

-- CreateIndex
CREATE UNIQUE INDEX "donation_stripe_invoice_id_key" ON "donation"("stripe_invoice_id");

-- CreateIndex
CREATE UNIQUE INDEX "donation_stripe_payment_intent_id_key" ON "donation"("stripe_payment_intent_id");

-- CreateIndex
CREATE INDEX "donation_created_at_idx" ON "donation"("created_at");

-- CreateIndex
CREATE INDEX "donation_donor_id_paid_at_idx" ON "donation"("donor_id", "paid_at");

-- CreateIndex
CREATE INDEX "stripe_event_processed_at_idx" ON "stripe_event"("processed_at");

-- CreateIndex
CREATE UNIQUE INDEX "tax_receipt_year_number_key" ON "tax_receipt"("year", "number");

-- CreateIndex
CREATE UNIQUE INDEX "tax_receipt_donor_id_year_key" ON "tax_receipt"("donor_id", "year");


-- AddForeignKey
ALTER TABLE "donation_subscription" ADD CONSTRAINT "donation_subscription_donor_id_fkey" FOREIGN KEY ("donor_id") REFERENCES "donor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "donation" ADD CONSTRAINT "donation_donor_id_fkey" FOREIGN KEY ("donor_id") REFERENCES "donor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "donation" ADD CONSTRAINT "donation_subscription_id_fkey" FOREIGN KEY ("subscription_id") REFERENCES "donation_subscription"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tax_receipt" ADD CONSTRAINT "tax_receipt_donor_id_fkey" FOREIGN KEY ("donor_id") REFERENCES "donor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
