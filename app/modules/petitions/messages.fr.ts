// The French messages of petitions that live in the module (issue 28 onwards), spread into the
// catalogue (app/locales/fr.ts). The older ones are still in the catalogue itself.
export const petitionMessagesFr = {
  // The thank-you page anyone can open (a shared copy of its address claims nothing).
  "petition.thanks.neutralTitle": "Merci de votre soutien",
  "petition.thanks.neutralText":
    "Si vous venez de signer, vérifiez votre boîte de réception : votre signature ne comptera qu’une fois confirmée par le lien que nous vous avons envoyé.",
  "petition.thanks.further": "Pour aller plus loin :",
  "petition.finalCount": "Résultat final : {count, plural, one {# signature confirmée} other {# signatures confirmées}}",
  "petition.embed.read": "Lire la pétition",
  "petition.openData": "Données ouvertes :",
  "admin.petitions.closesAt": "Date de clôture (heure UTC, facultative)",
  "admin.petitions.closesAtHint":
    "Le site clôt la pétition à cette date. Les signatures faites avant peuvent encore être confirmées pendant {hours} heures, et comptent. Laissez vide pour la clore vous-même.",
  "errors.petitionAdmin.closesAt": "Indiquez une date et une heure valides, ou laissez le champ vide.",
  "email.petitionNews.unsubscribe": "Ne plus recevoir de nouvelles de cette pétition :",
  "petition.news.title": "Nouvelles de la pétition",
  "petition.news.intro":
    "Vous recevez un courriel quand la pétition de {commune} est remise au maire, puis quand il y répond. Votre signature reste comptée si vous n’en voulez plus.",
  "petition.news.submit": "Ne plus recevoir de nouvelles de cette pétition",
  "petition.news.done": "C’est fait : vous ne recevrez plus de nouvelles de la pétition de {commune}. Votre signature reste comptée.",
} as const;
