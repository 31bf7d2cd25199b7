// Demo data for mandate campaigns (issue 26): an open campaign for a collective complaint to the
// CNIL about algorithmic video surveillance in Nice, attached to its own legal action, with a
// few hundred confirmed mandates (written with createMany, identities encrypted), and a demo
// legal organizer (see the README). The filed campaign is the filing's (mandate-filing).
// Idempotent: nothing is added once the campaign exists. Without encryption keys (the browser
// tests' seed), the campaign and its text only.
import { randomUUID } from "node:crypto";
import { addOrganizer, setOrganizerLegal } from "~/models/organizer.server";
import { sha256 } from "~/modules/mandates/campaign.server";
import { fromParisLocal, toParisLocal } from "~/utils/paris-time";
import { mandateIndexFor } from "~/modules/mandates/mandate.server";
import { encrypt } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import { hashToken, newToken } from "~/utils/tokens.server";

export const DEMO_MANDATE_SLUG = "nice-vsa";
export const DEMO_LEGAL_EMAIL = "juridique@technopolice.example";
/** How many confirmed mandates the demo campaign starts with. */
export const DEMO_MANDATES = 340;

const DAY = 24 * 3600_000;
const LEGAL_ACTION_TITLE = "Plainte collective contre la vidéosurveillance algorithmique à Nice";
/** Nice and four communes of its metropolis: who may give a mandate. */
const COMMUNES = ["06088", "06123", "06027", "06157", "06159"];

const TEXT_FR = [
  "Je soussigné·e donne mandat à l’association La Quadrature du Net, organisme à but non lucratif actif dans la protection des données personnelles, pour introduire en mon nom, en application de l’article 80 du règlement général sur la protection des données (RGPD), une réclamation auprès de la Commission nationale de l’informatique et des libertés (CNIL) contre la commune de Nice au sujet de son dispositif de vidéosurveillance algorithmique.",
  "Ce mandat couvre la réclamation (article 77 du RGPD) et les échanges avec la CNIL qui s’ensuivent. Je peux le révoquer à tout moment, en ligne jusqu’à la date de dépôt.",
  "J’atteste vivre ou travailler dans l’une des communes mentionnées ci-dessus.",
].join("\n\n");

const TEXT_EN = [
  "I, the undersigned, mandate the association La Quadrature du Net, a not-for-profit body active in the protection of personal data, to lodge on my behalf, under article 80 of the General Data Protection Regulation (GDPR), a complaint with the French supervisory authority (CNIL) against the city of Nice about its algorithmic video surveillance.",
  "This mandate covers the complaint (article 77 GDPR) and the exchanges with the CNIL that follow. I may revoke it at any time, online until the filing date.",
  "I declare that I live or work in one of the towns listed above.",
].join("\n\n");

const FIRST = ["Camille", "Léa", "Hugo", "Inès", "Lucas", "Manon", "Yanis", "Chloé", "Nathan", "Sarah", "Karim", "Julie", "Théo", "Amina", "Louis", "Zoé"];
const LAST = ["Martin", "Bernard", "Giraud", "Rolland", "Benali", "Fabre", "Roux", "Lefèvre", "Garnier", "Faure", "Morel", "Mercier", "Blanc", "Guerin"];

async function legalAction() {
  const existing = await db().legalAction.findFirst({ where: { title: LEGAL_ACTION_TITLE }, select: { id: true } });
  if (existing) return existing.id;
  const created = await db().legalAction.create({
    data: {
      title: LEGAL_ACTION_TITLE,
      inseeCodes: COMMUNES,
      project: "Caméras « intelligentes » du centre de supervision urbain de Nice",
      court: "Commission nationale de l’informatique et des libertés (CNIL)",
      filedOn: new Date(new Date().toISOString().slice(0, 10)),
      status: "FILED",
      summary:
        "Réclamation collective auprès de la CNIL, par mandats (article 80 du RGPD), contre le traitement d’images par algorithme sur les caméras de la ville de Nice : ni nécessaire, ni proportionné, et sans base légale.",
      documents: [],
      publishedAt: new Date(),
    },
    select: { id: true },
  });
  return created.id;
}

