// The emails of donations, spread into the site's registry (emails/index.ts). A new email of
// this feature is a component in ./emails/ and one entry here.
import { z } from "zod";
import { defineTemplate, type EmailTemplates } from "../../../emails/define";
import DonationPortalEmail, { donationPortalSubject } from "./emails/portal";
import TaxReceiptEmail, { taxReceiptSubject } from "./emails/tax-receipt";
import DonationThanksEmail, { donationThanksSubject } from "./emails/thanks";

export const donationEmails = {
  /** After a paid gift (the Stripe webhook, donation.server.ts). */
  "donation-thanks": defineTemplate({
    props: z.object({ amount: z.number().int().positive(), monthly: z.boolean(), portalUrl: z.url().nullable(), receipt: z.boolean() }),
    subject: donationThanksSubject,
    render: DonationThanksEmail,
  }),
  /** The link to manage a monthly gift (an address request, app/models/address-request.server.ts). */
  "donation-portal": defineTemplate({
    props: z.object({ url: z.url(), days: z.number().int().positive() }),
    subject: donationPortalSubject,
    render: DonationPortalEmail,
  }),
  /** A tax receipt issued (tax-receipt.server.ts). */
  "tax-receipt": defineTemplate({
    props: z.object({ url: z.url(), year: z.number().int(), number: z.string() }),
    subject: taxReceiptSubject,
    render: TaxReceiptEmail,
  }),
} satisfies EmailTemplates;
