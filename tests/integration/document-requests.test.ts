import { beforeAll, describe, expect, test } from "vitest";
import { dateFromDay } from "~/models/cada-clock";
import { getCampaign, launchCampaign, listFilesToReview, listOverdueRequests, reviewFile, exportRequests } from "~/models/document-request-admin.server";
import { getRequestFile, listPublicRequests, listRequestsForCommune, listRequestsForReport } from "~/models/document-request-public.server";
import { sendDueReminders } from "~/models/document-request-reminders.server";
import {
  confirmDocumentRequest,
  ensureDefaultTemplates,
  getActiveTemplate,
  getRequestForRequester,
  recordStep,
  submitDocumentRequest,
  takeCampaignItem,
} from "~/models/document-request.server";
import { addOrganizer } from "~/models/organizer.server";
import { decrypt } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import { PDF_BYTES } from "../factories/report";

const SAINT_ETIENNE = "42218";
const suffix = () => Math.random().toString(36).slice(2, 10);
const organizer = () => addOrganizer({ email: `org.${suffix()}@collectif.example`, role: "ORGANIZER", addedBy: null });
/** An instant from a Paris wall-clock time (winter: UTC+1). */
const parisWinter = (local: string) => new Date(new Date(`${local}Z`).getTime() - 3600_000);

async function aConfirmedRequest({ inseeCode = SAINT_ETIENNE, email = `habitante.${suffix()}@example.org`, reportId = null as string | null } = {}) {
  const template = await getActiveTemplate({ slug: "videosurveillance-algorithmique" });
  if (!template) throw new Error("no template");
  const { id, token } = await submitDocumentRequest({
    inseeCode,
    templateId: template.id,
    reportId,
    projectLabel: "",
    documents: template.documents.slice(0, 3),
    input: { name: "Camille Martin", address: "3 rue de la République\n42000 Saint-Étienne", email, showName: false },
    lang: "fr",
  });
  await confirmDocumentRequest({ token });
  return { id, token, email };
}

const remindersFor = (id: string) => db().emailMessage.findMany({ where: { idempotencyKey: { startsWith: `document-request-reminder/${id}/` } }, select: { idempotencyKey: true } });

beforeAll(ensureDefaultTemplates);

describe("making a request", () => {
  test("the personal link is emailed, the requester is encrypted, and the letter is filled in", async () => {
    const { id, token, email } = await aConfirmedRequest();
    expect(await db().emailMessage.count({ where: { idempotencyKey: `document-request-confirm/${id}` } })).toBe(1);
    const row = await db().documentRequest.findUniqueOrThrow({ where: { id } });
    expect(row.requesterEmail).not.toContain("@");
    expect(decrypt(row.requesterEmail ?? "")).toBe(email);
    expect(row.tokenHash).not.toBe(token);

    const request = await getRequestForRequester({ token, now: new Date("2026-03-02T10:00:00Z") });
    expect(request?.clock.state).toBe("TO_SEND");
    expect(request?.letter.subject).toBe("Demande de communication de documents administratifs — vidéosurveillance à Saint-Étienne");
    expect(request?.letter.body).toContain("Camille Martin\n3 rue de la République\n42000 Saint-Étienne");
    expect(request?.letter.body).toContain("Mairie de Saint-Étienne");
    expect(request?.letter.body).toContain("– les délibérations du conseil municipal");
    expect(request?.referral).toBeNull();
  });

  test("an unconfirmed request is not public, and nobody can record a step on it", async () => {
    const template = await getActiveTemplate({ slug: "projet-nomme" });
    const { token, id } = await submitDocumentRequest({
      inseeCode: SAINT_ETIENNE,
      templateId: template!.id,
      reportId: null,
      projectLabel: "Caméras augmentées du centre-ville",
      documents: ["le CCTP"],
      input: { name: "Ali B.", address: "1 place de l'Hôtel de Ville, 42000 Saint-Étienne", email: `x.${suffix()}@example.org`, showName: true },
      lang: "fr",
    });
    expect(await recordStep({ token, step: { intent: "sent", day: "2026-01-05" } })).toEqual({ ok: false, error: "requests.errors.notConfirmed" });
    expect((await listRequestsForCommune({ inseeCode: SAINT_ETIENNE })).some((request) => request.id === id)).toBe(false);
    await confirmDocumentRequest({ token });
    const listed = (await listRequestsForCommune({ inseeCode: SAINT_ETIENNE })).find((request) => request.id === id);
    expect(listed?.requester).toBe("Ali B.");
    expect(listed?.projectLabel).toBe("Caméras augmentées du centre-ville");
  });

  test("steps are checked: no future day, no day before the previous step, only when the procedure allows", async () => {
    const { token } = await aConfirmedRequest();
    const now = new Date("2026-02-10T12:00:00Z");
    expect(await recordStep({ token, step: { intent: "sent", day: "2026-02-11" }, now })).toEqual({ ok: false, error: "requests.errors.future" });
    expect(await recordStep({ token, step: { intent: "referral", day: "2026-02-01" }, now })).toEqual({ ok: false, error: "requests.errors.notNow" });
    expect(await recordStep({ token, step: { intent: "sent", day: "2026-02-05" }, now })).toEqual({ ok: true });
    expect(await recordStep({ token, step: { intent: "answer", day: "2026-02-04", answerKind: "REFUSED" }, now })).toEqual({ ok: false, error: "requests.errors.order" });
    expect(await recordStep({ token, step: { intent: "answer", day: "2026-02-09", answerKind: "REFUSED" }, now })).toEqual({ ok: true });
    const request = await getRequestForRequester({ token, now });
    expect(request?.clock).toMatchObject({ state: "REFUSED", referralDeadline: "2026-04-09" });
    expect(request?.referral?.body).toContain("Par une décision du 9 février 2026");
    expect(await recordStep({ token: "nope", step: { intent: "stop" } })).toEqual({ ok: false, error: "requests.errors.unknown" });
  });
});

