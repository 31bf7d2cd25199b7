// The emails of event registrations (issue 25), spread into the site's registry (emails/index.ts):
// one template, eight variants (confirm, again, registered, waiting, moved up, reminder, changed,
// cancelled), each with the event's date, place and the personal link.
import { defineTemplate, type EmailTemplates } from "../../../emails/define";
import EventRegistrationEmail, { eventRegistrationProps, eventRegistrationSubject } from "./emails/event-registration";

export const eventEmails = {
  "event-registration": defineTemplate({
    props: eventRegistrationProps,
    subject: eventRegistrationSubject,
    verbatim: ["url", "eventUrl", "icsUrl"],
    render: EventRegistrationEmail,
  }),
} satisfies EmailTemplates;
