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
  "petition.share.address": "The petition’s address",
  "petition.share.addressHint": "For Signal or any other messaging app, copy this address and paste it into your conversation.",
  "petition.share.copy": "Copy the address",
  "petition.share.copied": "Address copied: paste it wherever you like.",
  "petition.share.selected": "The address is selected: copy it (Ctrl+C or Cmd+C).",
  "petition.share.webShare": "Share…",
  "petition.share.whatsapp": "On WhatsApp",
  "petition.share.telegram": "On Telegram",
  "petition.share.emailBody": "Hello,\n\nPlease sign the petition against surveillance in {commune}: {url}\n\nEvery signature counts.",
  "petition.share.mastodonLabel": "On Mastodon: your instance",
  "petition.share.mastodonHint": "Its name only, for example mastodon.social. We send you to its share page.",
  "petition.share.mastodonSubmit": "Share on Mastodon",
  "petition.share.mastodonTitle": "Share on Mastodon",
  "petition.share.mastodonIntro": "Give the name of your Mastodon instance: we send you to its share page, with the address of the petition of {commune}.",
  "errors.mastodonInstance.required": "Give the name of your Mastodon instance, for example mastodon.social.",
  "errors.mastodonInstance.invalid":
    "Give only the name of your instance, for example mastodon.social: no spaces, no path after the name, no “javascript:” or other prefix.",
};
