// The French messages of the share images (issue 27), spread into the catalogue (app/locales/fr.ts).
export const shareMessagesFr = {
  "share.card.petition": "Pétition · {commune}",
  "share.card.count": "{count, plural, one {# signature} other {# signatures}}",
  "share.card.goal": "objectif : {goal}",
  "share.card.project": "Projet de surveillance · {commune}",
  "share.card.legal": "Recours · {communes}",
  "share.card.legalNational": "Recours national",
  "share.card.campaign": "Campagne Technopolice",
  "share.card.campaignFacts": "Signaler les projets de sa ville, signer sa pétition, rejoindre la campagne",
  "share.card.city": "{commune}",
  "share.card.cityTitle": "La surveillance à {commune} : ce que nous savons, ce que nous contestons",
  "share.image.alt": "Technopolice : nos villes ne sont pas des laboratoires de surveillance",
  "share.image.altPetition": "Pétition de {commune} : « {title} », {count}, objectif : {goal}",
  "share.image.altCity": "{commune} : la surveillance dans la commune, sur Technopolice",
  "share.image.altProject": "{title} : projet de surveillance à {commune}",
  "share.image.altLegal": "{title} : recours devant {court}",
} as const;
