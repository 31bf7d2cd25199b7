// `npm run demo` only (SEED_DEMO_LIFE=true): what a newcomer needs to see the product at work —
// confirmed signatures on the featured cities' petitions, a petition delivered and answered, two
// legal actions with their timelines (public facts), one digest in the newsletter archive,
// reports and volunteers waiting for organizers, and an organizer account (see the README).
// Projects and companies, and document requests, are seeded with their own features.
// Idempotent: it adds nothing once its marker (the first legal action) exists.
// Every address is under the reserved .example domain; no real person is named.
import { randomUUID } from "node:crypto";
import { addOrganizer } from "~/models/organizer.server";
import { emailIndexFor, domainIndexFor } from "~/modules/petitions/signature-index.server";
import { ipHashFor, networkHashFor } from "~/utils/client-ip.server";
import { subscriberIndexFor } from "~/modules/newsletter/subscriber.server";
import { encrypt } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import { hashToken, newToken } from "~/utils/tokens.server";

export const DEMO_ORGANIZER_EMAIL = "organisation@technopolice.example";
const DAY = 24 * 3600 * 1000;

const ago = (days: number) => new Date(Date.now() - days * DAY);

const FIRST_NAMES = [
  "Camille",
  "Léa",
  "Hugo",
  "Inès",
  "Lucas",
  "Manon",
  "Yanis",
  "Chloé",
  "Nathan",
  "Sarah",
  "Karim",
  "Julie",
  "Théo",
  "Amina",
  "Louis",
  "Zoé",
  "Mehdi",
  "Emma",
  "Paul",
  "Nora",
];
const LAST_NAMES = [
  "Martin",
  "Bernard",
  "Dubois",
  "Haddad",
  "Moreau",
  "Laurent",
  "Garcia",
  "Nguyen",
  "Roux",
  "Fontaine",
  "Mercier",
  "Benali",
  "Lefèvre",
  "Rousseau",
  "Diallo",
];

/** Signatures per featured city, and the share of residents. */
const SIGNATURES: { inseeCode: string; postcode: string; count: number; residentShare: number; burst?: number }[] = [
  { inseeCode: "06088", postcode: "06000", count: 148, residentShare: 0.8, burst: 12 },
  { inseeCode: "13055", postcode: "13001", count: 97, residentShare: 0.75 },
  { inseeCode: "75056", postcode: "75011", count: 121, residentShare: 0.7 },
  { inseeCode: "31555", postcode: "31000", count: 46, residentShare: 0.85 },
  { inseeCode: "42218", postcode: "42000", count: 64, residentShare: 0.9 },
];

/** Supporters from abroad among the last supporters of a petition (issue 28), by country. */
const ABROAD = ["BE", "CH", "DE", "CA", "IT"];

/**
 * Where a demo signature comes from: spread over many networks, but for a burst of `burst` of
 * the last supporters, signed within the hour from one /24 with a throwaway domain, for the fraud
 * view and the moderation list to find (the "trolls" of the demo).
 */
function origin(i: number, count: number, burst: number) {
  if (i >= count - burst) return { ip: `203.0.113.${10 + (i % 40)}`, domain: "jetable.example", burst: true };
  return { ip: `198.51.${(i * 13) % 200}.${(i * 7) % 250}`, domain: "signataires.example", burst: false };
}

async function signPetition(
  petitionId: string,
  { postcode, count, residentShare, burst = 0 }: { postcode: string; count: number; residentShare: number; burst?: number },
  label: string,
) {
  const rows = Array.from({ length: count }, (_, i) => {
    const from = origin(i, count, burst);
    const firstName = from.burst ? "Trollinou" : FIRST_NAMES[i % FIRST_NAMES.length];
    const lastName = LAST_NAMES[(i * 7) % LAST_NAMES.length];
    const email = `${label}.${i}@${from.domain}`;
    const resident = i < Math.round(count * residentShare);
    // One supporter in four (not the burst) lives abroad: a country, no postcode.
    const country = !resident && !from.burst && i % 4 === 0 ? ABROAD[i % ABROAD.length] : null;
    const createdAt = from.burst ? ago(0.02 + (i % 30) / 2000) : ago(1 + ((i * 37) % 60) + (i % 24) / 24);
    return {
      id: randomUUID(),
      petitionId,
      firstName: encrypt(firstName),
      lastName: encrypt(lastName),
      email: encrypt(email),
      emailIndex: emailIndexFor(email),
      domainIndex: domainIndexFor(email),
      postcode: encrypt(resident ? postcode : country ? "" : "69001"),
      country,
      isResident: resident,
      consentedAt: createdAt,
      showName: i % 3 !== 0,
      wantsNewsletter: false,
      lang: i % 9 === 0 ? ("en" as const) : ("fr" as const),
      tokenHash: hashToken(newToken()),
      confirmedAt: new Date(createdAt.getTime() + 10 * 60 * 1000),
      tallied: true,
      ipHash: ipHashFor(from.ip),
      networkHash: networkHashFor(from.ip),
      // Half agreed to hear from the petition's organizers (issue 28).
      mayContact: i % 2 === 0,
      createdAt,
    };
  });
  await db().signature.createMany({ data: rows, skipDuplicates: true });
  const residents = rows.filter((row) => row.isResident).length;
  await db().petitionTally.upsert({
    where: { petitionId },
    create: { petitionId, residents, supporters: rows.length - residents },
    update: { residents, supporters: rows.length - residents },
  });
}

