// The draft application to the tribunal administratif, written from a stalled document request:
// annulment of the commune's refusal and an injunction to communicate (article L911-1 of the code
// de justice administrative), with the facts and dates of the CADA clock, the exhibits, the
// deadline and where to file. Pure (no database, no "now": the caller passes the day), always in
// French (it goes to a French court), and shared by the text, PDF and ODT downloads and the page.
//
// A draft to be checked, not legal advice: it says so at its top, and leaves in [brackets] what
// only the requester can complete.
import { COURT_STATES, type Clock, type RequestDates } from "~/modules/document-requests/clock";
import { documentList, frenchDate } from "~/modules/document-requests/letter";
import type { CalendarDay } from "~/utils/dates";
import { withDe } from "~/utils/elision";
import { frenchTypography } from "~/utils/typography";
import { TELERECOURS_CITOYENS_URL, tribunalForDepartment, type Tribunal } from "./tribunals";

export type DraftInput = {
  requester: { name: string; address: string; email: string };
  commune: { name: string; departmentCode: string };
  documents: string[];
  projectLabel: string;
  dates: RequestDates;
  clock: Clock;
  /** The CADA opinion's number, if recorded. */
  opinionReference: string | null;
  /** The day the draft is written (Paris). */
  today: CalendarDay;
};

/** One block of the document: the ODT writer gives each kind its style. */
export type DraftBlock = { kind: "warning" | "title" | "heading" | "paragraph" | "list"; text: string };

export type CourtApplicationDraft = {
  title: string;
  tribunal: Tribunal;
  /** The day the refusal was confirmed (R343-5 CRPA, or the commune's explicit answer). */
  confirmedOn: CalendarDay;
  /** Last day to file: two months from the confirmation, quantième à quantième (the clock's). */
  deadline: CalendarDay;
  /** True when `today` is past the deadline: the draft then says so at its top. */
  late: boolean;
  blocks: DraftBlock[];
};

/** Whether a request at this clock may have a draft: its refusal is confirmed and it is not in court yet. */
export const draftAvailable = (clock: Clock) => COURT_STATES.includes(clock.state) && clock.courtDeadline !== null;

/** The day the refusal was confirmed: the commune's explicit refusal if earlier, else the end of the two months. */
export function confirmationDay(dates: RequestDates, clock: Clock): CalendarDay | null {
  if (!clock.refusalConfirmedOn) return null;
  if (dates.outcome === "REFUSED" && dates.outcomeOn && dates.outcomeOn < clock.refusalConfirmedOn) return dates.outcomeOn;
  return clock.refusalConfirmedOn;
}

