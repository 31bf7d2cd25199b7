// The emails of petitions, spread into the site's registry (emails/index.ts). A new email of this
// feature is a component in ./emails/ and one line here. The names are stored with each queued
// email: they stay as they were before the module (no "petition-" prefix on the confirmation).
import { defineTemplate, type EmailTemplates } from "../../../emails/define";
import SignatureConfirmEmail, { signatureConfirmProps, signatureConfirmSubject } from "./emails/signature-confirm";
import PetitionDeliveredEmail, { petitionDeliveredSubject, petitionNewsProps } from "./emails/delivered";
import PetitionAnsweredEmail, { petitionAnsweredSubject } from "./emails/answered";
import { petitionNewsHeaders } from "./news-unsubscribe";

export const petitionEmails = {
  /** The signer's confirmation link, or a reminder that they already signed (petition.server.ts). */
  "signature-confirm": defineTemplate({
    props: signatureConfirmProps,
    subject: signatureConfirmSubject,
    verbatim: ["url"],
    render: SignatureConfirmEmail,
  }),
  /** To each confirmed signer when organizers hand the petition to the mayor (notify-signers.server.ts). */
  "petition-delivered": defineTemplate({
    props: petitionNewsProps,
    headers: petitionNewsHeaders,
    subject: petitionDeliveredSubject,
    verbatim: ["url", "unsubscribeUrl", "oneClickUrl"],
    render: PetitionDeliveredEmail,
  }),
  /** To each confirmed signer when the mayor's response is published (notify-signers.server.ts). */
  "petition-answered": defineTemplate({
    props: petitionNewsProps,
    headers: petitionNewsHeaders,
    subject: petitionAnsweredSubject,
    verbatim: ["url", "unsubscribeUrl", "oneClickUrl"],
    render: PetitionAnsweredEmail,
  }),
} satisfies EmailTemplates;
