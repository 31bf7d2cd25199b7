// Local groups, their coordinators and a commune's records (issue 25), for the territorial
// rights tests. The demo groups (prisma/seed-groups.ts) have the same slugs and communes; a test
// database may not have them, so the group is made here when it is missing.
import { randomUUID } from "node:crypto";
import type { OrganizerRole } from "~/generated/prisma/client";
import { addOrganizer } from "~/models/organizer.server";
import { volunteerIndexFor } from "~/modules/petitions/signature-index.server";
import { confirmReport } from "~/modules/projects/report.server";
import { confirmDocumentRequest, ensureDefaultTemplates, getActiveTemplate, submitDocumentRequest } from "~/modules/document-requests/request.server";
import { decrypt, encrypt } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import { hashToken } from "~/utils/tokens.server";
import { createEvent, publishEvent } from "~/modules/events/event.server";
import { confirmRegistration, registerForEvent } from "~/modules/events/registration.server";
import { storeDocument } from "~/utils/uploads.server";
import { openPetition } from "./petition";
import { aPendingReport, PDF_BYTES, reportInput } from "./report";

export const MARSEILLE = "13055";
export const NICE = "06088";

/** The demo groups' communes, by slug; another slug needs its commune. */
const GROUP_COMMUNES: Record<string, string> = { marseille: MARSEILLE, nice: NICE, paris: "75056" };

/** The group with this slug, made (published, its commune as territory) if it does not exist. */
export async function ensureGroup(slug: string, inseeCode = GROUP_COMMUNES[slug]) {
  const existing = await db().localGroup.findUnique({ where: { slug }, select: { id: true, name: true } });
  if (existing) return existing;
  if (!inseeCode) throw new Error(`no commune for the group ${slug}`);
  const commune = await db().commune.findUniqueOrThrow({ where: { inseeCode }, select: { name: true } });
  try {
    return await db().localGroup.create({
      data: {
        slug,
        name: `Technopolice ${commune.name}`,
        presentation: `Le groupe local de ${commune.name}.`,
        publishedAt: new Date(),
        territories: { create: [{ inseeCode }] },
      },
      select: { id: true, name: true },
    });
  } catch (error) {
    // Another test made it at the same time: theirs is as good.
    const made = await db().localGroup.findUnique({ where: { slug }, select: { id: true, name: true } });
    if (made) return made;
    throw error;
  }
}

/** A new organizer (COORDINATOR by default) coordinating the group `groupSlug`. */
export async function aCoordinator({ groupSlug = "nice", role = "COORDINATOR" }: { groupSlug?: string; role?: OrganizerRole } = {}) {
  const group = await ensureGroup(groupSlug);
  const email = `coordination.${randomUUID().slice(0, 8)}@collectif.example`;
  const organizer = await addOrganizer({ email, role, addedBy: null });
  await db().groupCoordinator.create({ data: { groupId: group.id, organizerId: organizer.id } });
  return { id: organizer.id, role: organizer.role, email, group };
}

/**
 * One record of each kind a territorial page works on, in a commune: an open petition, a report
 * in the moderation queue, a published project, a confirmed document request with a document to
 * review, a confirmed volunteer. Every title and name carries `tag`, so a response can be
 * searched for any of them.
 */
