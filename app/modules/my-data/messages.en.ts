// The English messages of "my data", spread into the catalogue (app/locales/en.ts).
// Typed by the French ones, so a key missing here fails the type check.
import type { myDataMessagesFr } from "./messages.fr";

export const myDataMessagesEn: Record<keyof typeof myDataMessagesFr, string> = {
  "email.myData.subject": "Your data on Technopolice",
  "email.myData.preview": "The link to see, export or delete your data",
  "email.myData.reason": "You are receiving this because someone asked, with this address, to see the data the site holds.",
  "email.myData.intro":
    "This link shows everything the Technopolice site holds for your address, and lets you export or delete it. It is valid for {minutes} minutes.",
  "email.myData.button": "See my data",
  "email.myData.ignore": "If you did not ask for it, ignore this email: without this link nobody sees your data.",
  "myData.title": "My data",
  "myData.intro":
    "Enter your email address: we send you a link that shows everything the site holds for it (signatures, volunteer profile, subscription, reports, document requests, donations), to export or delete it.",
  "myData.email": "Email address",
  "myData.submit": "Send me the link",
  "myData.sent": "If the site knows this address, a link has just been sent to it. It is valid for an hour.",
  "myData.expired": "This link is no longer valid. Ask for a new one below.",
  "myData.erased": "Done: the site holds nothing for this address any more, except what tax law requires us to keep about donations.",
  "myData.deleted": "Deleted.",
  "myData.heldFor": "Here is everything the site holds for {email}.",
  "myData.nothing": "The site holds nothing for this address.",
  "myData.signatures": "Signatures",
  "myData.signedOn": "signed on {date}",
  "myData.unconfirmed": "not confirmed",
  "myData.withdrawSignature": "Withdraw this signature",
  "myData.since": "since {date}",
  "myData.deleteReport": "Delete this report (or my address if it is published)",
  "myData.donationsKept":
    "Donations and tax receipts are kept {years} years after the year of the gift, as French tax law requires (Livre des procédures fiscales, art. L102 E), then erased: they cannot be deleted before.",
  "myData.actions": "Export or delete everything",
  "myData.export": "Download my data (JSON)",
  "myData.deleteAll": "Delete everything",
  "privacy.myData.title": '"My data" requests',
  "privacy.myData.purpose": "to send you the link that shows, exports and deletes your data.",
  "privacy.myData.kept": "the address the link was sent to.",
  "privacy.myData.retention": "the link is valid for {minutes} minutes and erased the day after it expires.",
};