const LYCEES = "Reconnaissance faciale à l’entrée des lycées Les Eucalyptus (Nice) et Ampère (Marseille)";
const DRONES = "Drones de surveillance du confinement à Paris";

/** The id of a seeded project record (seed-projects.ts), to link a legal action to. */
async function projectId(slug: string) {
  return (await db().report.findUnique({ where: { slug }, select: { id: true } }))?.id ?? null;
}

async function legalActions() {
  const lycees = await db().legalAction.create({
    data: {
      title: LYCEES,
      inseeCodes: ["06088", "13055"],
      reportId: await projectId("nice-reconnaissance-faciale-au-lycee-les-eucalyptus"),
      project: "Expérimentation de portiques de reconnaissance faciale à l’entrée de deux lycées, décidée par la région Provence-Alpes-Côte d’Azur",
      court: "Tribunal administratif de Marseille",
      filedOn: new Date("2019-02-19T00:00:00Z"),
      status: "WON",
      summary:
        "Recours en annulation contre la délibération de la région Provence-Alpes-Côte d’Azur autorisant l’expérimentation de la reconnaissance faciale à l’entrée de deux lycées, à Nice et à Marseille. En février 2020, le tribunal administratif de Marseille a annulé la délibération : la région n’était pas compétente, et le consentement des élèves ne pouvait pas être libre face à l’autorité de l’établissement.",
      documents: [
        {
          label: "Communiqué de la CNIL (octobre 2019)",
          url: "https://www.cnil.fr/fr/experimentation-de-la-reconnaissance-faciale-dans-deux-lycees-la-cnil-precise-sa-position",
        },
      ],
      publishedAt: ago(40),
      updates: {
        create: [
          { happenedOn: new Date("2019-02-19T00:00:00Z"), text: "Dépôt du recours devant le tribunal administratif de Marseille.", publishedAt: ago(40) },
          { happenedOn: new Date("2019-10-29T00:00:00Z"), text: "La CNIL estime que le dispositif n’est ni nécessaire ni proportionné.", publishedAt: ago(40) },
          { happenedOn: new Date("2020-02-27T00:00:00Z"), text: "Jugement : la délibération de la région est annulée.", publishedAt: ago(40) },
        ],
      },
    },
    select: { id: true, updates: { select: { id: true } } },
  });
  const drones = await db().legalAction.create({
    data: {
      title: DRONES,
      inseeCodes: ["75056"],
      project: "Surveillance du respect du confinement par des drones équipés de caméras, par la préfecture de police",
      court: "Conseil d’État (juge des référés)",
      filedOn: new Date("2020-05-04T00:00:00Z"),
      status: "WON",
      summary:
        "Référé-liberté contre l’usage de drones par la préfecture de police de Paris pour surveiller le respect du confinement. Le tribunal administratif de Paris a rejeté la demande ; en appel, le Conseil d’État a ordonné à l’État de cesser sans délai cette surveillance, faute de cadre légal.",
      documents: [],
      publishedAt: ago(12),
      updates: {
        create: [
          {
            happenedOn: new Date("2020-05-05T00:00:00Z"),
            text: "Le tribunal administratif de Paris rejette le référé ; appel devant le Conseil d’État.",
            publishedAt: ago(12),
          },
          {
            happenedOn: new Date("2020-05-18T00:00:00Z"),
            text: "Ordonnance du Conseil d’État : la surveillance par drones doit cesser sans délai.",
            publishedAt: ago(12),
          },
        ],
      },
    },
    select: { id: true, updates: { select: { id: true } } },
  });
  return [lycees, drones];
}

/** A petition in a commune without a featured one, delivered to the mayor and answered. */
async function answeredPetition() {
  const inseeCode = "38185"; // Grenoble
  if (!(await db().commune.findUnique({ where: { inseeCode }, select: { inseeCode: true } }))) return;
  if ((await db().petition.count({ where: { inseeCode } })) > 0) return;
  const petition = await db().petition.create({
    data: {
      inseeCode,
      title: "Grenoble : pas de vidéosurveillance algorithmique dans nos rues",
      body: "Nous, habitantes et habitants de Grenoble et soutiens de la campagne Technopolice, vous demandons de vous engager à ne déployer aucun dispositif d’analyse automatisée des images de vidéosurveillance dans la commune, et à publier la liste des caméras existantes.",
      goal: 1000,
      status: "ANSWERED",
      mayorTitle: "MONSIEUR_LE_MAIRE",
      mayorName: "(nom à renseigner)",
      openedAt: ago(120),
      closedAt: ago(35),
      deliveredAt: ago(30),
      response:
        "Réponse de démonstration (texte fictif) : la municipalité s’engage à ne pas recourir à la vidéosurveillance algorithmique pendant le mandat et publiera d’ici la fin de l’année la carte des caméras installées sur la voie publique.",
      respondedAt: ago(9),
    },
    select: { id: true },
  });
  await signPetition(petition.id, { postcode: "38000", count: 38, residentShare: 0.9 }, "grenoble");
}