export async function communeRecords(inseeCode: string, tag: string) {
  const petition = await openPetition({ inseeCode });
  await db().petition.update({ where: { id: petition.id }, data: { title: `${tag} pétition` } });
  const commune = await db().commune.findUniqueOrThrow({ where: { inseeCode }, select: { name: true } });
  const report = await aPendingReport({
    inseeCode,
    input: reportInput({ commune: commune.name, title: `${tag} signalement` }),
    documents: [{ fileName: `${tag}-piece.pdf`, bytes: PDF_BYTES, contentType: "application/pdf" }],
  });
  await confirmReport({ token: report.token });
  const reportDocument = await db().reportDocument.findFirstOrThrow({ where: { reportId: report.id }, select: { id: true } });
  const project = await aPendingReport({ inseeCode, input: reportInput({ commune: commune.name, title: `${tag} projet` }) });
  await db().report.update({
    where: { id: project.id },
    data: { status: "PUBLISHED", publishedAt: new Date(), slug: `${tag.toLowerCase()}-projet-${randomUUID().slice(0, 8)}` },
  });
  await ensureDefaultTemplates();
  const template = await getActiveTemplate({ slug: "projet-nomme" });
  if (!template) throw new Error("no template");
  const submitted = await submitDocumentRequest({
    inseeCode,
    templateId: template.id,
    reportId: null,
    projectLabel: `${tag} demande`,
    documents: ["le CCTP"],
    input: {
      name: `${tag} Demandeuse`,
      address: `1 place de la Mairie, ${commune.name}`,
      email: `demande.${randomUUID().slice(0, 8)}@example.org`,
      showName: false,
    },
    lang: "fr",
  });
  await confirmDocumentRequest({ token: submitted.token });
  const file = await db().documentRequestFile.create({
    data: { requestId: submitted.id, fileName: `${tag}-document.pdf`, contentType: "application/pdf", size: PDF_BYTES.length },
  });
  await storeDocument(file.id, PDF_BYTES);
  const email = `benevole.${randomUUID().slice(0, 8)}@example.org`;
  const token = randomUUID();
  const volunteer = await db().volunteer.create({
    data: {
      inseeCode,
      name: encrypt(`${tag} Bénévole`),
      email: encrypt(email),
      emailIndex: volunteerIndexFor(email),
      skills: [],
      availability: "MONTHLY",
      languages: encrypt(""),
      message: encrypt(""),
      consentedAt: new Date(),
      lang: "fr",
      tokenHash: hashToken(token),
      tokenSealed: encrypt(token),
      confirmedAt: new Date(),
    },
  });
  // The commune's local group, for the groups' own admin pages (app/routes/admin.groupes.*).
  const slug = Object.entries(GROUP_COMMUNES).find(([, code]) => code === inseeCode)?.[0];
  if (!slug) throw new Error(`no group slug for the commune ${inseeCode}`);
  const group = (await ensureGroup(slug)).id;
  const eventOrganizer = await addOrganizer({ email: `evenements.${randomUUID().slice(0, 8)}@collectif.example`, role: "ORGANIZER", addedBy: null });
  const day = new Date(Date.now() + 20 * 24 * 3600_000).toISOString().slice(0, 10);
  const event = await createEvent({
    input: {
      kind: "PUBLIC_MEETING",
      title: `${tag} événement`,
      description: "Une réunion publique sur la vidéosurveillance.",
      startDate: day,
      startTime: "18:00",
      endDate: day,
      endTime: "20:00",
      place: "address",
      address: "Salle des fêtes",
      commune: commune.name,
      inseeCode,
      onlineUrl: "",
      capacity: 30,
      registration: true,
      groupId: group,
    },
    inseeCode,
    organizerId: eventOrganizer.id,
  });
  await publishEvent({ id: event.id, organizerId: eventOrganizer.id });
  const attendeeEmail = `inscrite.${randomUUID().slice(0, 8)}@example.org`;
  await registerForEvent({ eventId: event.id, input: { name: `${tag} Inscrite`, email: attendeeEmail, showName: false, consent: true }, lang: "fr" });
  const registration = await db().eventRegistration.findFirstOrThrow({ where: { eventId: event.id }, select: { tokenSealed: true } });
  await confirmRegistration({ token: decrypt(registration.tokenSealed!) });
  return {
    inseeCode,
    group,
    event: event.id,
    petition: petition.id,
    report: report.id,
    /** The report's document, unpublished (the report waits for moderation). */
    reportDocument: reportDocument.id,
    project: project.id,
    request: submitted.id,
    requestFile: file.id,
    volunteer: volunteer.id,
    /** What must not appear in another territory's responses. */
    names: [
      `${tag} pétition`,
      `${tag} signalement`,
      `${tag} projet`,
      `${tag} demande`,
      `${tag} Demandeuse`,
      `${tag}-document`,
      `${tag} Bénévole`,
      `${tag}-piece`,
      `${tag} événement`,
      `${tag} Inscrite`,
    ],
  };
}
