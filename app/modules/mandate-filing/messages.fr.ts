// The French messages of the filing side of mandate campaigns (issue 26, items 4 and 5), spread
// into the catalogue (app/locales/fr.ts).
export const mandateFilingMessagesFr = {
  // The link from the campaign's page (components/filing-link.tsx).
  "mandateFiling.link": "Exporter la liste et enregistrer le dépôt",

  // The filing page (/admin/mandats/<id>/depot).
  "mandateFiling.page.title": "Dépôt de la plainte",
  "mandateFiling.page.back": "Retour à la campagne",
  "mandateFiling.page.action": "Recours : {title}",
  "mandateFiling.page.fileBy": "Date de dépôt prévue : {date}",
  "mandateFiling.page.count": "{count, plural, one {# mandat confirmé} other {# mandats confirmés}}",
  "mandateFiling.page.stage.open":
    "La campagne recueille encore des mandats : la liste sera figée le {date}, et le dépôt pourra être enregistré à partir de ce moment.",
  "mandateFiling.page.stage.frozen": "La liste est figée depuis le {date} : plus aucun mandat ne peut être donné ni révoqué en ligne.",
  "mandateFiling.page.stage.filed": "Plainte déposée le {date} auprès de {authority}, référence {reference}.",
  "mandateFiling.page.stage.ended": "Procédure terminée le {date}.",
  "mandateFiling.page.notified":
    "{count, plural, one {# mandant ou mandante prévenu·e par courriel} other {# mandants et mandantes prévenu·e·s par courriel}} sur {total}.",
  "mandateFiling.page.erasureDue":
    "Les identités seront effacées à la fin de la procédure, et au plus tard le {date} ; seul le nombre de mandats restera.",
  "mandateFiling.page.erasureSoon": "Les identités seront effacées cette nuit ; seul le nombre de mandats restera.",
  "mandateFiling.page.erased": "Identités effacées le {date}. Il reste le nombre de mandats : {count}.",
  "mandateFiling.page.exports": "Liste pour l’autorité",
  "mandateFiling.page.exportsIntro":
    "Les mandats confirmés et non révoqués : nom, prénom, commune, date et heure du mandat, version du texte et son empreinte SHA-256. Chaque export est inscrit au journal, avec le nombre de lignes.",
  "mandateFiling.page.notFrozenWarning": "Attention : la liste n’est pas encore figée et peut changer d’ici le dépôt.",
  "mandateFiling.page.csv": "Télécharger la liste (CSV)",
  "mandateFiling.page.pdf": "Télécharger l’annexe (PDF)",
  "mandateFiling.page.record": "Enregistrer le dépôt",
  "mandateFiling.page.recordIntro":
    "Une fois le dépôt enregistré, chaque mandant et mandante reçoit un courriel, une seule fois, puis la lettre des recours pour suivre la procédure.",
  "mandateFiling.page.filedOn": "Date du dépôt",
  "mandateFiling.page.filedWith": "Autorité ou juridiction",
  "mandateFiling.page.reference": "Référence du dépôt",
  "mandateFiling.page.referenceHint": "Le numéro de plainte ou d’enregistrement donné par l’autorité.",
  "mandateFiling.page.submit": "Enregistrer le dépôt",
  "mandateFiling.page.confirm":
    "Le dépôt du {date} auprès de {authority} (référence {reference}) sera enregistré une fois pour toutes, et {count, plural, one {# personne sera prévenue} other {# personnes seront prévenues}} par courriel.",
  "mandateFiling.page.confirmSubmit": "Confirmer le dépôt",
  "mandateFiling.page.end": "Fin de la procédure",
  "mandateFiling.page.endIntro":
    "Quand la procédure est terminée (décision définitive, retrait), enregistrez-en la fin : les identités des mandants et mandantes seront effacées la nuit suivante.",
  "mandateFiling.page.endSubmit": "Enregistrer la fin de la procédure",
  "mandateFiling.page.endConfirm":
    "Les noms, adresses et communes des {count, plural, one {# mandant ou mandante} other {# mandants et mandantes}} seront effacés cette nuit, sans retour possible. Seul le nombre restera.",
  "mandateFiling.page.endConfirmSubmit": "Confirmer la fin de la procédure",
  "mandateFiling.notice.filed": "Dépôt enregistré : les courriels partent.",
  "mandateFiling.notice.ended": "Fin de la procédure enregistrée.",
  "mandateFiling.errors.filedOn": "Indiquez la date du dépôt (jour, mois, année).",
  "mandateFiling.errors.filedOnRange": "La date du dépôt doit être comprise entre la date prévue ({from}) et aujourd’hui.",
  "mandateFiling.errors.filedWith": "Indiquez l’autorité ou la juridiction (de 2 à 200 caractères).",
  "mandateFiling.errors.reference": "Indiquez la référence du dépôt (200 caractères au plus).",
  "mandateFiling.errors.notFrozen": "Le dépôt ne peut être enregistré qu’à partir de la date prévue, quand la liste est figée.",
  "mandateFiling.errors.alreadyFiled": "Le dépôt de cette plainte est déjà enregistré.",
  "mandateFiling.errors.notFiled": "La fin de la procédure ne peut être enregistrée qu’après le dépôt.",
  "mandateFiling.errors.alreadyEnded": "La fin de cette procédure est déjà enregistrée.",

  // The list (CSV) and the annex (PDF), always in French: they go to a French authority.
  "mandateFiling.list.lastName": "nom",
  "mandateFiling.list.firstName": "prénom",
  "mandateFiling.list.commune": "commune",
  "mandateFiling.list.inseeCode": "code INSEE",
  "mandateFiling.list.link": "lien avec la commune",
  "mandateFiling.list.link.residence": "résidence",
  "mandateFiling.list.link.work": "travail",
  "mandateFiling.list.postalAddress": "adresse postale",
  "mandateFiling.list.date": "date du mandat",
  "mandateFiling.list.time": "heure du mandat (Paris)",
  "mandateFiling.list.confirmedAt": "confirmé le",
  "mandateFiling.list.version": "version du texte",
  "mandateFiling.list.sha256": "empreinte SHA-256 du texte",
  "mandateFiling.annex.title": "Liste des mandats — {title}",
  "mandateFiling.annex.tableTitle": "Mandats — {title}",
  "mandateFiling.annex.action": "Recours : {title}",
  "mandateFiling.annex.controller": "Responsable du traitement visé : {controller}",
  "mandateFiling.annex.authority": "Autorité saisie : {authority}",
  "mandateFiling.annex.reference": "Référence du dépôt : {reference}",
  "mandateFiling.annex.fileBy": "Liste figée le {date} (heure de Paris)",
  "mandateFiling.annex.count":
    "{count, plural, one {# mandat confirmé, donné en application de l’article 80 du RGPD} other {# mandats confirmés, donnés en application de l’article 80 du RGPD}}",
  "mandateFiling.annex.generated": "Document établi le {date}",
  "mandateFiling.annex.versions": "Textes du mandat",
  "mandateFiling.annex.version": "Version {version} ({lang}), publiée le {date}",
  "mandateFiling.annex.lang.fr": "français",
  "mandateFiling.annex.lang.en": "anglais",
  "mandateFiling.annex.column.number": "n°",
  "mandateFiling.annex.column.lastName": "Nom",
  "mandateFiling.annex.column.firstName": "Prénom",
  "mandateFiling.annex.column.commune": "Commune (INSEE)",
  "mandateFiling.annex.column.link": "Lien",
  "mandateFiling.annex.column.date": "Date et heure",
  "mandateFiling.annex.column.version": "Texte",
  "mandateFiling.annex.empty": "Aucun mandat.",
  "mandateFiling.annex.page": "page {page} / {pages}",

  // The one email to each mandator when the complaint is filed.
  "mandateFiling.email.subject": "Votre mandat a été déposé : {title}",
  "mandateFiling.email.preview": "La plainte a été déposée auprès de {authority}.",
  "mandateFiling.email.reason":
    "Vous recevez ce courriel parce que vous avez donné mandat à Technopolice pour cette plainte. Il ne vous est envoyé qu’une fois.",
  "mandateFiling.email.filed":
    "La plainte « {title} », pour laquelle vous nous avez donné mandat, a été déposée le {date} auprès de {authority}, avec votre mandat et ceux des autres personnes qui l’ont rejointe.",
  "mandateFiling.email.reference": "Référence du dépôt : {reference}.",
  "mandateFiling.email.next":
    "Depuis cette date, votre mandat ne peut plus être révoqué en ligne : si vous souhaitez le retirer, écrivez-nous, nous en informerons l’autorité.",
  "mandateFiling.email.follow": "Suivre le recours « {title} » :",
  "mandateFiling.email.digest":
    "Pour suivre la procédure, vous recevrez désormais la lettre des recours de Technopolice, qui annonce les suites de cette plainte et des autres recours du collectif.",
  "mandateFiling.email.unsubscribe": "Pour ne plus la recevoir, un clic suffit, ici ou dans chaque lettre :",
  "mandateFiling.email.noDigest":
    "Vous vous étiez désabonné·e de la lettre des recours : nous ne vous l’enverrons pas. Les suites de la plainte restent publiées sur la page du recours.",
  "mandateFiling.email.retention":
    "Votre nom, votre adresse et votre commune seront effacés à la fin de la procédure ; seul le nombre de mandats sera conservé.",

  // The privacy policy (/confidentialite).
  "privacy.mandateFiling.title": "Mandats déposés (plaintes collectives)",
  "privacy.mandateFiling.purpose":
    "déposer la plainte pour laquelle vous nous avez donné mandat (article 80 du RGPD), en remettant à l’autorité la liste des mandats, puis vous informer du dépôt et des suites de la procédure.",
  "privacy.mandateFiling.kept":
    "vos nom, prénom, adresse électronique, commune (et, si l’autorité l’exige, adresse postale), chiffrés ; la date et l’heure de votre mandat, la version du texte accepté et son empreinte. Seuls les membres de l’équipe juridique y ont accès, et chaque consultation est inscrite au journal.",
  "privacy.mandateFiling.retention":
    "jusqu’à la fin de la procédure, et au plus tard {years} ans après le dépôt : c’est la durée la plus longue que peuvent prendre l’instruction de la plainte par l’autorité, puis un recours contre sa décision devant le Conseil d’État et une éventuelle question préjudicielle à la Cour de justice de l’Union européenne, pendant lesquels l’association doit pouvoir prouver chaque mandat. Ensuite, seul le nombre de mandats est conservé.",
} as const;
