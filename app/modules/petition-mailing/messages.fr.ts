// The French messages of the organizers' messages to signers (issue 28, item 3), spread into the
// catalogue (app/locales/fr.ts).
export const petitionMailingMessagesFr = {
  // The consent, asked unticked on the signing form.
  "petition.sign.mayContact":
    "J’accepte que les organisateurs m’écrivent au sujet de cette pétition, par exemple avant le vote au conseil municipal (au plus un courriel par semaine, désinscription en un clic).",
  // The petition's admin page.
  "admin.petitions.mayContact": "Joignables",
  "admin.petitions.mayContactCount":
    "{count, plural, one {# signataire confirmé a accepté d’être recontacté} other {# signataires confirmés ont accepté d’être recontactés}}",
  "admin.petitions.mailing.link": "Écrire aux signataires",
  // The composer.
  "admin.mailing.title": "Écrire aux signataires",
  "admin.mailing.back": "Retour à la pétition",
  "admin.mailing.intro":
    "Votre message part aux signataires confirmés qui ont accepté d’être recontactés et ne se sont pas désinscrits : {count, plural, one {# personne} other {# personnes}}. Chaque courriel porte un lien de désinscription. Un message par semaine au plus pour cette pétition.",
  "admin.mailing.subject": "Objet",
  "admin.mailing.body": "Message",
  "admin.mailing.bodyHint": "Texte simple. Séparez les paragraphes par une ligne vide.",
  "admin.mailing.preview": "Aperçu",
  "admin.mailing.sendTest": "M’envoyer un aperçu",
  "admin.mailing.send": "Envoyer aux signataires",
  "admin.mailing.previewHeading": "Aperçu du courriel",
  "admin.mailing.previewSubject": "Objet : {subject}",
  "admin.mailing.previewUnsubscribe": "Sous le message, chaque signataire trouvera son lien pour ne plus recevoir de nouvelles de cette pétition.",
  "admin.mailing.confirm":
    "{count, plural, one {Ce message partira à # signataire.} other {Ce message partira à # signataires.}} Vous ne pourrez plus écrire aux signataires de cette pétition avant sept jours.",
  "admin.mailing.confirmSubmit": "{count, plural, one {Envoyer à # signataire} other {Envoyer à # signataires}}",
  "admin.mailing.nobody": "Aucun signataire ne peut recevoir ce message pour l’instant.",
  "admin.mailing.next": "Prochain envoi possible à partir du {date}.",
  "admin.mailing.done.test": "L’aperçu vous a été envoyé par courriel.",
  "admin.mailing.done.sent": "{count, plural, one {Le message part à # signataire.} other {Le message part à # signataires.}}",
  "admin.mailing.history": "Messages envoyés",
  "admin.mailing.historyEmpty": "Aucun message envoyé pour cette pétition.",
  "admin.mailing.col.date": "Date",
  "admin.mailing.col.subject": "Objet",
  "admin.mailing.col.author": "Par",
  "admin.mailing.col.recipients": "Destinataires",
  "admin.mailing.col.sent": "Envoyés",
  "admin.mailing.status.QUEUED": "en attente",
  "admin.mailing.status.SENDING": "en cours",
  "admin.mailing.status.SENT": "terminé",
  "errors.petitionMailing.subject": "Indiquez l’objet du message.",
  "errors.petitionMailing.subjectTooLong": "L’objet ne doit pas dépasser 150 caractères.",
  "errors.petitionMailing.subjectLine": "L’objet tient sur une seule ligne.",
  "errors.petitionMailing.body": "Écrivez le message.",
  "errors.petitionMailing.bodyTooLong": "Le message ne doit pas dépasser 10 000 caractères.",
  "errors.petitionMailing.tooSoon": "Un message a déjà été envoyé aux signataires de cette pétition cette semaine. Prochain envoi possible à partir du {date}.",
  "errors.petitionMailing.nobody": "Aucun signataire n’a accepté d’être recontacté : il n’y a personne à qui écrire.",
  // The email.
  "email.petitionMailing.previewSubject": "[Aperçu] {subject}",
  "email.petitionMailing.previewNote": "Ceci est un aperçu : les signataires ne l’ont pas reçu.",
  "email.petitionMailing.reason":
    "Vous recevez ce message parce que vous avez signé cette pétition Technopolice et accepté que ses organisateurs vous écrivent à son sujet.",
} as const;
