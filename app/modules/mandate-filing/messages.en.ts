// The English messages of the filing side of mandate campaigns (issue 26, items 4 and 5), spread
// into the catalogue (app/locales/en.ts). The list and the annex are always French.
import type { mandateFilingMessagesFr } from "./messages.fr";

export const mandateFilingMessagesEn: Record<keyof typeof mandateFilingMessagesFr, string> = {
  "admin.mandateFiling.link": "Export the list and record the filing",

  "admin.mandateFiling.page.title": "Filing the complaint",
  "admin.mandateFiling.page.back": "Back to the campaign",
  "admin.mandateFiling.page.action": "Legal action: {title}",
  "admin.mandateFiling.page.fileBy": "Planned filing date: {date}",
  "admin.mandateFiling.page.count": "{count, plural, one {# confirmed mandate} other {# confirmed mandates}}",
  "admin.mandateFiling.page.stage.open": "The campaign is still collecting mandates: the list freezes on {date}, and the filing can be recorded from then on.",
  "admin.mandateFiling.page.stage.frozen": "The list has been frozen since {date}: no mandate can be given or revoked online any more.",
  "admin.mandateFiling.page.stage.filed": "Complaint filed on {date} (authority: {authority}; reference: {reference}).",
  "admin.mandateFiling.page.stage.ended": "Procedure ended on {date}.",
  "admin.mandateFiling.page.notified": "{count, plural, one {# mandator told by email} other {# mandators told by email}} out of {total}.",
  "admin.mandateFiling.page.erasureDue":
    "Identities will be erased when the procedure ends, and on {date} at the latest; only the number of mandates will remain.",
  "admin.mandateFiling.page.erasureSoon": "Identities will be erased tonight; only the number of mandates will remain.",
  "admin.mandateFiling.page.erased": "Identities erased on {date}. The number of mandates remains: {count}.",
  "admin.mandateFiling.page.exports": "List for the authority",
  "admin.mandateFiling.page.exportsIntro":
    "Confirmed mandates that were not revoked: last name, first name, commune, date and time of the mandate, text version and its SHA-256 hash. Every export is recorded in the log, with its number of rows.",
  "admin.mandateFiling.page.notFrozenWarning": "Beware: the list is not frozen yet and may change before the filing.",
  "admin.mandateFiling.page.csv": "Download the list (CSV)",
  "admin.mandateFiling.page.pdf": "Download the annex (PDF)",
  "admin.mandateFiling.page.record": "Record the filing",
  "admin.mandateFiling.page.recordIntro":
    "Once the filing is recorded, every mandator receives one email, once, then the legal actions newsletter to follow the procedure.",
  "admin.mandateFiling.page.filedOn": "Filing date",
  "admin.mandateFiling.page.filedWith": "Authority or court",
  "admin.mandateFiling.page.reference": "Filing reference",
  "admin.mandateFiling.page.referenceHint": "The complaint or registration number given by the authority.",
  "admin.mandateFiling.page.submit": "Record the filing",
  "admin.mandateFiling.page.confirm":
    "The filing of {date} (authority: {authority}; reference: {reference}) will be recorded once and for all, and {count, plural, one {# person will be told} other {# people will be told}} by email.",
  "admin.mandateFiling.page.confirmSubmit": "Confirm the filing",
  "admin.mandateFiling.page.end": "End of the procedure",
  "admin.mandateFiling.page.endIntro":
    "When the procedure is over (final decision, withdrawal), record its end: the mandators' identities are erased the following night.",
  "admin.mandateFiling.page.endSubmit": "Record the end of the procedure",
  "admin.mandateFiling.page.endConfirm":
    "The names, addresses and communes of {count, plural, one {# mandator} other {# mandators}} will be erased tonight, for good. Only the number will remain.",
  "admin.mandateFiling.page.endConfirmSubmit": "Confirm the end of the procedure",
  "admin.mandateFiling.notice.filed": "Filing recorded: the emails are on their way.",
  "admin.mandateFiling.notice.ended": "End of the procedure recorded.",
  "admin.mandateFiling.errors.filedOn": "Enter the filing date (day, month, year).",
  "admin.mandateFiling.errors.filedOnRange": "The filing date must be between the planned date ({from}) and today.",
  "admin.mandateFiling.errors.filedWith": "Enter the authority or court (2 to 200 characters).",
  "admin.mandateFiling.errors.reference": "Enter the filing reference (200 characters at most).",
  "admin.mandateFiling.errors.notFrozen": "The filing can only be recorded from the planned date, once the list is frozen.",
  "admin.mandateFiling.errors.alreadyFiled": "The filing of this complaint is already recorded.",
  "admin.mandateFiling.errors.notFiled": "The end of the procedure can only be recorded after the filing.",
  "admin.mandateFiling.errors.alreadyEnded": "The end of this procedure is already recorded.",

  "admin.mandateFiling.list.lastName": "last name",
  "admin.mandateFiling.list.firstName": "first name",
  "admin.mandateFiling.list.commune": "commune",
  "admin.mandateFiling.list.inseeCode": "INSEE code",
  "admin.mandateFiling.list.link": "link with the commune",
  "admin.mandateFiling.list.link.residence": "residence",
  "admin.mandateFiling.list.link.work": "work",
  "admin.mandateFiling.list.postalAddress": "postal address",
  "admin.mandateFiling.list.date": "date of the mandate",
  "admin.mandateFiling.list.time": "time of the mandate (Paris)",
  "admin.mandateFiling.list.confirmedAt": "confirmed on",
  "admin.mandateFiling.list.version": "text version",
  "admin.mandateFiling.list.sha256": "SHA-256 hash of the text",
  "admin.mandateFiling.annex.title": "List of mandates — {title}",
  "admin.mandateFiling.annex.tableTitle": "Mandates — {title}",
  "admin.mandateFiling.annex.action": "Legal action: {title}",
  "admin.mandateFiling.annex.controller": "Data controller concerned: {controller}",
  "admin.mandateFiling.annex.authority": "Authority: {authority}",
  "admin.mandateFiling.annex.reference": "Filing reference: {reference}",
  "admin.mandateFiling.annex.fileBy": "List frozen on {date} (Paris time)",
  "admin.mandateFiling.annex.count":
    "{count, plural, one {# confirmed mandate, given under Article 80 GDPR} other {# confirmed mandates, given under Article 80 GDPR}}",
  "admin.mandateFiling.annex.generated": "Document drawn up on {date}",
  "admin.mandateFiling.annex.versions": "Texts of the mandate",
  "admin.mandateFiling.annex.version": "Version {version} ({lang}), published on {date}",
  "admin.mandateFiling.annex.lang.fr": "French",
  "admin.mandateFiling.annex.lang.en": "English",
  "admin.mandateFiling.annex.column.number": "No.",
  "admin.mandateFiling.annex.column.lastName": "Last name",
  "admin.mandateFiling.annex.column.firstName": "First name",
  "admin.mandateFiling.annex.column.commune": "Commune (INSEE)",
  "admin.mandateFiling.annex.column.link": "Link",
  "admin.mandateFiling.annex.column.date": "Date and time",
  "admin.mandateFiling.annex.column.version": "Text",
  "admin.mandateFiling.annex.empty": "No mandate.",
  "admin.mandateFiling.annex.page": "page {page} / {pages}",

  "email.mandateFiling.subject": "Your mandate has been filed: {title}",
  "email.mandateFiling.preview": "The complaint has been filed (authority: {authority}).",
  "email.mandateFiling.reason": "You receive this email because you gave Technopolice a mandate for this complaint. It is sent to you only once.",
  "email.mandateFiling.filed":
    "The complaint “{title}”, for which you gave us a mandate, was filed on {date}, with your mandate and those of everyone else who joined it. Authority: {authority}.",
  "email.mandateFiling.reference": "Filing reference: {reference}.",
  "email.mandateFiling.next":
    "Your mandate is now part of the filed complaint. If you wish to withdraw it for the rest of the procedure, your mandate’s page (the link you received to confirm it) explains what is still possible.",
  "email.mandateFiling.follow": "Follow the legal action “{title}”:",
  "email.mandateFiling.digest":
    "To follow the procedure, you will now receive Technopolice’s legal actions newsletter, which reports what happens to this complaint and to the collective’s other legal actions.",
  "email.mandateFiling.unsubscribe": "To stop receiving it, one click is enough, here or in each newsletter:",
  "email.mandateFiling.noDigest":
    "You had unsubscribed from the legal actions newsletter: we will not send it to you. What happens to the complaint stays published on the legal action’s page.",
  "email.mandateFiling.retention": "Your name, address and commune will be erased when the procedure ends; only the number of mandates will be kept.",

  "privacy.mandateFiling.title": "Filed mandates (collective complaints)",
  "privacy.mandateFiling.purpose":
    "to lodge the complaint you gave us a mandate for (Article 80 GDPR), handing the list of mandates to the authority, then to tell you about the filing and what follows.",
  "privacy.mandateFiling.kept":
    "your last and first names, email address, commune (and, where the authority requires it, postal address), encrypted; the date and time of your mandate, the version of the text you accepted and its hash. Only members of the legal team see them, and every view is recorded in the log.",
  "privacy.mandateFiling.retention":
    "until the procedure ends, and at most {years} years after the filing: the longest time the authority’s handling of the complaint, then an appeal against its decision before the Conseil d’État and a possible preliminary reference to the Court of Justice of the European Union, may take, during which the association must be able to prove each mandate. After that, only the number of mandates is kept.",
  "admin.mandateFiling.page.revoked": "Mandates revoked since the list was frozen: {count}. Pass these revocations on to the authority.",
  "admin.mandateFiling.page.revokedList": "See the list",
};
