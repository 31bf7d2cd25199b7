// The letters of a document request: the request to the mairie (from an organizer's template)
// and the referral to the CADA. Pure text, always in French (they go to French authorities);
// the PDF and the mailto: link are built from it. Shared by the server and the browser.
import { addMonths } from "./clock";
import { formatDate, type CalendarDay } from "~/utils/dates";
import { fillFrench, withDe } from "~/utils/elision";

export const PLACEHOLDERS = ["commune", "maire", "projet", "documents", "nom", "adresse", "date"] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/** The CADA's postal address and site, as it publishes them. */
export const CADA_ADDRESS = "Commission d’accès aux documents administratifs\nTSA 50730\n75334 Paris Cedex 07";
export const CADA_SITE = "https://www.cada.fr";

const NNBSP = "\u202f";
const NBSP = "\u00a0";

export function frenchDate(day: CalendarDay) {
  return formatDate("fr", day);
}

/** "Monsieur le Maire", "Madame la Maire", or both when organizers have not said. */
export function mayorSalutation(title: "MADAME_LA_MAIRE" | "MONSIEUR_LE_MAIRE" | null) {
  return title === "MADAME_LA_MAIRE" ? "Madame la Maire" : title === "MONSIEUR_LE_MAIRE" ? "Monsieur le Maire" : "Madame, Monsieur le Maire";
}

/** Replaces {placeholder} ("de {commune}" with its élision: "d'Ambérieu-en-Bugey"); unknown braces are left as they are. */
export function fillPlaceholders(text: string, values: Record<Placeholder, string>) {
  return fillFrench(text, (name) => ((PLACEHOLDERS as readonly string[]).includes(name) ? values[name as Placeholder] : undefined));
}

export const documentList = (documents: string[]) =>
  documents.map((document, index) => `– ${document}${index === documents.length - 1 ? "." : `${NBSP};`}`).join("\n");

/**
 * The body of the mailto: link when the whole letter would make it too long: a covering note,
 * with a line where the requester pastes the letter (copied from their page).
 */
const PASTE_HERE = "[Collez ici la lettre complète, copiée depuis votre page de demande.]";
const SHORT_BODY = ["{maire},", "Je vous adresse ci-dessous une demande de communication de documents administratifs.", PASTE_HERE, "{nom}\n{adresse}"].join(
  "\n\n",
);

export type LetterInput = {
  subject: string;
  body: string;
  communeName: string;
  mayorTitle: "MADAME_LA_MAIRE" | "MONSIEUR_LE_MAIRE" | null;
  projectLabel: string;
  documents: string[];
  name: string;
  address: string;
  date: CalendarDay;
};

export function renderLetter(input: LetterInput) {
  const values: Record<Placeholder, string> = {
    commune: input.communeName,
    maire: mayorSalutation(input.mayorTitle),
    projet: input.projectLabel,
    documents: documentList(input.documents),
    nom: input.name,
    adresse: input.address,
    date: frenchDate(input.date),
  };
  return {
    subject: fillPlaceholders(input.subject, values),
    body: fillPlaceholders(input.body, values),
    shortBody: fillPlaceholders(SHORT_BODY, values),
  };
}

/**
 * Mail clients and browsers cut a mailto: link at about 2,000 characters (some at less): the
 * link carries the whole letter only when it stays under this length.
 */
export const MAILTO_MAX_LENGTH = 1_800;

const mailto = (to: string, subject: string | null, body: string | null) => {
  const query = [
    subject === null ? null : `subject=${encodeURIComponent(subject)}`,
    body === null ? null : `body=${encodeURIComponent(body.replace(/\n/g, "\r\n"))}`,
  ].filter(Boolean);
  return `mailto:${encodeURIComponent(to).replace(/%40/g, "@")}${query.length ? `?${query.join("&")}` : ""}`;
};

