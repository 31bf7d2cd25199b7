// Demo data for the filing side of mandate campaigns (issue 26): the collective complaint filed
// with the CNIL on 24 September 2022, as a FILED campaign attached to its legal action, with a few
// (fake) mandates whose "filed" notices are marked sent. Only with the demo's life (SEED_DEMO_LIFE)
// and encryption keys (the mandates are encrypted); idempotent (by the campaign's slug).
import { createHash, randomBytes } from "node:crypto";
import { encrypt } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";

export const DEMO_FILED_CAMPAIGN_SLUG = "plainte-collective-technopolice-2022";

const TEXT = [
  "Je donne mandat à La Quadrature du Net, association à but non lucratif active dans la protection des données personnelles, pour introduire en mon nom une réclamation auprès de la Commission nationale de l’informatique et des libertés (CNIL), en application des articles 77 et 80 du règlement général sur la protection des données.",
  "La réclamation vise les dispositifs de vidéosurveillance, de vidéosurveillance algorithmique et de reconnaissance faciale, ainsi que les fichiers de police qui les alimentent, mis en œuvre par le ministère de l’Intérieur.",
  "Ce mandat vaut jusqu’à la fin de la procédure. Je peux le révoquer en ligne jusqu’à la date de dépôt, et ensuite en écrivant à l’association.",
].join("\n\n");

const PEOPLE = [
  ["Camille", "Démo", "13055"],
  ["Dominique", "Démo", "06088"],
  ["Sacha", "Démo", "75056"],
  ["Alex", "Démo", "31555"],
  ["Noa", "Démo", "42218"],
  ["Élise", "Démo", "69123"],
  ["Yanis", "Démo", "33063"],
  ["Maëlle", "Démo", "35238"],
  ["Hugo", "Démo", "59350"],
  ["Inès", "Démo", "67482"],
  ["Léon", "Démo", "44109"],
  ["Chloé", "Démo", "34172"],
] as const;

export async function seedMandateFiling() {
  if (process.env.SEED_DEMO_LIFE !== "true" || !process.env.DATA_ENCRYPTION_KEYS) return;
  if ((await db().mandateCampaign.count({ where: { slug: DEMO_FILED_CAMPAIGN_SLUG } })) > 0) return;
  const filedAt = new Date("2022-09-24T10:00:00Z");
  const fileBy = new Date("2022-09-20T22:00:00Z");
  const opensAt = new Date("2022-05-20T08:00:00Z");
  const action = await db().legalAction.create({
    data: {
      title: "Plainte collective contre la Technopolice",
      inseeCodes: [],
      project: "Vidéosurveillance, vidéosurveillance algorithmique, reconnaissance faciale et fichiers de police",
      court: "CNIL",
      filedOn: new Date("2022-09-24T00:00:00Z"),
      status: "FILED",
      summary:
        "Plainte collective déposée auprès de la CNIL au nom de 15 248 personnes qui avaient donné mandat, contre les dispositifs de surveillance policière de l’espace public et les fichiers qui les alimentent.",
      documents: [],
      publishedAt: new Date(),
      updates: {
        create: [{ happenedOn: new Date("2022-09-24T00:00:00Z"), text: "Dépôt de la plainte collective auprès de la CNIL.", publishedAt: new Date() }],
      },
    },
    select: { id: true },
  });
  const campaign = await db().mandateCampaign.create({
    data: {
      slug: DEMO_FILED_CAMPAIGN_SLUG,
      legalActionId: action.id,
      title: "Plainte collective contre la Technopolice",
      controller: "Ministère de l’Intérieur",
      authority: "CNIL",
      scope: "Faire constater l’illégalité des dispositifs de surveillance policière de l’espace public et des fichiers qui les alimentent.",
      dataUse:
        "Vos nom, prénom et commune figurent sur la liste remise à la CNIL ; ils sont effacés à la fin de la procédure, seul le nombre de mandats restant.",
      eligibility: "FRANCE",
      goal: 10000,
      opensAt,
      fileBy,
      publishedAt: opensAt,
      filedAt,
      filedWith: "CNIL",
      filingReference: "DÉMO-2022-0924 (référence fictive)",
      texts: {
        create: { version: 1, lang: "fr", body: TEXT, sha256: createHash("sha256").update(TEXT, "utf8").digest("hex"), publishedAt: opensAt },
      },
    },
    select: { id: true, texts: { select: { id: true, sha256: true } } },
  });
  const [text] = campaign.texts;
  await db().mandate.createMany({
    data: PEOPLE.map(([firstName, lastName, inseeCode], n) => {
      const email = `${firstName
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .toLowerCase()}.demo${n}@example.org`;
      const given = new Date(opensAt.getTime() + (n + 1) * 5 * 24 * 3600_000 + n * 37 * 60_000);
      return {
        campaignId: campaign.id,
        textId: text.id,
        textSha256: text.sha256,
        firstName: encrypt(firstName),
        lastName: encrypt(lastName),
        email: encrypt(email),
        // The giving side's keyed index ("mandate-email") is its own; demo addresses never give a mandate again.
        emailIndex: `demo-${randomBytes(16).toString("base64url")}`,
        inseeCode: encrypt(inseeCode),
        communeLink: encrypt(n % 4 === 3 ? "work" : "residence"),
        mandateConsentAt: given,
        sensitiveConsentAt: given,
        lang: n % 5 === 4 ? ("en" as const) : ("fr" as const),
        tokenHash: createHash("sha256").update(randomBytes(32)).digest("hex"),
        confirmedAt: new Date(given.getTime() + 10 * 60_000),
        ipHash: "demo",
        filedNoticeAt: new Date(filedAt.getTime() + 3600_000),
      };
    }),
  });
}