async function digest(actions: { id: string; updates: { id: string }[] }[]) {
  if ((await db().digest.count()) > 0) return;
  const subscribers = await Promise.all(
    ["lectrice", "lecteur", "abonnee"].map((name, i) =>
      db().subscriber.create({
        data: {
          email: encrypt(`${name}@lettre.example`),
          emailIndex: subscriberIndexFor(`${name}@lettre.example`),
          lang: i === 2 ? "en" : "fr",
          status: "CONFIRMED",
          source: "footer",
          confirmedAt: ago(50),
        },
        select: { id: true },
      }),
    ),
  );
  await db().digest.create({
    data: {
      periodStart: ago(60),
      periodEnd: ago(7),
      actionIds: actions.map((action) => action.id),
      updateIds: [],
      status: "SENT",
      startedBy: "schedule",
      batches: 1,
      sentAt: ago(7),
      deliveries: { create: subscribers.map((subscriber) => ({ subscriberId: subscriber.id, batch: 0, status: "SENT" as const, sentAt: ago(7) })) },
    },
  });
}

async function pendingReports() {
  const reports = [
    {
      inseeCode: "31555",
      kind: "VIDEO_ANALYTICS" as const,
      title: "Caméras « intelligentes » au carrefour des Minimes",
      description:
        "Des boîtiers d’analyse ont été ajoutés à trois caméras du carrefour ; la délibération du conseil municipal parle de « détection d’événements anormaux ».",
      sources: ["https://example.org/deliberation-minimes"],
    },
    {
      inseeCode: "75056",
      kind: "DRONES" as const,
      title: "Drone au-dessus de la manifestation du 1er mai",
      description: "Un drone de la préfecture survolait le cortège place de la République pendant plus d’une heure.",
      sources: [],
    },
  ];
  for (const report of reports) {
    await db().report.create({
      data: { ...report, reporterEmail: encrypt(`habitant.${report.inseeCode}@signalements.example`), lang: "fr", status: "PENDING", confirmedAt: ago(2) },
    });
  }
}

async function volunteers() {
  const people = [
    {
      inseeCode: "06088",
      name: "Camille D.",
      skills: ["LEGAL", "RESEARCH"] as const,
      availability: "MONTHLY" as const,
      message: "Juriste, je peux relire les délibérations.",
    },
    {
      inseeCode: "42218",
      name: "Yanis B.",
      skills: ["PRESS", "ORGANISING"] as const,
      availability: "WEEKLY" as const,
      message: "Je peux aider à organiser une réunion publique.",
    },
    { inseeCode: "13055", name: "Léa M.", skills: ["DEVELOPMENT", "TRANSLATION"] as const, availability: "MORE" as const, message: "" },
  ];
  for (const [i, person] of people.entries()) {
    const email = `benevole.${i}@benevoles.example`;
    const secret = newToken();
    await db().volunteer.create({
      data: {
        inseeCode: person.inseeCode,
        name: encrypt(person.name),
        email: encrypt(email),
        emailIndex: emailIndexFor(email),
        skills: [...person.skills],
        availability: person.availability,
        languages: encrypt("français"),
        message: encrypt(person.message),
        consentedAt: ago(3 + i),
        lang: "fr",
        tokenHash: hashToken(secret),
        tokenSealed: encrypt(secret),
        confirmedAt: ago(3 + i),
      },
    });
  }
}

export async function seedDemoLife() {
  // Also under its title as seeded before its apostrophe was typographic (’): never twice.
  if ((await db().legalAction.count({ where: { title: { in: [LYCEES, LYCEES.replace(/’/g, "'")] } } })) > 0) return;
  for (const city of SIGNATURES) {
    const petition = await db().petition.findFirst({ where: { inseeCode: city.inseeCode, status: "OPEN" }, select: { id: true } });
    if (petition) await signPetition(petition.id, city, city.inseeCode);
  }
  await answeredPetition();
  await digest(await legalActions());
  await pendingReports();
  await volunteers();
  await signingLists();
  await addOrganizer({ email: DEMO_ORGANIZER_EMAIL, role: "ADMIN", addedBy: null });
}

/** A blocked throwaway domain and a street stall's network allowed this week (issue 28). */
async function signingLists() {
  await db().blockedEmailDomain.create({ data: { domain: "poubelle.example", note: "Adresses jetables d’une vague de fausses signatures" } });
  await db().allowedNetwork.create({
    data: { cidr: "192.0.2.0/24", label: "Stand du marché de la Libération", validFrom: ago(1), validTo: new Date(Date.now() + 6 * DAY) },
  });
}
