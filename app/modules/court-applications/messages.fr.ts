// The French messages of court applications, spread into the catalogue (app/locales/fr.ts).
// Data only: no imports (the catalogue reaches the browser).
export const courtApplicationMessagesFr = {
  "courtApplications.heading": "Saisir le tribunal administratif",
  "courtApplications.intro":
    "La commune n’a pas communiqué les documents malgré la saisine de la CADA : son refus est confirmé depuis le {confirmed}. Vous pouvez demander au {tribunal} d’annuler ce refus et d’ordonner à la commune de vous communiquer les documents (article L911-1 du code de justice administrative).",
  "courtApplications.deadline": "Dernier jour pour déposer la requête : {date}.",
  "courtApplications.late":
    "Le délai de deux mois calculé par le site a expiré le {date} : une requête déposée maintenant risque d’être jugée tardive. Demandez conseil avant de la déposer.",
  "courtApplications.notAdvice":
    "Projet à vérifier : ce n’est pas un conseil juridique. Le site l’a rédigé à partir des dates que vous avez enregistrées ; relisez-le, complétez les passages entre crochets et vérifiez les dates avant tout envoi. Le projet est rédigé en français, la langue du tribunal.",
  "courtApplications.downloads": "Télécharger le projet de requête",
  "courtApplications.odt": "Document modifiable (ODT : LibreOffice, Word)",
  "courtApplications.pdf": "PDF",
  "courtApplications.text": "Texte brut",
  "courtApplications.whereHeading": "Où déposer la requête",
  "courtApplications.telerecours": "Par internet, sur Télérecours citoyens (requête et pièces en PDF) :",
  "courtApplications.noTelerecours": "Télérecours citoyens n’est pas ouvert pour ce tribunal : déposez la requête par courrier ou au greffe.",
  "courtApplications.post": "Ou par courrier recommandé avec accusé de réception, ou au greffe :",
  "courtApplications.exhibits":
    "Joignez, numérotées comme dans l’inventaire du projet : votre demande, la preuve de son envoi, votre saisine de la CADA et son avis.",
  "courtApplications.help": "Le collectif peut vous aider à relire la requête : les organisateurs voient que votre demande en est à cette étape.",
  "admin.requests.court": "Refus confirmés : vers le tribunal ({count})",
  "admin.requests.court.intro":
    "Les demandes dont le refus est confirmé après la saisine de la CADA et qui ne sont pas encore devant le tribunal, la plus proche du délai d’abord. Le demandeur peut télécharger un projet de requête depuis son lien personnel ; le collectif peut lui proposer son aide, puis lier la demande au recours qu’elle devient.",
  "admin.requests.court.empty": "Aucune demande n’en est à cette étape.",
  "admin.requests.court.confirmedOn": "Refus confirmé le",
  "admin.requests.court.deadline": "Dernier jour pour saisir le tribunal",
  "admin.requests.court.tribunal": "Tribunal compétent",
  "admin.requests.court.legalAction": "Recours",
  "admin.requests.court.link": "Lier à un recours",
  "admin.requests.court.passed": "délai expiré",
} as const;
