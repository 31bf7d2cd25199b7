// Demo data for document requests: the two shipped templates, a few requests in several states
// (sent, unanswered past the month, referred to the CADA, answered with a published document)
// and a campaign for the Loire, so a newcomer sees the feature alive. Idempotent.
import { randomBytes, randomUUID } from "node:crypto";
import { addDays, addMonths, dateFromDay, parisToday } from "~/modules/document-requests/clock";
import { letterPdf } from "~/modules/document-requests/pdf.server";
import { ensureDefaultTemplates } from "~/modules/document-requests/request.server";
import { hashToken } from "~/utils/tokens.server";
import { encrypt } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import { storeDocument } from "~/utils/uploads.server";

const DEMO = [
  { inseeCode: "42218", template: "videosurveillance-algorithmique", sentDaysAgo: 45, name: "Camille Demo", showName: true },
  {
    inseeCode: "42218",
    template: "projet-nomme",
    project: "Capteurs sonores de Tarentaize-Beaubrun",
    projectSlug: "saint-etienne-capteurs-sonores-tarentaize-beaubrun",
    sentDaysAgo: 6,
    name: "Sacha Demo",
  },
  { inseeCode: "06088", template: "videosurveillance-algorithmique", sentDaysAgo: 80, referredDaysAgo: 30, name: "Dominique Demo" },
  {
    inseeCode: "13055",
    template: "projet-nomme",
    project: "Observatoire de la tranquillité publique",
    projectSlug: "marseille-videosurveillance-automatisee",
    sentDaysAgo: 60,
    answeredDaysAgo: 35,
    answer: "FULL" as const,
    name: "Alex Demo",
    file: true,
  },
  { inseeCode: "75056", template: "videosurveillance-algorithmique", sentDaysAgo: null, name: "Noa Demo" },
];

/**
 * The demo's stalled request (issue 26): Saint-Étienne ignored it, the CADA was seized and gave a
 * (fictitious) opinion, and two months after the referral the refusal is confirmed, so its
 * personal page offers the draft application to the tribunal administratif de Lyon. Its token is
 * fixed and printed, so the demo's README can point at it; a demo-only row with a fake requester.
 */
export const DEMO_STALLED_TOKEN = "demo-refus-confirme-saint-etienne";

async function seedStalledRequest(today: string) {
  const tokenHash = hashToken(DEMO_STALLED_TOKEN);
  if (await db().documentRequest.findUnique({ where: { tokenHash }, select: { id: true } })) return;
  const template = await db().documentRequestTemplate.findUnique({ where: { slug: "videosurveillance-algorithmique" } });
  const commune = await db().commune.findUnique({ where: { inseeCode: "42218" }, select: { inseeCode: true } });
  if (!template || !commune) return;
  const day = (ago: number) => dateFromDay(addDays(today, -ago));
  // Sent 130 days ago, unanswered; referred 80 days ago; opinion 50 days ago; confirmed ~19 days ago: about 6 weeks left.
  await db().documentRequest.create({
    data: {
      inseeCode: commune.inseeCode,
      templateId: template.id,
      documents: template.documents,
      requesterEmail: encrypt("demo+recours-42218@example.org"),
      requesterName: encrypt("Claude Demo"),
      requesterAddress: encrypt("1 rue de la Démo\n42000 Saint-Étienne"),
      tokenHash,
      tokenSealed: encrypt(DEMO_STALLED_TOKEN),
      confirmedAt: new Date(),
      sentOn: day(130),
      referredOn: day(80),
      opinionOn: day(50),
      opinionReference: "20260000 (avis fictif de démonstration)",
      // Reminders already due are marked sent: the demo does not email its fake addresses.
      remindersSent: ["IMPLICIT_REFUSAL", "OPINION_DUE"],
    },
  });
  console.log(`Demo stalled request (confirmed refusal, draft application): /demande/${DEMO_STALLED_TOKEN}`);
}

