// The French messages of requests for a petition (the form on a commune's page without a
// petition, the confirmation page and email, the organizers' counts, the privacy policy's entry,
// "my data"), spread into the catalogue (app/locales/fr.ts).
export const petitionRequestMessagesFr = {
  "petitionRequest.heading": "Demander une pétition ici",
  "petitionRequest.intro":
    "Le collectif ouvre les pétitions là où des habitantes et des habitants les demandent. Laissez votre adresse\u00a0: votre demande est comptée dès que vous la confirmez, et votre adresse n’est jamais publiée.",
  "petitionRequest.count.one": "{count} personne demande une pétition ici.",
  "petitionRequest.count.other": "{count} personnes demandent une pétition ici.",
  "petitionRequest.email": "Votre adresse électronique",
  "petitionRequest.emailHint": "Pour confirmer votre demande. Elle n’est jamais publiée.",
  "petitionRequest.message": "Ce que la pétition devrait demander (facultatif)",
  "petitionRequest.messageHint": "Un projet, un lieu, une inquiétude\u00a0: quelques mots aident le collectif à la rédiger.",
  "petitionRequest.consent": "J’accepte que le collectif conserve ma demande pour la compter et m’écrire à son sujet.",
  "petitionRequest.privacy": "Votre demande est supprimée au bout d’un an, ou un mois après l’ouverture d’une pétition dans la commune.",
  "petitionRequest.submit": "Demander une pétition",
  "petitionRequest.errors.consent": "Cochez cette case pour que votre demande soit comptée.",
  "petitionRequest.errors.message": "Votre message ne doit pas dépasser 1\u202f000\u00a0caractères.",
  "petitionRequest.title": "Demander une pétition à {commune}",
  "petitionRequest.hasPetition": "Une pétition est déjà ouverte à {commune}\u00a0: vous pouvez la signer.",
  "petitionRequest.sent.title": "Confirmez votre demande",
  "petitionRequest.sent.text":
    "Si l’adresse est valide, un courriel vient de vous être envoyé. Ouvrez son lien pour confirmer votre demande\u00a0: elle ne compte qu’une fois confirmée.",
  "petitionRequest.back": "Revenir à la page de {commune}",
  "petitionRequest.confirm.title": "Confirmer votre demande de pétition",
  "petitionRequest.confirm.intro": "Confirmez votre demande de pétition à {commune}\u00a0: elle sera comptée et le collectif la verra.",
  "petitionRequest.confirm.submit": "Confirmer ma demande",
  "petitionRequest.confirm.done": "Votre demande est confirmée",
  "petitionRequest.confirm.doneText": "Merci\u00a0! Elle compte désormais parmi les demandes de pétition de {commune}.",
  "petitionRequest.confirm.unknown":
    "Ce lien n’est pas ou plus valide. Une demande non confirmée est supprimée au bout de 7\u00a0jours\u00a0: vous pouvez en faire une nouvelle depuis la page de votre commune.",
  "email.petitionRequest.reason": "Vous recevez ce courriel parce que quelqu’un a demandé une pétition sur Technopolice avec cette adresse.",
  "email.petitionRequest.confirmSubject": "Confirmez votre demande de pétition\u00a0: {commune}",
  "email.petitionRequest.confirmPreview": "Un dernier geste pour que votre demande compte ({commune})",
  "email.petitionRequest.confirmIntro": "Merci de demander une pétition à {commune}. Confirmez votre demande pour qu’elle soit comptée\u00a0:",
  "email.petitionRequest.confirmButton": "Confirmer ma demande",
  "email.petitionRequest.confirmExpiry":
    "Sans confirmation sous 7\u00a0jours, la demande et votre adresse sont supprimées. Si vous n’avez rien demandé, ignorez ce courriel.",
  "privacy.petitionRequests.title": "Demandes de pétition",
  "privacy.petitionRequests.purpose":
    "compter les personnes qui demandent une pétition dans leur commune, pour que le collectif sache où en ouvrir, et vous écrire à ce sujet.",
  "privacy.petitionRequests.kept":
    "la commune, votre adresse électronique (chiffrée), votre message s’il y en a un (chiffré), la date de votre accord et de votre confirmation.",
  "privacy.petitionRequests.retention":
    "non confirmée\u00a0: {unconfirmedDays}\u00a0jours\u00a0; confirmée\u00a0: {days}\u00a0jours, ou {afterOpenDays}\u00a0jours après l’ouverture d’une pétition dans la commune.",
  "myData.petitionRequests": "Demandes de pétition",
  "myData.deletePetitionRequest": "Supprimer cette demande",
  "admin.petitionRequests.title": "Demandes de pétition",
  "admin.petitionRequests.intro":
    "Les communes sans pétition où des personnes en ont demandé une, les plus demandées d’abord. Seules les demandes confirmées par courriel sont comptées.",
  "admin.petitionRequests.none": "Aucune demande confirmée pour le moment.",
  "admin.petitionRequests.commune": "Commune",
  "admin.petitionRequests.count": "Demandes",
  "admin.petitionRequests.latest": "Dernière demande",
  "admin.petitionRequests.status": "Pétition",
  "admin.petitionRequests.hasPetition": "ouverte depuis la demande",
  "admin.petitionRequests.noPetition": "aucune",
  "admin.petitionRequests.messages": "Messages",
} as const;
