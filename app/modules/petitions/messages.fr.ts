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
    "Vous recevez un courriel quand la pétition de {commune} est remise au maire, puis quand il y répond, et les messages de ses organisateurs si vous avez accepté qu’ils vous écrivent. Votre signature reste comptée si vous n’en voulez plus.",
  "petition.news.submit": "Ne plus recevoir de nouvelles de cette pétition",
  "petition.news.done": "C’est fait : vous ne recevrez plus de nouvelles de la pétition de {commune}. Votre signature reste comptée.",
  // A project's page leads to action in its commune (issue 27, item 4).
  "petition.act.heading": "Agir à {commune}",
  "petition.act.petition": "La pétition au maire",
  "petition.act.closed": "Cette pétition ne recueille plus de signatures.",
  "petition.act.closedLink": "Voir la pétition et son résultat",
  "petition.act.none": "Il n’y a pas encore de pétition à {commune}. Demandez-la : chaque demande confirmée est comptée.",
  "petition.act.ask": "Demander une pétition à {commune}",
  "petition.act.documents": "Demander des documents à la mairie de {commune}",
  // The list of open petitions.
  "petition.list.sortSubmit": "Trier la liste",
  "petition.list.sign": "Signer",
  "petition.list.signFor": "la pétition de {commune}",
  "petition.list.progress": "Progression de la pétition de {commune} vers son objectif",
  // Sharing a petition (issue 27): no third-party script, no tracking.
  "petition.share.address": "Adresse de la pétition",
  "petition.share.addressHint": "Pour Signal ou toute autre messagerie, copiez cette adresse et collez-la dans votre conversation.",
  "petition.share.copy": "Copier l’adresse",
  "petition.share.copied": "Adresse copiée : collez-la où vous voulez.",
  "petition.share.selected": "L’adresse est sélectionnée : copiez-la (Ctrl+C ou Cmd+C).",
  "petition.share.webShare": "Partager…",
  "petition.share.whatsapp": "Sur WhatsApp",
  "petition.share.telegram": "Sur Telegram",
  "petition.share.emailBody": "Bonjour,\n\nJe vous invite à signer la pétition contre la surveillance à {commune} : {url}\n\nChaque signature compte.",
  "petition.share.mastodonLabel": "Sur Mastodon : votre instance",
  "petition.share.mastodonHint": "Son nom seul, par exemple mastodon.social. Nous vous envoyons sur sa page de partage.",
  "petition.share.mastodonSubmit": "Partager sur Mastodon",
  "petition.share.mastodonTitle": "Partager sur Mastodon",
  "petition.share.mastodonIntro":
    "Indiquez le nom de votre instance Mastodon : nous vous envoyons sur sa page de partage, avec l’adresse de la pétition de {commune}.",
  "errors.mastodonInstance.required": "Indiquez le nom de votre instance Mastodon, par exemple mastodon.social.",
  "errors.mastodonInstance.invalid":
    "Indiquez seulement le nom de votre instance, par exemple mastodon.social : sans espace, sans chemin après le nom, sans « javascript: » ni autre préfixe.",
} as const;