describe("reminders, each exactly once", () => {
  test("sent on 31 January: nothing at 23:59 on 28 February in Paris, the implicit refusal at midnight, once even run twice or concurrently", async () => {
    const { id, token } = await aConfirmedRequest();
    await recordStep({ token, step: { intent: "sent", day: "2026-01-31" }, now: parisWinter("2026-01-31T20:00:00") });

    await sendDueReminders({ now: parisWinter("2026-02-28T23:59:00") });
    expect(await remindersFor(id)).toEqual([]);

    const midnight = parisWinter("2026-03-01T00:00:00");
    await Promise.all([sendDueReminders({ now: midnight }), sendDueReminders({ now: midnight })]);
    await sendDueReminders({ now: midnight });
    expect((await remindersFor(id)).map((row) => row.idempotencyKey)).toEqual([`document-request-reminder/${id}/IMPLICIT_REFUSAL`]);
    const row = await db().documentRequest.findUniqueOrThrow({ where: { id } });
    expect(row.remindersSent).toEqual(["IMPLICIT_REFUSAL"]);

    // The reminder carries the pre-filled referral, with the request, its date and the absence of answer.
    const message = await db().emailMessage.findFirstOrThrow({ where: { idempotencyKey: `document-request-reminder/${id}/IMPLICIT_REFUSAL` } });
    const props = JSON.parse(decrypt(message.payload)) as { deadline: string; referral: { body: string; pdfUrl: string } };
    expect(props.deadline).toBe("28 avril 2026");
    expect(props.referral.body).toContain("Le 31 janvier 2026, j'ai demandé à la mairie de Saint-Étienne");
    expect(props.referral.body).toContain("Cette demande est restée sans réponse");
    expect(props.referral.pdfUrl).toMatch(/\/demande\/[\w-]+\/saisine\.pdf$/);
  });

  test("after a referral: the opinion reminder the day after the CADA's month, the court reminder 14 days before its last day", async () => {
    const { id, token } = await aConfirmedRequest();
    const at = (day: string) => new Date(`${day}T10:00:00Z`);
    await recordStep({ token, step: { intent: "sent", day: "2026-01-05" }, now: at("2026-01-05") });
    await recordStep({ token, step: { intent: "referral", day: "2026-02-10" }, now: at("2026-02-10") });
    await sendDueReminders({ now: at("2026-03-10") });
    expect(await remindersFor(id)).toEqual([]);
    await sendDueReminders({ now: at("2026-03-11") });
    await sendDueReminders({ now: at("2026-03-12") });
    expect((await remindersFor(id)).map((row) => row.idempotencyKey)).toEqual([`document-request-reminder/${id}/OPINION_DUE`]);
    await sendDueReminders({ now: at("2026-05-26") });
    expect(await remindersFor(id)).toHaveLength(1);
    await sendDueReminders({ now: at("2026-05-27") });
    await sendDueReminders({ now: at("2026-05-28") });
    expect((await remindersFor(id)).map((row) => row.idempotencyKey).sort()).toEqual([`document-request-reminder/${id}/COURT_DEADLINE`, `document-request-reminder/${id}/OPINION_DUE`]);
  });

  test("stop reminders: nothing more is sent", async () => {
    const { id, token } = await aConfirmedRequest();
    await recordStep({ token, step: { intent: "sent", day: "2026-01-10" }, now: new Date("2026-01-10T12:00:00Z") });
    await recordStep({ token, step: { intent: "stop" } });
    await sendDueReminders({ now: new Date("2026-02-20T12:00:00Z") });
    expect(await remindersFor(id)).toEqual([]);
  });
});

