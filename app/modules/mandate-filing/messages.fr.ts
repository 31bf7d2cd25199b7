// The French messages of the filing side of mandate campaigns (issue 26, items 4 and 5), spread
// into the catalogue (app/locales/fr.ts).
export const mandateFilingMessagesFr = {
  // The link from the campaign's page (components/filing-link.tsx).
  "admin.mandateFiling.link": "Exporter la liste et enregistrer le dépôt",

  // The filing page (/admin/mandats/<id>/depot).
  "admin.mandateFiling.page.title": "Dépôt de la plainte",
  "admin.mandateFiling.page.back": "Retour à la campagne",
  "admin.mandateFiling.page.action": "Recours : {title}",
  "admin.mandateFiling.page.fileBy": "Date de dépôt prévue : {date}",
  "admin.mandateFiling.page.count": "{count, plural, one {# mandat confirmé} other {# mandats confirmés}}",
  "admin.mandateFiling.page.stage.open":
    "La campagne recueille encore des mandats : la liste sera figée le {date}, et le dépôt pourra être enregistré à partir de ce moment.",
  "admin.mandateFiling.page.stage.frozen": "La liste est figée depuis le {date} : plus aucun mandat ne peut être donné ni révoqué en ligne.",
  "admin.mandateFiling.page.stage.filed": "Plainte déposée le {date} (autorité saisie : {authority} ; référence : {reference}).",
  "admin.mandateFiling.page.stage.ended": "Procédure terminée le {date}.",
  "admin.mandateFiling.page.notified":
    "{count, plural, one {# mandant ou mandante prévenu·e par courriel} other {# mandants et mandantes prévenu·e·s par courriel}} sur {total}.",
  "admin.mandateFiling.page.erasureDue":
    "Les identités seront effacées à la fin de la procédure, et au plus tard le {date} ; seul le nombre de mandats restera.",
  "admin.mandateFiling.page.erasureSoon": "Les identités seront effacées cette nuit ; seul le nombre de mandats restera.",
  "admin.mandateFiling.page.erased": "Identités effacées le {date}. Il reste le nombre de mandats : {count}.",
  "admin.mandateFiling.page.exports": "Liste pour l’autorité",
  "admin.mandateFiling.page.exportsIntro":
    "Les mandats confirmés et non révoqués : nom, prénom, commune, date et heure du mandat, version du texte et son empreinte SHA-256. Chaque export est inscrit au journal, avec le nombre de lignes.",
  "admin.mandateFiling.page.notFrozenWarning": "Attention : la liste n’est pas encore figée et peut changer d’ici le dépôt.",
  "admin.mandateFiling.page.csv": "Télécharger la liste (CSV)",
  "admin.mandateFiling.page.pdf": "Télécharger l’annexe (PDF)",
  "admin.mandateFiling.page.record": "Enregistrer le dépôt",
  "admin.mandateFiling.page.recordIntro":
    "Une fois le dépôt enregistré, chaque mandant et mandante reçoit un courriel, une seule fois, puis la lettre des recours pour suivre la procédure.",
  "admin.mandateFiling.page.filedOn": "Date du dépôt",
  "admin.mandateFiling.page.filedWith": "Autorité ou juridiction",
  "admin.mandateFiling.page.reference": "Référence du dépôt",
  "admin.mandateFiling.page.referenceHint": "Le numéro de plainte ou d’enregistrement donné par l’autorité.",
  "admin.mandateFiling.page.submit": "Enregistrer le dépôt",
  "admin.mandateFiling.page.confirm":
    "Le dépôt du {date} (autorité saisie : {authority} ; référence : {reference}) sera enregistré une fois pour toutes, et {count, plural, one {# personne sera prévenue} other {# personnes seront prévenues}} par courriel.",
  "admin.mandateFiling.page.confirmSubmit": "Confirmer le dépôt",
  "admin.mandateFiling.page.end": "Fin de la procédure",
  "admin.mandateFiling.page.endIntro":
    "Quand la procédure est terminée (décision définitive, retrait), enregistrez-en la fin : les identités des mandants et mandantes seront effacées la nuit suivante.",
  "admin.mandateFiling.page.endSubmit": "Enregistrer la fin de la procédure",
  "admin.mandateFiling.page.endConfirm":
    "Les noms, adresses et communes des {count, plural, one {# mandant ou mandante} other {# mandants et mandantes}} seront effacés cette nuit, sans retour possible. Seul le nombre restera.",
  "admin.mandateFiling.page.endConfirmSubmit": "Confirmer la fin de la procédure",
  "admin.mandateFiling.notice.filed": "Dépôt enregistré : les courriels partent.",
  "admin.mandateFiling.notice.ended": "Fin de la procédure enregistrée.",
  "admin.mandateFiling.errors.filedOn": "Indiquez la date du dépôt (jour, mois, année).",
  "admin.mandateFiling.errors.filedOnRange": "La date du dépôt doit être comprise entre la date prévue ({from}) et aujourd’hui.",
  "admin.mandateFiling.errors.filedWith": "Indiquez l’autorité ou la juridiction (de 2 à 200 caractères).",
  "admin.mandateFiling.errors.reference": "Indiquez la référence du dépôt (200 caractères au plus).",
  "admin.mandateFiling.errors.notFrozen": "Le dépôt ne peut être enregistré qu’à partir de la date prévue, quand la liste est figée.",
  "admin.mandateFiling.errors.alreadyFiled": "Le dépôt de cette plainte est déjà enregistré.",
  "admin.mandateFiling.errors.notFiled": "La fin de la procédure ne peut être enregistrée qu’après le dépôt.",
  "admin.mandateFiling.errors.alreadyEnded": "La fin de cette procédure est déjà enregistrée.",

  // The list (CSV) and the annex (PDF), always in French: they go to a French authority.
  "admin.mandateFiling.list.lastName": "nom",
  "admin.mandateFiling.list.firstName": "prénom",
  "admin.mandateFiling.list.commune": "commune",
  "admin.mandateFiling.list.inseeCode": "code INSEE",
  "admin.mandateFiling.list.link": "lien avec la commune",
  "admin.mandateFiling.list.link.residence": "résidence",
  "admin.mandateFiling.list.link.work": "travail",
  "admin.mandateFiling.list.postalAddress": "adresse postale",
  "admin.mandateFiling.list.date": "date du mandat",
  "admin.mandateFiling.list.time": "heure du mandat (Paris)",
  "admin.mandateFiling.list.confirmedAt": "confirmé le",
  "admin.mandateFiling.list.version": "version du texte",
  "admin.mandateFiling.list.sha256": "empreinte SHA-256 du texte",
  "admin.mandateFiling.annex.title": "Liste des mandats — {title}",
  "admin.mandateFiling.annex.tableTitle": "Mandats — {title}",
  "admin.mandateFiling.annex.action": "Recours : {title}",
  "admin.mandateFiling.annex.controller": "Responsable du traitement visé : {controller}",
  "admin.mandateFiling.annex.authority": "Autorité saisie : {authority}",
  "admin.mandateFiling.annex.reference": "Référence du dépôt : {reference}",
  "admin.mandateFiling.annex.fileBy": "Liste figée le {date} (heure de Paris)",
  "admin.mandateFiling.annex.count":
    "{count, plural, one {# mandat confirmé, donné en application de l’article 80 du RGPD} other {# mandats confirmés, donnés en application de l’article 80 du RGPD}}",
  "admin.mandateFiling.annex.generated": "Document établi le {date}",
  "admin.mandateFiling.annex.versions": "Textes du mandat",
  "admin.mandateFiling.annex.version": "Version {version} ({lang}), publiée le {date}",
  "admin.mandateFiling.annex.lang.fr": "français",
  "admin.mandateFiling.annex.lang.en": "anglais",
  "admin.mandateFiling.annex.column.number": "n°",
  "admin.mandateFiling.annex.column.lastName": "Nom",
  "admin.mandateFiling.annex.column.firstName": "Prénom",
  "admin.mandateFiling.annex.column.commune": "Commune (INSEE)",
  "admin.mandateFiling.annex.column.link": "Lien",
  "admin.mandateFiling.annex.column.date": "Date et heure",
  "admin.mandateFiling.annex.column.version": "Texte",
  "admin.mandateFiling.annex.empty": "Aucun mandat.",
  "admin.mandateFiling.annex.page": "page {page} / {pages}",

  // The one email to each mandator when the complaint is filed.
  "email.mandateFiling.subject": "Votre mandat a été déposé : {title}",
  "email.mandateFiling.preview": "La plainte a été déposée (autorité saisie : {authority}).",
  "email.mandateFiling.reason":
    "Vous recevez ce courriel parce que vous avez donné mandat à Technopolice pour cette plainte. Il ne vous est envoyé qu’une fois.",
  "email.mandateFiling.filed":
    "La plainte « {title} », pour laquelle vous nous avez donné mandat, a été déposée le {date}, avec votre mandat et ceux des autres personnes qui l’ont rejointe. Autorité saisie : {authority}.",
  "email.mandateFiling.reference": "Référence du dépôt : {reference}.",
  "email.mandateFiling.next":
    "Votre mandat figure désormais dans la plainte déposée. Si vous souhaitez le retirer pour la suite de la procédure, la page de votre mandat (le lien reçu pour le confirmer) explique ce qui reste possible.",
  "email.mandateFiling.follow": "Suivre le recours « {title} » :",
  "email.mandateFiling.digest":
    "Pour suivre la procédure, vous recevrez désormais la lettre des recours de Technopolice, qui annonce les suites de cette plainte et des autres recours du collectif.",
  "email.mandateFiling.unsubscribe": "Pour ne plus la recevoir, un clic suffit, ici ou dans chaque lettre :",
  "email.mandateFiling.noDigest":
    "Vous vous étiez désabonné·e de la lettre des recours : nous ne vous l’enverrons pas. Les suites de la plainte restent publiées sur la page du recours.",
  "email.mandateFiling.retention":
    "Votre nom, votre adresse et votre commune seront effacés à la fin de la procédure ; seul le nombre de mandats sera conservé.",

  // The privacy policy (/confidentialite).
  "privacy.mandateFiling.title": "Mandats déposés (plaintes collectives)",
  "privacy.mandateFiling.purpose":
    "déposer la plainte pour laquelle vous nous avez donné mandat (article 80 du RGPD), en remettant à l’autorité la liste des mandats, puis vous informer du dépôt et des suites de la procédure.",
  "privacy.mandateFiling.kept":
    "vos nom, prénom, adresse électronique, commune (et, si l’autorité l’exige, adresse postale), chiffrés ; la date et l’heure de votre mandat, la version du texte accepté et son empreinte. Seuls les membres de l’équipe juridique y ont accès, et chaque consultation est inscrite au journal.",
  "privacy.mandateFiling.retention":
    "jusqu’à la fin de la procédure, et au plus tard {years} ans après le dépôt : c’est la durée la plus longue que peuvent prendre l’instruction de la plainte par l’autorité, puis un recours contre sa décision devant le Conseil d’État et une éventuelle question préjudicielle à la Cour de justice de l’Union européenne, pendant lesquels l’association doit pouvoir prouver chaque mandat. Ensuite, seul le nombre de mandats est conservé.",
  "admin.mandateFiling.page.revoked": "Mandats révoqués depuis le gel de la liste : {count}. Transmettez ces révocations à l’autorité saisie.",
  "admin.mandateFiling.page.revokedList": "Voir la liste",
} as const;
