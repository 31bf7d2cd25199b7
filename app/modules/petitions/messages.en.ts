// The English messages of petitions that live in the module, spread into the catalogue
// (app/locales/en.ts). Typed by the French ones, so a key missing here fails the type check.
import type { petitionMessagesFr } from "./messages.fr";

export const petitionMessagesEn: Record<keyof typeof petitionMessagesFr, string> = {
  "petition.thanks.neutralTitle": "Thank you for your support",
  "petition.thanks.neutralText": "If you have just signed, check your inbox: your signature counts only once you confirm it with the link we sent you.",
  "petition.thanks.further": "To go further:",
  "petition.finalCount": "Final count: {count, plural, one {# confirmed signature} other {# confirmed signatures}}",
  "petition.embed.read": "Read the petition",
  "petition.openData": "Open data:",
  "admin.petitions.closesAt": "Closing date (UTC time, optional)",
  "admin.petitions.closesAtHint":
    "The site closes the petition on this date. Signatures made before it can still be confirmed for {hours} hours, and count. Leave empty to close it yourself.",
  "errors.petitionAdmin.closesAt": "Enter a valid date and time, or leave the field empty.",
  "email.petitionNews.unsubscribe": "Stop receiving news of this petition:",
  "petition.news.title": "News of the petition",
  "petition.news.intro":
    "You receive an email when the petition of {commune} is delivered to the mayor, then when the mayor answers. Your signature still counts if you want no more.",
  "petition.news.submit": "Stop receiving news of this petition",
  "petition.news.done": "Done: you will receive no more news of the petition of {commune}. Your signature still counts.",
  "petition.act.heading": "Take action in {commune}",
  "petition.act.petition": "The petition to the mayor",
  "petition.act.closed": "This petition no longer collects signatures.",
  "petition.act.closedLink": "See the petition and its result",
  "petition.act.none": "There is no petition in {commune} yet. Ask for one: every confirmed request is counted.",
  "petition.act.ask": "Ask for a petition in {commune}",
  "petition.act.documents": "Request documents from the town hall of {commune}",
  "petition.list.sortSubmit": "Sort the list",
  "petition.list.sign": "Sign",
  "petition.list.signFor": "the petition of {commune}",
  "petition.list.progress": "Progress of the petition of {commune} towards its goal",
};
