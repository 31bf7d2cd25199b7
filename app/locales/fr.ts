// French, the site's default language. Every key here must exist in en.ts (the type checker
// and tests/unit/locales.test.ts both check it).
export const fr = {
  "site.name": "Technopolice",
  "site.tagline": "Contre la surveillance policière des villes",
  "nav.home": "Accueil",
  "nav.cities": "Villes",
  "nav.skip": "Aller au contenu",
  "nav.main": "Navigation principale",
  "lang.switch": "Read in English",
  "lang.switchLabel": "Langue",
  "footer.about":
    "Technopolice est une campagne portée par un collectif d'associations, de syndicats et d'habitantes et habitants. Ce site n'utilise aucun traceur, aucune police ni aucun script tiers.",
  "footer.contact": "Nous écrire",

  "home.title": "Technopolice — documenter et refuser la surveillance de nos villes",
  "home.metaDescription":
    "Vidéosurveillance algorithmique, reconnaissance faciale, drones, capteurs sonores, police prédictive : signalez les projets de votre ville, signez la pétition adressée à votre maire, rejoignez la campagne.",
  "home.heading": "Nos villes ne sont pas des laboratoires de surveillance",
  "home.lead":
    "Partout en France, des municipalités installent des caméras « intelligentes », testent la reconnaissance faciale, font voler des drones et achètent des logiciels qui prétendent prédire la délinquance. Ces projets de « safe city » se décident souvent sans débat public. Technopolice les documente, les rend visibles et les conteste, ville par ville.",
  "home.manifesto.heading": "Pourquoi nous appelons à participer",
  "home.manifesto.p1":
    "La surveillance automatisée de l'espace public transforme chaque passant en suspect. Elle analyse les gestes, les visages et les sons, classe des comportements en « normaux » ou « anormaux », et installe une infrastructure dont personne ne maîtrise l'usage futur.",
  "home.manifesto.p2":
    "Ces dispositifs sont vendus aux élus par des industriels, présentés comme des expérimentations puis généralisés. Ils coûtent cher, leur efficacité n'est jamais démontrée, et ils menacent les libertés de manifester, d'aller et venir, et de vivre sans être observé.",
  "home.manifesto.p3":
    "Rien de cela n'est inévitable. Dans plusieurs villes, des habitantes et habitants ont obtenu l'abandon de projets en les rendant publics et en saisissant la justice. Pour agir partout, nous avons besoin de vous : de ce que vous voyez dans votre ville, de votre signature, de votre temps.",
  "home.act.heading": "Comment agir",
  "home.act.report.title": "Signaler un projet",
  "home.act.report.text": "Une caméra qui analyse les images, un drone, un contrat avec un industriel : dites-nous ce qui se prépare dans votre commune, sources à l'appui.",
  "home.act.sign.title": "Signer la pétition de votre ville",
  "home.act.sign.text": "Chaque pétition est adressée au maire de la commune. Nous remettons les signatures et publions la réponse.",
  "home.act.volunteer.title": "Donner du temps",
  "home.act.volunteer.text": "Recherche documentaire, juridique, traduction, organisation locale : chacun et chacune peut contribuer.",
  "home.act.donate.title": "Faire un don",
  "home.act.donate.text": "Les recours en justice et la documentation ont un coût. La campagne vit de dons, ponctuels ou mensuels.",
  "home.act.subscribe.title": "Suivre les recours",
  "home.act.subscribe.text": "Recevez par courriel les nouveaux recours du collectif et leurs suites, sans rien d'autre.",
  "home.act.soon": "Bientôt disponible",
  "home.featured.heading": "Villes à la une",
  "home.featured.text": "Paris, Marseille, Toulouse, Nice et Saint-Étienne ont lancé des projets emblématiques : vidéosurveillance algorithmique, centres de supervision, capteurs sonores, partenariats avec des industriels.",
  "home.search.heading": "Trouver votre ville",

  "search.label": "Nom de la commune ou code postal",
  "search.submit": "Rechercher",
  "search.placeholder": "ex. Saint-Étienne ou 06000",
  "search.title": "Rechercher une commune",
  "search.results": "{count} commune(s) pour « {query} »",
  "search.noResults": "Aucune commune ne correspond à « {query} ». Vérifiez l'orthographe ou essayez un code postal.",
  "search.tooShort": "Saisissez au moins deux caractères.",
  "search.suggestions": "Suggestions",
  "search.suggestionsCount": "{count} suggestion(s). Utilisez les flèches haut et bas pour les parcourir.",

  "commune.population": "{population} habitants",
  "commune.department": "Département : {name} ({code})",
  "commune.region": "Région : {name}",
  "commune.postcodes": "Codes postaux : {list}",
  "commune.petition.heading": "Pétition",
  "commune.petition.none": "Aucune pétition n'est ouverte pour cette commune pour le moment.",
  "commune.reports.heading": "Projets de surveillance signalés",
  "commune.reports.none": "Aucun projet n'a encore été documenté ici. Vous en connaissez un ?",
  "commune.actions.heading": "Recours en justice",
  "commune.actions.none": "Aucun recours en cours pour cette commune.",
  "commune.metaTitle": "{name} — Technopolice",

  "error.notFound.title": "Page introuvable",
  "error.notFound.text": "Cette page n'existe pas ou a été déplacée. Vérifiez l'adresse, ou cherchez une commune.",
  "error.generic.title": "Une erreur est survenue",
  "error.generic.text": "Nous n'avons pas pu afficher cette page. Réessayez dans un instant ; si le problème persiste, écrivez-nous.",
  "error.backHome": "Retour à l'accueil",
  "email.signIn.subject": "Votre lien de connexion à Technopolice",
  "email.signIn.preview": "Connectez-vous à l'espace organisateurs",
  "email.signIn.intro": "Voici votre lien pour vous connecter à l'espace organisateurs de Technopolice. Il est valable {minutes} minutes et ne sert qu'une fois.",
  "email.signIn.button": "Me connecter",
  "email.signIn.fallback": "Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur :",
  "email.signIn.ignore": "Si vous n'avez rien demandé, ignorez ce message : personne ne pourra se connecter sans ce lien.",
  "email.signIn.reason": "Vous recevez ce message parce qu'une connexion à l'espace organisateurs a été demandée avec cette adresse.",
} as const;

export type MessageKey = keyof typeof fr;
export type Messages = Record<MessageKey, string>;
