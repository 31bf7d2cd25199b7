import type { shareMessagesFr } from "./messages.fr";

// The English messages of the share images, spread into the catalogue (app/locales/en.ts).
export const shareMessagesEn: Record<keyof typeof shareMessagesFr, string> = {
  "share.card.petition": "Petition · {commune}",
  "share.card.count": "{count, plural, one {# signature} other {# signatures}}",
  "share.card.goal": "goal: {goal}",
  "share.card.project": "Surveillance project · {commune}",
  "share.card.legal": "Legal action · {communes}",
  "share.card.legalNational": "National legal action",
  "share.card.campaign": "The Technopolice campaign",
  "share.card.campaignFacts": "Report your city’s projects, sign its petition, join the campaign",
  "share.card.city": "{commune}",
  "share.card.cityTitle": "Surveillance in {commune}: what we know, what we challenge",
  "share.image.alt": "Technopolice: our cities are not surveillance laboratories",
  "share.image.altPetition": "Petition of {commune}: “{title}”, {count}, goal: {goal}",
  "share.image.altCity": "{commune}: surveillance in the commune, on Technopolice",
  "share.image.altProject": "{title}: surveillance project in {commune}",
  "share.image.altLegal": "{title}: legal action before {court}",
};