describe("documents obtained, reviewed by organizers", () => {
  test("an answer with a document: pending, then published into the city's dossier; a declined one is never served", async () => {
    const report = await db().report.create({
      data: { inseeCode: SAINT_ETIENNE, kind: "VIDEO_ANALYTICS", title: `Projet ${suffix()}`, description: "Un projet publié.", sources: [], status: "PUBLISHED", publishedAt: new Date() },
    });
    const { id, token } = await aConfirmedRequest({ reportId: report.id });
    const now = new Date("2026-02-20T12:00:00Z");
    await recordStep({ token, step: { intent: "sent", day: "2026-01-10" }, now });
    const pdf = { fileName: "cctp.pdf", bytes: PDF_BYTES, contentType: "application/pdf" as const };
    expect(await recordStep({ token, step: { intent: "answer", day: "2026-02-15", answerKind: "PARTIAL" }, files: [pdf, { ...pdf, fileName: "autre.pdf" }], now })).toEqual({ ok: true });
    const files = await db().documentRequestFile.findMany({ where: { requestId: id }, orderBy: { fileName: "asc" } });
    expect(files.map((file) => [file.fileName, file.status])).toEqual([
      ["autre.pdf", "PENDING"],
      ["cctp.pdf", "PENDING"],
    ]);
    expect(await getRequestFile({ id: files[1].id })).toBeNull();
    expect((await listFilesToReview()).map((file) => file.id)).toEqual(expect.arrayContaining(files.map((file) => file.id)));

    const mod = await organizer();
    expect(await reviewFile({ fileId: files[1].id, decision: "publish", organizerId: mod.id })).toBe(true);
    expect(await reviewFile({ fileId: files[1].id, decision: "decline", organizerId: mod.id })).toBe(false);
    expect(await reviewFile({ fileId: files[0].id, decision: "decline", organizerId: mod.id })).toBe(true);
    expect(await getRequestFile({ id: files[1].id })).not.toBeNull();
    expect(await getRequestFile({ id: files[0].id, organizer: true })).toBeNull();

    const listed = (await listRequestsForCommune({ inseeCode: SAINT_ETIENNE, now })).find((request) => request.id === id);
    expect(listed?.files.map((file) => file.fileName)).toEqual(["cctp.pdf"]);
    expect(listed?.clock.state).toBe("PARTLY_ANSWERED");
    const forProject = await listRequestsForReport({ reportId: report.id, now });
    expect(forProject.map((request) => request.id)).toEqual([id]);
    expect(await db().auditEntry.count({ where: { subjectId: { in: files.map((file) => file.id) } } })).toBe(2);
  });

  test("/demandes filters by state and department and counts overdue requests per commune; organizers see them in their queue", async () => {
    const { id, token } = await aConfirmedRequest();
    await recordStep({ token, step: { intent: "sent", day: "2026-01-02" }, now: new Date("2026-01-02T12:00:00Z") });
    const now = new Date("2026-03-01T12:00:00Z");
    const { requests, overdueByCommune } = await listPublicRequests({ filter: { statut: "IMPLICITLY_REFUSED", departement: "42" }, now });
    expect(requests.find((request) => request.id === id)?.clock.daysOverdue).toBe(27);
    expect(requests.every((request) => request.clock.state === "IMPLICITLY_REFUSED" && request.commune.departmentCode === "42")).toBe(true);
    expect(overdueByCommune.find((commune) => commune.slug === "saint-etienne")?.count).toBeGreaterThan(0);
    expect((await listPublicRequests({ filter: { departement: "75" }, now })).requests.some((request) => request.id === id)).toBe(false);
    expect((await listOverdueRequests({ now })).some((request) => request.id === id)).toBe(true);
    const mod = await organizer();
    const exported = await exportRequests({ organizerId: mod.id, now });
    expect(exported.find((request) => request.id === id)?.clock.state).toBe("IMPLICITLY_REFUSED");
  });
});

describe("campaigns", () => {
  test("one template for the communes of the Loire above 30,000 inhabitants; a volunteer takes one, the second taker is refused", async () => {
    const template = await getActiveTemplate({ slug: "videosurveillance-algorithmique" });
    const mod = await organizer();
    const launched = await launchCampaign({ input: { title: `Loire ${suffix()}`, templateId: template!.id, departmentCode: "42", minPopulation: 30_000 } as const, organizerId: mod.id });
    if (!launched.ok) throw new Error("not launched");
    const campaign = await getCampaign({ id: launched.id });
    expect(campaign?.items.map((item) => item.commune.name)).toContain("Saint-Étienne");
    expect(campaign?.items.every((item) => item.commune.population >= 30_000)).toBe(true);
    expect(campaign?.progress).toMatchObject({ taken: 0, sent: 0 });

    const item = campaign!.items.find((candidate) => candidate.commune.name === "Saint-Étienne")!;
    const input = { name: "Bénévole", address: "2 rue Gambetta, 42000 Saint-Étienne", email: `benevole.${suffix()}@example.org`, showName: false };
    expect(await takeCampaignItem({ requestId: item.id, input, lang: "fr" })).toEqual({ ok: true });
    expect(await takeCampaignItem({ requestId: item.id, input: { ...input, email: `autre.${suffix()}@example.org` }, lang: "fr" })).toEqual({ ok: false });
    expect((await getCampaign({ id: launched.id }))?.progress.taken).toBe(1);
    expect(await db().auditEntry.count({ where: { subjectId: launched.id, action: "request-campaign.launch" } })).toBe(1);
  });
});

test("a day from the database is the day entered, whatever the time zone", () => {
  expect(dateFromDay("2026-03-01").toISOString()).toBe("2026-03-01T00:00:00.000Z");
});
