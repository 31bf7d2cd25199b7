// The emails of organizers' messages to signers, spread into the site's registry (emails/index.ts).
import { defineTemplate, type EmailTemplates } from "../../../emails/define";
import PetitionMailingEmail, { petitionMailingHeaders, petitionMailingProps, petitionMailingSubject } from "./emails/message";

export const petitionMailingEmails = {
  /** One organizer's message to one consenting signer, or its preview to the organizer (mailing.server.ts). */
  "petition-mailing": defineTemplate({
    props: petitionMailingProps,
    headers: petitionMailingHeaders,
    subject: petitionMailingSubject,
    verbatim: ["url", "unsubscribeUrl", "oneClickUrl"],
    render: PetitionMailingEmail,
  }),
} satisfies EmailTemplates;