/**
 * A mailto: link (the requester sends the letter from their own mailbox) that mail clients open
 * whole: with the letter when it fits in MAILTO_MAX_LENGTH, else with a short note where the
 * requester pastes it (`complete` is then false, and the page says so).
 */
export function mailtoLink({ to, subject, body, shortBody }: { to: string; subject: string; body: string; shortBody: string }) {
  const candidates: [string | null, string | null, boolean][] = [
    [subject, body, true],
    [subject, shortBody, false],
    [subject, PASTE_HERE, false],
    [null, PASTE_HERE, false],
  ];
  for (const [candidateSubject, candidateBody, complete] of candidates) {
    const href = mailto(to, candidateSubject, candidateBody);
    if (href.length <= MAILTO_MAX_LENGTH) return { href, complete };
  }
  return { href: mailto(to, null, null), complete: false };
}

/**
 * The referral to the CADA, with what the CADA asks for: who refers, the administration, the
 * request and its date, the refusal (its date) or its absence, and the documents concerned.
 */
export function renderReferral(input: {
  communeName: string;
  name: string;
  address: string;
  email: string;
  sentOn: CalendarDay;
  documents: string[];
  projectLabel: string;
  answerKind: "PARTIAL" | "REFUSED" | null;
  answeredOn: CalendarDay | null;
  date: CalendarDay;
}) {
  const refusal =
    input.answerKind === "REFUSED" && input.answeredOn
      ? `Par une décision du ${frenchDate(input.answeredOn)}, dont je joins la copie, la commune a refusé de me communiquer ces documents.`
      : input.answerKind === "PARTIAL" && input.answeredOn
        ? `Le ${frenchDate(input.answeredOn)}, la commune ne m’a communiqué qu’une partie de ces documents (copie de sa réponse jointe)${NNBSP}; les autres ne m’ont pas été transmis.`
        : `Cette demande est restée sans réponse. Le silence gardé pendant plus d’un mois, soit depuis le ${frenchDate(addMonths(input.sentOn, 1))}, vaut décision implicite de refus (article R311-13 du code des relations entre le public et l’administration).`;
  const subject = `Saisine de la CADA${NBSP}: refus de communication de documents par la commune ${withDe(input.communeName)}`;
  const body = [
    `${input.name}\n${input.address}\n${input.email}`,
    CADA_ADDRESS,
    `Le ${frenchDate(input.date)}`,
    `Objet${NBSP}: ${subject.replace(`Saisine de la CADA${NBSP}: `, "")}`,
    "Madame, Monsieur,",
    `En application des articles L342-1 et R343-1 du code des relations entre le public et l’administration, je sollicite l’avis de la Commission d’accès aux documents administratifs sur le refus opposé par la commune ${withDe(input.communeName)} à ma demande de communication de documents administratifs.`,
    `Le ${frenchDate(input.sentOn)}, j’ai demandé à la mairie ${withDe(input.communeName)}${input.projectLabel ? `, au sujet du projet «${NBSP}${input.projectLabel}${NBSP}»,` : ""} la communication des documents suivants${NBSP}:`,
    documentList(input.documents),
    refusal,
    "Je joins la copie de ma demande initiale. Je vous remercie de bien vouloir me faire connaître l’avis de la Commission.",
    "Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.",
    input.name,
  ].join("\n\n");
  return { subject, body };
}

