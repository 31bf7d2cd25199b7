// The French messages of "my data" (/mes-donnees: the request form, the link's email, the page
// and its deletions, the privacy policy's entry), spread into the catalogue (app/locales/fr.ts).
export const myDataMessagesFr = {
  "email.myData.subject": "Vos données sur Technopolice",
  "email.myData.preview": "Le lien pour voir, exporter ou supprimer vos données",
  "email.myData.reason": "Vous recevez ce message parce que quelqu’un a demandé, avec cette adresse, à voir les données que le site détient.",
  "email.myData.intro":
    "Ce lien montre tout ce que le site Technopolice détient pour votre adresse, et vous permet de l’exporter ou de le supprimer. Il est valable {minutes} minutes.",
  "email.myData.button": "Voir mes données",
  "email.myData.ignore": "Si vous n’avez rien demandé, ignorez ce message : sans ce lien, personne ne voit vos données.",
  "myData.title": "Mes données",
  "myData.intro":
    "Indiquez votre adresse électronique : nous vous envoyons un lien qui montre tout ce que le site détient pour elle (signatures, profil de bénévole, abonnement, signalements, demandes de documents, dons), pour l’exporter ou le supprimer.",
  "myData.email": "Adresse électronique",
  "myData.submit": "Recevoir le lien",
  "myData.sent": "Si cette adresse est connue du site, un lien vient de lui être envoyé. Il est valable une heure.",
  "myData.expired": "Ce lien n’est plus valable. Demandez-en un nouveau ci-dessous.",
  "myData.erased": "C’est fait : le site ne détient plus rien pour cette adresse, hormis ce que la loi fiscale oblige à garder pour les dons.",
  "myData.deleted": "C’est supprimé.",
  "myData.heldFor": "Voici tout ce que le site détient pour l’adresse {email}.",
  "myData.nothing": "Le site ne détient rien pour cette adresse.",
  "myData.signatures": "Signatures",
  "myData.signedOn": "signée le {date}",
  "myData.unconfirmed": "non confirmée",
  "myData.withdrawSignature": "Retirer cette signature",
  "myData.since": "depuis le {date}",
  "myData.deleteReport": "Supprimer ce signalement (ou mon adresse s’il est publié)",
  "myData.donationsKept":
    "Les dons et les reçus fiscaux sont conservés {years} ans après l’année du don, comme l’exige la loi fiscale (Livre des procédures fiscales, art. L102 E), puis effacés : ils ne peuvent pas être supprimés avant.",
  "myData.actions": "Exporter ou tout supprimer",
  "myData.export": "Télécharger mes données (JSON)",
  "myData.deleteAll": "Tout supprimer",
  "privacy.myData.title": "Demandes « Mes données »",
  "privacy.myData.purpose": "vous envoyer le lien qui montre, exporte et supprime vos données.",
  "privacy.myData.kept": "l’adresse à laquelle le lien a été envoyé.",
  "privacy.myData.retention": "le lien est valable {minutes} minutes et effacé le lendemain de son expiration.",
} as const;