/** The draft, or null when the request is not at the confirmed refusal or its department has no tribunal. */
export function courtApplicationDraft(input: DraftInput): CourtApplicationDraft | null {
  const { dates, clock } = input;
  const tribunal = tribunalForDepartment(input.commune.departmentCode);
  const confirmedOn = confirmationDay(dates, clock);
  if (!draftAvailable(clock) || !tribunal || !dates.sentOn || !dates.referredOn || !confirmedOn || !clock.courtDeadline) return null;
  const deadline = clock.courtDeadline;
  const late = input.today > deadline;
  const commune = `la commune ${withDe(input.commune.name)}`;
  const mayor = `le maire ${withDe(input.commune.name)}`;
  const day = frenchDate;
  const name = input.requester.name || "[vos nom et prénom]";
  const address = input.requester.address || "[votre adresse postale]";
  const tribunalName = tribunal.name.replace(/^tribunal/, "Tribunal");
  const explicitRefusal = dates.answerKind === "REFUSED" || dates.answerKind === "PARTIAL";
  const explicitConfirmation = dates.outcome === "REFUSED" && dates.outcomeOn !== null && confirmedOn === dates.outcomeOn;
  const reference = input.opinionReference?.trim() || null;

  const blocks: DraftBlock[] = [];
  // French typography, and "n° 1" never cut at the end of a line.
  const add = (kind: DraftBlock["kind"], text: string) => blocks.push({ kind, text: frenchTypography(text).replace(/n° /g, "n°\u00a0") });

  add(
    "warning",
    "PROJET À VÉRIFIER — CE N’EST PAS UN CONSEIL JURIDIQUE. Ce projet de requête a été préparé automatiquement par le site Technopolice à partir des dates que vous avez enregistrées. Relisez-le, corrigez-le et complétez les passages entre crochets avant tout envoi ; vérifiez en particulier les dates, le délai et l’adresse du tribunal (sur sa page du site justice-administrative.fr). Faites-le relire si vous le pouvez : le collectif peut vous aider. Ce recours peut être présenté sans avocat. Retirez cet avertissement et la dernière partie (« Où et quand déposer la requête ») du document que vous enverrez.",
  );
  if (late) {
    add(
      "warning",
      `ATTENTION : le délai de deux mois calculé par le site a expiré le ${day(deadline)}. Une requête déposée maintenant risque d’être jugée tardive. Avant de la déposer, demandez conseil (au collectif, à un avocat ou à une permanence d’accès au droit).`,
    );
  }
  add("paragraph", `${name}\n${address}\n${input.requester.email || "[votre adresse électronique]"}`);
  add("paragraph", `À Mesdames et Messieurs les président et conseillers composant le ${tribunal.name}\n${tribunal.address.join("\n")}`);
  add("paragraph", `Le ${day(input.today)}`);
  add("title", "Requête en annulation et en injonction");
  add(
    "paragraph",
    `Pour : ${name}, demeurant ${address.replace(/\n+/g, ", ")}.\nContre : ${commune}, représentée par son maire en exercice, mairie ${withDe(input.commune.name)}.`,
  );
  add(
    "paragraph",
    `Objet : annulation de la décision par laquelle ${mayor} a refusé de me communiquer des documents administratifs, décision confirmée le ${day(confirmedOn)}, et injonction de les communiquer.`,
  );

  add("heading", "I. Les faits");
  add(
    "paragraph",
    `Le ${day(dates.sentOn)}, j’ai demandé au maire ${withDe(input.commune.name)}${input.projectLabel ? `, au sujet du projet « ${input.projectLabel} »,` : ""} la communication, sur le fondement des articles L300-1 et suivants du code des relations entre le public et l’administration (CRPA), des documents administratifs suivants (pièce n° 1, preuve de l’envoi en pièce n° 2) :`,
  );
  add("list", documentList(input.documents));
  if (explicitRefusal && dates.answeredOn) {
    add(
      "paragraph",
      dates.answerKind === "PARTIAL"
        ? `Le ${day(dates.answeredOn)}, la commune ne m’a communiqué qu’une partie de ces documents ; elle a refusé, au moins implicitement, de me communiquer les autres.`
        : `Par une décision du ${day(dates.answeredOn)}, la commune a refusé de me communiquer ces documents.`,
    );
  } else if (clock.answerDue) {
    add(
      "paragraph",
      `Cette demande est restée sans réponse. Le silence gardé par la commune pendant plus d’un mois, soit jusqu’au ${day(clock.answerDue)}, a fait naître une décision implicite de refus (articles R311-12 et R311-13 du CRPA).`,
    );
  }
  add(
    "paragraph",
    `Le ${day(dates.referredOn)}, j’ai saisi de ce refus la Commission d’accès aux documents administratifs (CADA), comme l’exige l’article L342-1 du CRPA avant tout recours contentieux (pièce n° 3).`,
  );
  if (dates.opinionOn) {
    add(
      "paragraph",
      `La Commission a rendu le ${day(dates.opinionOn)} ${reference ? `son avis n° ${reference}` : "son avis n° [numéro de l’avis]"} (pièce n° 4). [Résumez ici le sens de l’avis : s’il est favorable à la communication, citez le passage où la Commission le dit.]`,
    );
  } else {
    add("paragraph", "[Si la Commission a rendu son avis, indiquez-en ici la date, le numéro et le sens, et joignez-le.]");
  }
  add(
    "paragraph",
    explicitConfirmation
      ? `Par une décision du ${day(confirmedOn)}, la commune a maintenu son refus${dates.opinionOn ? " malgré l’avis de la Commission" : ""} (pièce n° 5).`
      : `La commune ne m’a toujours pas communiqué ces documents. Son silence, gardé pendant deux mois à compter de l’enregistrement de ma demande par la Commission, a fait naître le ${day(confirmedOn)} une décision implicite confirmant son refus (article R343-5 du CRPA)${dates.opinionOn ? ", alors même que la Commission avait rendu son avis" : ""}.`,
  );

  add("heading", "II. La recevabilité de la requête");
  add(
    "paragraph",
    `La présente requête est dirigée contre le refus de communication opposé par ${mayor}, confirmé le ${day(confirmedOn)} après la saisine préalable et obligatoire de la CADA (article L342-1 du CRPA). Elle est présentée dans le délai de recours de deux mois prévu par l’article R421-1 du code de justice administrative (CJA), qui expire le ${day(deadline)}. Le ${tribunal.name} est territorialement compétent, la commune ayant son siège dans son ressort (articles R312-1 et R221-3 du CJA). Conformément à l’article R412-1 du CJA, je joins la décision attaquée ou, pour une décision implicite, la preuve de ma demande.`,
  );

  add("heading", "III. La discussion");
  add(
    "paragraph",
    "Aux termes de l’article L311-1 du CRPA, les administrations sont tenues de communiquer les documents administratifs qu’elles détiennent aux personnes qui en font la demande. Les documents demandés, produits ou reçus par la commune dans le cadre de sa mission de service public, sont des documents administratifs au sens de l’article L300-2 du même code.",
  );
  add(
    "paragraph",
    "Aucun des secrets protégés par les articles L311-5 et L311-6 du CRPA ne justifie un refus total : à supposer que certaines mentions ne puissent être communiquées, l’article L311-7 impose à l’administration de les occulter et de communiquer le reste. La commune n’a fait valoir aucun motif de nature à justifier son refus. [Complétez : répondez ici aux motifs que la commune aurait invoqués, et citez l’avis de la CADA.]",
  );
  add("paragraph", "Le refus de communication est donc illégal et doit être annulé.");

  add("heading", "IV. L’injonction");
  add(
    "paragraph",
    `L’annulation de ce refus implique nécessairement que la commune me communique les documents demandés. Il y a lieu, en application de l’article L911-1 du CJA, de lui enjoindre de le faire dans un délai d’un mois à compter de la notification du jugement à intervenir [et, le cas échéant, sous astreinte, en application de l’article L911-3 du CJA].`,
  );

  add("heading", "Par ces motifs, je demande au tribunal :");
  add(
    "list",
    [
      `– d’annuler la décision par laquelle ${mayor} a refusé de me communiquer les documents que je lui ai demandés le ${day(dates.sentOn)}, ensemble la décision du ${day(confirmedOn)} confirmant ce refus ;`,
      `– d’enjoindre à ${commune} de me communiquer ces documents dans un délai d’un mois à compter de la notification du jugement, en application de l’article L911-1 du code de justice administrative ;`,
      `– [facultatif] de mettre à la charge de ${commune} la somme de [montant] euros au titre de l’article L761-1 du code de justice administrative.`,
    ].join("\n"),
  );
  add("paragraph", `Fait à [lieu], le [date]\n\n${name}\n[signature]`);

  add("heading", "Inventaire des pièces jointes (article R412-2 du CJA)");
  const exhibits = [
    `Pièce n° 1 : ma demande de communication du ${day(dates.sentOn)}`,
    "Pièce n° 2 : la preuve de son envoi ou de sa réception (accusé de réception postal, courriel envoyé)",
    `Pièce n° 3 : ma saisine de la CADA du ${day(dates.referredOn)} et l’accusé d’enregistrement de la Commission`,
    dates.opinionOn
      ? `Pièce n° 4 : l’avis de la CADA du ${day(dates.opinionOn)}${reference ? ` (n° ${reference})` : ""}`
      : "Pièce n° 4 : l’avis de la CADA, si elle l’a rendu",
  ];
  if (explicitConfirmation) exhibits.push(`Pièce n° 5 : la décision de la commune du ${day(confirmedOn)} maintenant son refus`);
  if (explicitRefusal && dates.answeredOn) exhibits.push(`Pièce n° ${exhibits.length + 1} : la réponse de la commune du ${day(dates.answeredOn)}`);
  add("list", exhibits.join("\n"));

  add("heading", "Où et quand déposer la requête (à retirer du document envoyé)");
  add(
    "paragraph",
    `Délai : au plus tard le ${day(deadline)}, deux mois après la confirmation du refus le ${day(confirmedOn)}, comptés de quantième à quantième comme le fait le site. N’attendez pas le dernier jour.`,
  );
  add(
    "paragraph",
    tribunal.telerecours
      ? `Par internet : Télérecours citoyens, ${TELERECOURS_CITOYENS_URL} (choisissez le ${tribunal.name} ; la requête et les pièces y sont déposées en PDF, une pièce par fichier, dans l’ordre de l’inventaire).`
      : `Télérecours citoyens n’est pas ouvert pour le ${tribunal.name} : déposez la requête par courrier ou au greffe.`,
  );
  add(
    "paragraph",
    `Par courrier recommandé avec accusé de réception, ou en la déposant au greffe : ${tribunalName}, ${tribunal.address.join(", ")}. Joignez les pièces numérotées et l’inventaire, et gardez une copie de tout.`,
  );
  return {
    title: frenchTypography(`Projet de requête au ${tribunal.name} — refus de communication de documents par ${commune}`),
    tribunal,
    confirmedOn,
    deadline,
    late,
    blocks,
  };
}

/** The draft as plain text (UTF-8, paragraphs separated by blank lines). */
export function draftText(draft: CourtApplicationDraft) {
  return `${draft.blocks.map((block) => (block.kind === "title" || block.kind === "heading" ? block.text.toUpperCase() : block.text)).join("\n\n")}\n`;
}
