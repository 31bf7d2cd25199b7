// The English messages of the organizers' messages to signers, spread into the catalogue
// (app/locales/en.ts). Typed by the French ones, so a key missing here fails the type check.
import type { petitionMailingMessagesFr } from "./messages.fr";

export const petitionMailingMessagesEn: Record<keyof typeof petitionMailingMessagesFr, string> = {
  "petition.sign.mayContact":
    "I agree that the organizers may write to me about this petition, for instance before the city council votes (one email a week at most, unsubscribe in one click).",
  "admin.petitions.mayContact": "Reachable",
  "admin.petitions.mayContactCount": "{count, plural, one {# confirmed signer agreed to be contacted} other {# confirmed signers agreed to be contacted}}",
  "admin.petitions.mailing.link": "Write to the signers",
  "admin.mailing.title": "Write to the signers",
  "admin.mailing.back": "Back to the petition",
  "admin.mailing.intro":
    "Your message goes to the confirmed signers who agreed to be contacted and have not unsubscribed: {count, plural, one {# person} other {# people}}. Every email carries an unsubscribe link. One message a week at most for this petition.",
  "admin.mailing.subject": "Subject",
  "admin.mailing.body": "Message",
  "admin.mailing.bodyHint": "Plain text. Separate paragraphs with an empty line.",
  "admin.mailing.preview": "Preview",
  "admin.mailing.sendTest": "Send me a preview",
  "admin.mailing.send": "Send to the signers",
  "admin.mailing.previewHeading": "Preview of the email",
  "admin.mailing.previewSubject": "Subject: {subject}",
  "admin.mailing.previewUnsubscribe": "Under the message, each signer will find their link to stop receiving news of this petition.",
  "admin.mailing.confirm":
    "{count, plural, one {This message will go to # signer.} other {This message will go to # signers.}} You will not be able to write to this petition’s signers again for seven days.",
  "admin.mailing.confirmSubmit": "{count, plural, one {Send to # signer} other {Send to # signers}}",
  "admin.mailing.nobody": "No signer can receive this message yet.",
  "admin.mailing.next": "Next message possible from {date}.",
  "admin.mailing.done.test": "The preview was emailed to you.",
  "admin.mailing.done.sent": "{count, plural, one {The message is on its way to # signer.} other {The message is on its way to # signers.}}",
  "admin.mailing.history": "Messages sent",
  "admin.mailing.historyEmpty": "No message sent for this petition.",
  "admin.mailing.col.date": "Date",
  "admin.mailing.col.subject": "Subject",
  "admin.mailing.col.author": "By",
  "admin.mailing.col.recipients": "Recipients",
  "admin.mailing.col.sent": "Sent",
  "admin.mailing.status.QUEUED": "waiting",
  "admin.mailing.status.SENDING": "sending",
  "admin.mailing.status.SENT": "done",
  "errors.petitionMailing.subject": "Enter the message’s subject.",
  "errors.petitionMailing.subjectTooLong": "The subject must be 150 characters at most.",
  "errors.petitionMailing.subjectLine": "The subject fits on one line.",
  "errors.petitionMailing.body": "Write the message.",
  "errors.petitionMailing.bodyTooLong": "The message must be 10,000 characters at most.",
  "errors.petitionMailing.tooSoon": "A message was already sent to this petition’s signers this week. Next message possible from {date}.",
  "errors.petitionMailing.nobody": "No signer agreed to be contacted: there is nobody to write to.",
  "email.petitionMailing.previewSubject": "[Preview] {subject}",
  "email.petitionMailing.previewNote": "This is a preview: the signers have not received it.",
  "email.petitionMailing.reason":
    "You are receiving this message because you signed this Technopolice petition and agreed that its organizers may write to you about it.",
};