export async function seedDocumentRequests() {
  await ensureDefaultTemplates();
  // Demo requests hold encrypted (fake) requesters: without keys (the browser tests' seed), templates only.
  if (!process.env.DATA_ENCRYPTION_KEYS) return;
  // A fixed token is acceptable in the demo only (npm run demo sets SEED_DEMO_LIFE), never elsewhere.
  if (process.env.SEED_DEMO_LIFE === "true") await seedStalledRequest(parisToday(new Date()));
  if ((await db().documentRequest.count({ where: { OR: [{ tokenHash: null }, { tokenHash: { not: hashToken(DEMO_STALLED_TOKEN) } }] } })) > 0) return;
  const today = parisToday(new Date());
  const templates = new Map((await db().documentRequestTemplate.findMany()).map((template) => [template.slug, template]));
  for (const demo of DEMO) {
    const template = templates.get(demo.template);
    const commune = await db().commune.findUnique({ where: { inseeCode: demo.inseeCode }, select: { inseeCode: true } });
    if (!template || !commune) continue;
    // Linked to the demo project (prisma/seed-projects.ts) when there is one: its page lists the request.
    const project =
      "projectSlug" in demo ? await db().report.findFirst({ where: { slug: demo.projectSlug, inseeCode: demo.inseeCode }, select: { id: true } }) : null;
    const token = randomBytes(32).toString("base64url");
    const day = (ago: number | null | undefined) => (ago === null || ago === undefined ? null : dateFromDay(addDays(today, -ago)));
    const fileId = randomUUID();
    const bytes = demo.file
      ? Buffer.from(await letterPdf({ title: "Délibération (démo)", body: "Document de démonstration.\n\nDélibération du conseil municipal." }))
      : null;
    if (bytes) await storeDocument(fileId, bytes);
    await db().documentRequest.create({
      data: {
        inseeCode: demo.inseeCode,
        templateId: template.id,
        projectLabel: demo.project ?? "",
        reportId: project?.id ?? null,
        documents: template.documents,
        requesterEmail: encrypt(`demo+${demo.inseeCode}@example.org`),
        requesterName: encrypt(demo.name),
        requesterAddress: encrypt("1 rue de la Démo\n00000 Démo"),
        showName: demo.showName ?? false,
        tokenHash: hashToken(token),
        tokenSealed: encrypt(token),
        confirmedAt: new Date(),
        sentOn: day(demo.sentDaysAgo),
        answeredOn: day(demo.answeredDaysAgo),
        answerKind: demo.answer ?? null,
        referredOn: day(demo.referredDaysAgo),
        // Reminders already due are marked sent: the demo does not email its fake addresses.
        remindersSent: demo.sentDaysAgo && addMonths(addDays(today, -demo.sentDaysAgo), 1) < today ? ["IMPLICIT_REFUSAL"] : [],
        files: demo.file
          ? {
              create: [
                {
                  id: fileId,
                  fileName: "deliberation-demo.pdf",
                  contentType: "application/pdf",
                  size: bytes?.length ?? 0,
                  status: "PUBLISHED",
                  reviewedAt: new Date(),
                },
              ],
            }
          : undefined,
      },
    });
  }
  const template = templates.get("videosurveillance-algorithmique");
  const loire = await db().commune.findMany({ where: { departmentCode: "42", population: { gte: 10_000 } }, select: { inseeCode: true } });
  if (template && loire.length > 0) {
    await db().documentRequestCampaign.create({
      data: {
        title: "Loire : la vidéosurveillance de chaque commune de plus de 10 000 habitants",
        templateId: template.id,
        departmentCode: "42",
        minPopulation: 10_000,
        requests: { create: loire.map((commune) => ({ inseeCode: commune.inseeCode, templateId: template.id, documents: template.documents })) },
      },
    });
  }
  console.log("Demo document requests ready.");
}
