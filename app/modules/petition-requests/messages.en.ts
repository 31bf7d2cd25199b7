// The English messages of requests for a petition, spread into the catalogue (app/locales/en.ts).
// Typed by the French ones, so a key missing here fails the type check.
import type { petitionRequestMessagesFr } from "./messages.fr";

export const petitionRequestMessagesEn: Record<keyof typeof petitionRequestMessagesFr, string> = {
  "petitionRequest.heading": "Ask for a petition here",
  "petitionRequest.intro":
    "The collective opens petitions where residents ask for them. Leave your address: your request counts as soon as you confirm it, and your address is never published.",
  "petitionRequest.count.one": "{count} person is asking for a petition here.",
  "petitionRequest.count.other": "{count} people are asking for a petition here.",
  "petitionRequest.email": "Your email address",
  "petitionRequest.emailHint": "To confirm your request. It is never published.",
  "petitionRequest.message": "What the petition should ask for (optional)",
  "petitionRequest.messageHint": "A project, a place, a concern: a few words help the collective write it.",
  "petitionRequest.consent": "I agree that the collective keeps my request to count it and write to me about it.",
  "petitionRequest.privacy": "Your request is deleted after a year, or a month after a petition opens in the town.",
  "petitionRequest.submit": "Ask for a petition",
  "petitionRequest.errors.consent": "Tick this box for your request to be counted.",
  "petitionRequest.errors.message": "Your message must be at most 1,000 characters.",
  "petitionRequest.title": "Ask for a petition in {commune}",
  "petitionRequest.hasPetition": "A petition is already open in {commune}: you can sign it.",
  "petitionRequest.sent.title": "Confirm your request",
  "petitionRequest.sent.text":
    "If the address is valid, an email has just been sent to you. Open its link to confirm your request: it only counts once confirmed.",
  "petitionRequest.back": "Back to the page of {commune}",
  "petitionRequest.confirm.title": "Confirm your request for a petition",
  "petitionRequest.confirm.intro": "Confirm your request for a petition in {commune}: it will be counted and the collective will see it.",
  "petitionRequest.confirm.submit": "Confirm my request",
  "petitionRequest.confirm.done": "Your request is confirmed",
  "petitionRequest.confirm.doneText": "Thank you! It now counts among the requests for a petition in {commune}.",
  "petitionRequest.confirm.unknown":
    "This link is not or no longer valid. An unconfirmed request is deleted after 7 days: you can make a new one from your town's page.",
  "email.petitionRequest.reason": "You are receiving this email because someone asked for a petition on Technopolice with this address.",
  "email.petitionRequest.confirmSubject": "Confirm your request for a petition: {commune}",
  "email.petitionRequest.confirmPreview": "One last step for your request to count ({commune})",
  "email.petitionRequest.confirmIntro": "Thank you for asking for a petition in {commune}. Confirm your request for it to be counted:",
  "email.petitionRequest.confirmButton": "Confirm my request",
  "email.petitionRequest.confirmExpiry":
    "Without confirmation within 7 days, the request and your address are deleted. If you did not ask for anything, ignore this email.",
  "privacy.petitionRequests.title": "Requests for a petition",
  "privacy.petitionRequests.purpose":
    "to count the people asking for a petition in their town, so that the collective knows where to open one, and to write to you about it.",
  "privacy.petitionRequests.kept":
    "the town, your email address (encrypted), your message if any (encrypted), the dates of your consent and of your confirmation.",
  "privacy.petitionRequests.retention":
    "unconfirmed: {unconfirmedDays} days; confirmed: {days} days, or {afterOpenDays} days after a petition opens in the town.",
  "myData.petitionRequests": "Requests for a petition",
  "myData.deletePetitionRequest": "Delete this request",
  "admin.petitionRequests.title": "Requests for a petition",
  "admin.petitionRequests.intro": "Towns where people asked for a petition, most requested first. Only requests confirmed by email are counted.",
  "admin.petitionRequests.none": "No confirmed request yet.",
  "admin.petitionRequests.commune": "Town",
  "admin.petitionRequests.count": "Requests",
  "admin.petitionRequests.latest": "Latest request",
  "admin.petitionRequests.status": "Petition",
  "admin.petitionRequests.hasPetition": "opened since the request",
  "admin.petitionRequests.noPetition": "none",
  "admin.petitionRequests.messages": "Messages",
};
