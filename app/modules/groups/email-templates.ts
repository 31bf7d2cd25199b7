// The emails of local groups (issue 25), spread into the site's registry (emails/index.ts).
import { defineTemplate, type EmailTemplates } from "../../../emails/define";
import AnnouncementEmail, { announcementHeaders, announcementProps, announcementSubject } from "./emails/announcement";
import { ContactRelayEmail, contactRelayProps, contactRelaySubject, ContactReplyEmail, contactReplyProps, contactReplySubject } from "./emails/contact";
import InvitationEmail, { invitationProps, invitationSubject } from "./emails/invitation";
import MemberConfirmEmail, { memberConfirmProps, memberConfirmSubject } from "./emails/member";
import {
  RequestConfirmEmail,
  requestConfirmProps,
  requestConfirmSubject,
  RequestOutcomeEmail,
  requestOutcomeProps,
  requestOutcomeSubject,
} from "./emails/request";

export const groupEmails = {
  "group-member-confirm": defineTemplate({ props: memberConfirmProps, subject: memberConfirmSubject, verbatim: ["url"], render: MemberConfirmEmail }),
  "group-invitation": defineTemplate({ props: invitationProps, subject: invitationSubject, verbatim: ["url"], render: InvitationEmail }),
  "group-contact-relay": defineTemplate({ props: contactRelayProps, subject: contactRelaySubject, verbatim: ["url"], render: ContactRelayEmail }),
  "group-contact-reply": defineTemplate({ props: contactReplyProps, subject: contactReplySubject, verbatim: ["url"], render: ContactReplyEmail }),
  "group-announcement": defineTemplate({
    props: announcementProps,
    subject: announcementSubject,
    headers: announcementHeaders,
    verbatim: ["url", "memberUrl", "oneClickUrl"],
    render: AnnouncementEmail,
  }),
  "group-request-confirm": defineTemplate({ props: requestConfirmProps, subject: requestConfirmSubject, verbatim: ["url"], render: RequestConfirmEmail }),
  "group-request-outcome": defineTemplate({ props: requestOutcomeProps, subject: requestOutcomeSubject, verbatim: ["url"], render: RequestOutcomeEmail }),
} satisfies EmailTemplates;