/** The two templates the site ships with (prisma/seed-document-requests.ts and the tests install them). */
export const DEFAULT_TEMPLATES = [
  {
    slug: "videosurveillance-algorithmique",
    title: "La vidéosurveillance et son analyse algorithmique dans la commune",
    needsProject: false,
    subject: "Demande de communication de documents administratifs — vidéosurveillance à {commune}",
    documents: [
      "les délibérations du conseil municipal et les décisions du maire relatives à la vidéoprotection (installation, extension, budget, logiciels) depuis 2015",
      "les arrêtés préfectoraux autorisant les systèmes de vidéoprotection de la commune et les dossiers de demande correspondants",
      "la liste et l’implantation des caméras installées sur la voie publique",
      "les marchés publics et leurs pièces (cahier des clauses techniques particulières, cahier des clauses administratives particulières, acte d’engagement, bordereau des prix) relatifs aux caméras, à leur maintenance et à tout logiciel d’analyse automatisée des images",
      "les analyses d’impact relatives à la protection des données (AIPD) et les fiches du registre des traitements correspondantes",
      "les conventions, bons de commande et échanges écrits avec les fournisseurs et intégrateurs de ces systèmes",
      "les bilans, rapports d’évaluation et statistiques d’utilisation du dispositif",
    ],
    body: [
      "{nom}\n{adresse}",
      "À l’attention de {maire}\nMairie de {commune}",
      "Le {date}",
      `Objet${NBSP}: demande de communication de documents administratifs`,
      "{maire},",
      `En application des articles L300-1 et suivants du code des relations entre le public et l’administration (CRPA), je vous prie de bien vouloir me communiquer les documents administratifs suivants, relatifs au système de vidéosurveillance («${NBSP}vidéoprotection${NBSP}») de la commune de {commune} et à tout dispositif d’analyse automatisée, dite «${NBSP}algorithmique${NBSP}», des images${NBSP}:`,
      "{documents}",
      "Je souhaite recevoir ces documents sous forme électronique, à l’adresse d’où vous parvient cette demande (article L311-9 du CRPA). Si certains comportent des mentions qui ne peuvent être communiquées, je vous remercie de les occulter et de me transmettre le reste (article L311-7).",
      "Je vous rappelle que le silence gardé pendant plus d’un mois sur cette demande vaudrait décision implicite de refus (article R311-13), que je serais alors fondé à soumettre à la Commission d’accès aux documents administratifs.",
      "Je vous prie d’agréer, {maire}, l’expression de mes salutations distinguées.",
      "{nom}",
    ].join("\n\n"),
  },
  {
    slug: "projet-nomme",
    title: "Un projet nommé",
    needsProject: true,
    subject: "Demande de communication de documents administratifs — {projet} ({commune})",
    documents: [
      "les délibérations du conseil municipal et les décisions du maire relatives à ce projet",
      "les marchés publics, contrats et conventions conclus pour ce projet, avec leurs avenants",
      "le cahier des clauses techniques particulières (CCTP) et les autres pièces de ces marchés",
      "l’autorisation préfectorale dont ce projet a fait l’objet et le dossier de demande",
      "l’analyse d’impact relative à la protection des données (AIPD) et la fiche du registre des traitements",
      "la correspondance échangée avec le fournisseur ou l’intégrateur de ce projet",
    ],
    body: [
      "{nom}\n{adresse}",
      "À l’attention de {maire}\nMairie de {commune}",
      "Le {date}",
      `Objet${NBSP}: demande de communication de documents administratifs — {projet}`,
      "{maire},",
      `En application des articles L300-1 et suivants du code des relations entre le public et l’administration (CRPA), je vous prie de bien vouloir me communiquer les documents administratifs suivants, relatifs au projet «${NBSP}{projet}${NBSP}» de la commune de {commune}${NBSP}:`,
      "{documents}",
      "Je souhaite recevoir ces documents sous forme électronique, à l’adresse d’où vous parvient cette demande (article L311-9 du CRPA). Si certains comportent des mentions qui ne peuvent être communiquées, je vous remercie de les occulter et de me transmettre le reste (article L311-7).",
      "Je vous rappelle que le silence gardé pendant plus d’un mois sur cette demande vaudrait décision implicite de refus (article R311-13), que je serais alors fondé à soumettre à la Commission d’accès aux documents administratifs.",
      "Je vous prie d’agréer, {maire}, l’expression de mes salutations distinguées.",
      "{nom}",
    ].join("\n\n"),
  },
];
