// The English messages of court applications, spread into the catalogue (app/locales/en.ts).
// Typed by the French ones, so a key missing here fails the type check.
import type { courtApplicationMessagesFr } from "./messages.fr";

export const courtApplicationMessagesEn: Record<keyof typeof courtApplicationMessagesFr, string> = {
  "courtApplications.heading": "Going to the administrative court",
  "courtApplications.intro":
    "The commune has not communicated the documents despite the referral to the CADA: its refusal has been confirmed since {confirmed}. You can ask the {tribunal} to annul this refusal and to order the commune to communicate the documents to you (article L911-1 of the code de justice administrative).",
  "courtApplications.deadline": "Last day to file the application: {date}.",
  "courtApplications.late":
    "The two-month deadline computed by the site expired on {date}: an application filed now may be held out of time. Seek advice before filing it.",
  "courtApplications.notAdvice":
    "A draft to check: this is not legal advice. The site wrote it from the dates you recorded; read it again, fill in the parts in square brackets and check the dates before sending anything. The draft is in French, the court's language.",
  "courtApplications.downloads": "Download the draft application",
  "courtApplications.odt": "Editable document (ODT: LibreOffice, Word)",
  "courtApplications.pdf": "PDF",
  "courtApplications.text": "Plain text",
  "courtApplications.whereHeading": "Where to file the application",
  "courtApplications.telerecours": "Online, on Télérecours citoyens (application and exhibits as PDF):",
  "courtApplications.noTelerecours": "Télérecours citoyens is not open for this court: file the application by post or at the registry.",
  "courtApplications.post": "Or by registered post with acknowledgement of receipt, or at the registry:",
  "courtApplications.exhibits":
    "Attach, numbered as in the draft's list of exhibits: your request, the proof it was sent, your referral to the CADA and its opinion.",
  "courtApplications.help": "The collective can help you review the application: organizers see that your request has reached this step.",
  "admin.requests.court": "Confirmed refusals: to the court ({count})",
  "admin.requests.court.intro":
    "Requests whose refusal was confirmed after the referral to the CADA and that are not in court yet, the nearest deadline first. The requester can download a draft application through their personal link; the collective can offer help, then link the request to the legal action it becomes.",
  "admin.requests.court.empty": "No request has reached this step.",
  "admin.requests.court.confirmedOn": "Refusal confirmed on",
  "admin.requests.court.deadline": "Last day to go to court",
  "admin.requests.court.tribunal": "Competent court",
  "admin.requests.court.legalAction": "Legal action",
  "admin.requests.court.link": "Link to a legal action",
  "admin.requests.court.passed": "deadline passed",
};