export async function seedMandates() {
  if ((await db().mandateCampaign.count({ where: { slug: DEMO_MANDATE_SLUG } })) > 0) return;
  const communes = await db().commune.count({ where: { inseeCode: { in: COMMUNES } } });
  if (communes !== COMMUNES.length) return;
  const now = Date.now();
  const opensAt = new Date(now - 20 * DAY);
  // Filing in two months, at 18:00 in Paris.
  const fileBy = fromParisLocal(`${toParisLocal(new Date(now + 60 * DAY)).slice(0, 10)}T18:00`);
  const campaign = await db().mandateCampaign.create({
    data: {
      slug: DEMO_MANDATE_SLUG,
      legalActionId: await legalAction(),
      title: "Nice : plainte collective contre la vidéosurveillance algorithmique",
      controller: "Commune de Nice (centre de supervision urbain)",
      authority: "Commission nationale de l’informatique et des libertés (CNIL)",
      scope:
        "Nous demandons à la CNIL de constater que l’analyse automatisée des images des caméras de Nice est illégale, et d’en ordonner l’arrêt. Plus nous serons nombreux à porter la plainte, plus elle pèsera.",
      dataUse:
        "Vos nom, prénom, commune et la date de votre mandat sont transmis à la CNIL avec la plainte, et à elle seule. Ils sont chiffrés sur ce site, vus seulement par les membres du collectif chargés du recours, et effacés à la fin de la procédure (le nombre de mandats reste).",
      eligibility: "COMMUNES",
      inseeCodes: COMMUNES,
      requiresPostalAddress: false,
      goal: 1_000,
      opensAt,
      fileBy,
      publishedAt: opensAt,
      texts: {
        create: [
          { lang: "fr", version: 1, body: TEXT_FR, sha256: sha256(TEXT_FR), publishedAt: opensAt },
          { lang: "en", version: 1, body: TEXT_EN, sha256: sha256(TEXT_EN), publishedAt: opensAt },
        ],
      },
    },
    select: { id: true, texts: { select: { id: true, lang: true, sha256: true } } },
  });
  // Encrypted rows need the keys: without them (the browser tests' seed), the campaign alone.
  if (!process.env.DATA_ENCRYPTION_KEYS) return;
  const fr = campaign.texts.find((text) => text.lang === "fr")!;
  const rows = Array.from({ length: DEMO_MANDATES }, (_, index) => {
    const givenAt = new Date(opensAt.getTime() + ((index + 1) / (DEMO_MANDATES + 1)) * (now - opensAt.getTime()));
    const email = `mandant.${index}@technopolice.example`;
    return {
      id: randomUUID(),
      campaignId: campaign.id,
      textId: fr.id,
      textSha256: fr.sha256,
      firstName: encrypt(FIRST[index % FIRST.length]),
      lastName: encrypt(LAST[(index * 7) % LAST.length]),
      email: encrypt(email),
      emailIndex: mandateIndexFor(email),
      inseeCode: encrypt(index % 3 === 0 ? COMMUNES[1 + (index % 4)] : COMMUNES[0]),
      communeLink: encrypt(index % 5 === 0 ? "work" : "residence"),
      mandateConsentAt: givenAt,
      sensitiveConsentAt: givenAt,
      lang: "fr" as const,
      tokenHash: hashToken(newToken()),
      ipHash: "demo",
      createdAt: givenAt,
      confirmedAt: new Date(givenAt.getTime() + 3_600_000),
    };
  });
  await db().mandate.createMany({ data: rows });
  const { id } = await addOrganizer({ email: DEMO_LEGAL_EMAIL, role: "ORGANIZER", addedBy: null });
  await setOrganizerLegal({ organizerId: id, legal: true, by: null });
}
