import { beforeAll, describe, expect, test } from "vitest";
import { dateFromDay } from "~/modules/document-requests/clock";
import {
  exportRequests,
  getCampaign,
  getRequestForOrganizer,
  launchCampaign,
  linkRequest,
  listFilesToReview,
  listOverdueRequests,
  reviewFile,
} from "~/modules/document-requests/admin.server";
import {
  getPublicRequest,
  getRequestFile,
  listPublicRequests,
  listRequestsForCommune,
  listRequestsForLegalAction,
  listRequestsForReport,
} from "~/modules/document-requests/public.server";
import { documentRequestsCsv } from "~/modules/document-requests/csv.server";
import { toCsv, type CsvTable } from "~/utils/csv.server";
import { documentRequestRetentionRules } from "~/modules/document-requests/privacy.server";
import { sendDueReminders } from "~/modules/document-requests/reminders.server";
import {
  confirmDocumentRequest,
  ensureDefaultTemplates,
  getActiveTemplate,
  getRequestForRequester,
  recordStep,
  recordStepAsOrganizer,
  submitDocumentRequest,
  takeCampaignItem,
} from "~/modules/document-requests/request.server";
import { emailKey } from "~/models/email-message.server";
import { collectData, deleteData } from "~/modules/my-data/data.server";
import { addOrganizer } from "~/models/organizer.server";
import { decrypt } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import { PDF_BYTES } from "../factories/report";

const csvText = (table: CsvTable) => toCsv(table.header, table.rows);

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

const remindersFor = (id: string) =>
  db().emailMessage.findMany({ where: { idempotencyKey: { startsWith: emailKey(`document-request-reminder/${id}/`) } }, select: { idempotencyKey: true } });

beforeAll(ensureDefaultTemplates);

describe("making a request", () => {
  test("the personal link is emailed, the requester is encrypted, and the letter is filled in", async () => {
    const { id, token, email } = await aConfirmedRequest();
    expect(await db().emailMessage.count({ where: { idempotencyKey: emailKey(`document-request-confirm/${id}`) } })).toBe(1);
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
    expect(await recordStep({ token, step: { intent: "sent", day: "2026-01-05" } })).toEqual({ ok: false, error: "documentRequests.errors.notConfirmed" });
    expect((await listRequestsForCommune({ inseeCode: SAINT_ETIENNE })).some((request) => request.id === id)).toBe(false);
    await confirmDocumentRequest({ token });
    const listed = (await listRequestsForCommune({ inseeCode: SAINT_ETIENNE })).find((request) => request.id === id);
    expect(listed?.requester).toBe("Ali B.");
    expect(listed?.projectLabel).toBe("Caméras augmentées du centre-ville");
  });

  test("steps are checked: no future day, no day before the previous step, only when the procedure allows", async () => {
    const { token } = await aConfirmedRequest();
    const now = new Date("2026-02-10T12:00:00Z");
    expect(await recordStep({ token, step: { intent: "sent", day: "2026-02-11" }, now })).toEqual({ ok: false, error: "documentRequests.errors.future" });
    expect(await recordStep({ token, step: { intent: "referral", day: "2026-02-01" }, now })).toEqual({ ok: false, error: "documentRequests.errors.notNow" });
    expect(await recordStep({ token, step: { intent: "sent", day: "2026-02-05" }, now })).toEqual({ ok: true });
    expect(await recordStep({ token, step: { intent: "answer", day: "2026-02-04", answerKind: "REFUSED" }, now })).toEqual({
      ok: false,
      error: "documentRequests.errors.order",
    });
    expect(await recordStep({ token, step: { intent: "answer", day: "2026-02-09", answerKind: "REFUSED" }, now })).toEqual({ ok: true });
    const request = await getRequestForRequester({ token, now });
    expect(request?.clock).toMatchObject({ state: "REFUSED", referralDeadline: "2026-04-09" });
    expect(request?.referral?.body).toContain("Par une décision du 9 février 2026");
    expect(await recordStep({ token: "nope", step: { intent: "stop" } })).toEqual({ ok: false, error: "documentRequests.errors.unknown" });
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
    expect((await remindersFor(id)).map((row) => row.idempotencyKey)).toEqual([emailKey(`document-request-reminder/${id}/IMPLICIT_REFUSAL`)]);
    const row = await db().documentRequest.findUniqueOrThrow({ where: { id } });
    expect(row.remindersSent).toEqual(["IMPLICIT_REFUSAL"]);

    // The reminder carries the pre-filled referral, with the request, its date and the absence of answer.
    const message = await db().emailMessage.findFirstOrThrow({ where: { idempotencyKey: emailKey(`document-request-reminder/${id}/IMPLICIT_REFUSAL`) } });
    const props = JSON.parse(decrypt(message.payload)) as { deadline: string; referral: { body: string; pdfUrl: string } };
    expect(props.deadline).toBe("28 avril 2026");
    expect(props.referral.body).toContain("Le 31 janvier 2026, j’ai demandé à la mairie de Saint-Étienne");
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
    expect((await remindersFor(id)).map((row) => row.idempotencyKey)).toEqual([emailKey(`document-request-reminder/${id}/OPINION_DUE`)]);
    await sendDueReminders({ now: at("2026-05-26") });
    expect(await remindersFor(id)).toHaveLength(1);
    await sendDueReminders({ now: at("2026-05-27") });
    await sendDueReminders({ now: at("2026-05-28") });
    expect((await remindersFor(id)).map((row) => row.idempotencyKey).sort()).toEqual(
      [emailKey(`document-request-reminder/${id}/COURT_DEADLINE`), emailKey(`document-request-reminder/${id}/OPINION_DUE`)].sort(),
    );
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
      data: {
        inseeCode: SAINT_ETIENNE,
        kind: "VIDEO_ANALYTICS",
        title: `Projet ${suffix()}`,
        description: "Un projet publié.",
        sources: [],
        status: "PUBLISHED",
        publishedAt: new Date(),
      },
    });
    const { id, token } = await aConfirmedRequest({ reportId: report.id });
    const now = new Date("2026-02-20T12:00:00Z");
    await recordStep({ token, step: { intent: "sent", day: "2026-01-10" }, now });
    const pdf = { fileName: "cctp.pdf", bytes: PDF_BYTES, contentType: "application/pdf" as const };
    expect(
      await recordStep({ token, step: { intent: "answer", day: "2026-02-15", answerKind: "PARTIAL" }, files: [pdf, { ...pdf, fileName: "autre.pdf" }], now }),
    ).toEqual({ ok: true });
    const files = await db().documentRequestFile.findMany({ where: { requestId: id }, orderBy: { fileName: "asc" } });
    expect(files.map((file) => [file.fileName, file.status])).toEqual([
      ["autre.pdf", "PENDING"],
      ["cctp.pdf", "PENDING"],
    ]);
    expect(await getRequestFile({ id: files[1].id })).toBeNull();
    expect((await listFilesToReview()).map((file) => file.id)).toEqual(expect.arrayContaining(files.map((file) => file.id)));

    const mod = await organizer();
    expect(await reviewFile({ fileId: files[1].id, decision: "publish", organizerId: mod.id })).toEqual({ ok: true });
    expect(await reviewFile({ fileId: files[1].id, decision: "decline", organizerId: mod.id })).toEqual({ ok: false, error: "decided" });
    expect(await reviewFile({ fileId: files[0].id, decision: "decline", organizerId: mod.id })).toEqual({ ok: true });
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
    const exported = await exportRequests({ now });
    expect(exported.find((request) => request.id === id)?.clock.state).toBe("IMPLICITLY_REFUSED");

    // The CSV reads in the organizer's language, like the petition and donation exports.
    const mine = exported.filter((request) => request.id === id);
    const [frHeader, frRow] = csvText(documentRequestsCsv(mine, "fr"))
      .replace(/^\uFEFF/, "")
      .split("\r\n");
    expect(frHeader).toBe(
      "identifiant,code INSEE,commune,département,modèle,campagne,projet,documents demandés,étape,envoyée le,réponse attendue avant le,réponse le,réponse,CADA saisie le,avis de la CADA le,issue,tribunal saisi le,jours de retard,documents obtenus",
    );
    expect(frRow).toContain(`${id},42218,Saint-Étienne,42,`);
    expect(frRow).toContain(",Refus implicite (sans réponse),02/01/2026,02/02/2026,");
    expect(frRow).toMatch(/,27,0$/);
    const [enHeader, enRow] = csvText(documentRequestsCsv(mine, "en"))
      .replace(/^\uFEFF/, "")
      .split("\r\n");
    expect(enHeader).toMatch(/^id,INSEE code,commune,department,template,/);
    expect(enRow).toContain(",Implicitly refused (no answer),02/01/2026,02/02/2026,");
  });
});

describe("campaigns", () => {
  test("one template for the communes of the Loire above 30,000 inhabitants; a volunteer takes one, the second taker is refused", async () => {
    const template = await getActiveTemplate({ slug: "videosurveillance-algorithmique" });
    const mod = await organizer();
    const launched = await launchCampaign({
      input: { title: `Loire ${suffix()}`, templateId: template!.id, departmentCode: "42", minPopulation: 30_000 } as const,
      organizerId: mod.id,
    });
    if (!launched.ok) throw new Error("not launched");
    const campaign = await getCampaign({ id: launched.id });
    expect(campaign?.items.map((item) => item.commune.name)).toContain("Saint-Étienne");
    expect(campaign?.items.every((item) => item.commune.population >= 30_000)).toBe(true);
    expect(campaign?.progress).toMatchObject({ taken: 0, sent: 0 });

    const item = campaign!.items.find((candidate) => candidate.commune.name === "Saint-Étienne")!;
    const input = { name: "Bénévole", address: "2 rue Gambetta, 42000 Saint-Étienne", email: `benevole.${suffix()}@example.org`, showName: false };
    expect(await takeCampaignItem({ requestId: item.id, input, lang: "fr" })).toEqual({ ok: true });
    expect(await takeCampaignItem({ requestId: item.id, input: { ...input, email: `autre.${suffix()}@example.org` }, lang: "fr" })).toEqual({
      ok: false,
      error: "taken",
    });
    expect((await getCampaign({ id: launched.id }))?.progress.taken).toBe(1);
    expect(await db().auditEntry.count({ where: { subjectId: launched.id, action: "request-campaign.launch" } })).toBe(1);
  });
});

test("a day from the database is the day entered, whatever the time zone", () => {
  expect(dateFromDay("2026-03-01").toISOString()).toBe("2026-03-01T00:00:00.000Z");
});

describe("organizers record the commune's answers and the steps", () => {
  test("answered, partly answered or refused, CADA referral and opinion, outcome, court: the procedure's rules, and each step audited", async () => {
    const { id, token } = await aConfirmedRequest();
    const mod = await organizer();
    const at = (day: string) => new Date(`${day}T12:00:00Z`);
    await recordStep({ token, step: { intent: "sent", day: "2026-01-05" }, now: at("2026-01-05") });
    // Before the day it was sent: refused, nothing recorded.
    expect(
      await recordStepAsOrganizer({
        requestId: id,
        step: { intent: "answer", day: "2026-01-04", answerKind: "REFUSED" },
        organizerId: mod.id,
        now: at("2026-01-20"),
      }),
    ).toEqual({
      ok: false,
      error: "documentRequests.errors.order",
    });
    expect(
      await recordStepAsOrganizer({
        requestId: id,
        step: { intent: "answer", day: "2026-01-21", answerKind: "REFUSED" },
        organizerId: mod.id,
        now: at("2026-01-20"),
      }),
    ).toEqual({
      ok: false,
      error: "documentRequests.errors.future",
    });
    expect(await recordStepAsOrganizer({ requestId: id, step: { intent: "opinion", day: "2026-01-20" }, organizerId: mod.id, now: at("2026-01-20") })).toEqual({
      ok: false,
      error: "documentRequests.errors.notNow",
    });
    const pdf = { fileName: "refus.pdf", bytes: PDF_BYTES, contentType: "application/pdf" as const };
    expect(
      await recordStepAsOrganizer({
        requestId: id,
        step: { intent: "answer", day: "2026-01-20", answerKind: "REFUSED" },
        files: [pdf],
        organizerId: mod.id,
        now: at("2026-01-20"),
      }),
    ).toEqual({ ok: true });
    expect((await getRequestForOrganizer({ id, now: at("2026-01-20") }))?.clock.state).toBe("REFUSED");
    expect(await recordStepAsOrganizer({ requestId: id, step: { intent: "referral", day: "2026-02-01" }, organizerId: mod.id, now: at("2026-02-01") })).toEqual(
      { ok: true },
    );
    expect(await recordStepAsOrganizer({ requestId: id, step: { intent: "opinion", day: "2026-02-25" }, organizerId: mod.id, now: at("2026-02-25") })).toEqual({
      ok: true,
    });
    expect((await getRequestForOrganizer({ id, now: at("2026-02-25") }))?.clock.state).toBe("CADA_OPINION");
    expect(
      await recordStepAsOrganizer({
        requestId: id,
        step: { intent: "outcome", day: "2026-03-10", outcome: "REFUSED" },
        organizerId: mod.id,
        now: at("2026-03-10"),
      }),
    ).toEqual({ ok: true });
    expect(await recordStepAsOrganizer({ requestId: id, step: { intent: "court", day: "2026-03-09" }, organizerId: mod.id, now: at("2026-03-20") })).toEqual({
      ok: false,
      error: "documentRequests.errors.order",
    });
    expect(await recordStepAsOrganizer({ requestId: id, step: { intent: "court", day: "2026-03-20" }, organizerId: mod.id, now: at("2026-03-20") })).toEqual({
      ok: true,
    });
    const seen = await getRequestForOrganizer({ id, now: at("2026-03-20") });
    expect(seen?.clock.state).toBe("COURT");
    expect(seen?.files.map((file) => [file.fileName, file.status])).toEqual([["refus.pdf", "PENDING"]]);
    const entries = await db().auditEntry.findMany({ where: { subjectId: id, organizerId: mod.id }, orderBy: { id: "asc" }, select: { action: true } });
    expect(entries.map((entry) => entry.action)).toEqual([
      "request.step.answer",
      "request.step.referral",
      "request.step.opinion",
      "request.step.outcome",
      "request.step.court",
    ]);
    // The organizer's page never carries the requester's identity.
    expect(JSON.stringify(seen)).not.toContain("Camille");
  });

  test("partly answered, then communicated after the CADA; an unknown or unconfirmed request is refused", async () => {
    const { id, token } = await aConfirmedRequest();
    const mod = await organizer();
    const now = new Date("2026-04-01T12:00:00Z");
    await recordStep({ token, step: { intent: "sent", day: "2026-01-05" }, now });
    await recordStepAsOrganizer({ requestId: id, step: { intent: "answer", day: "2026-01-30", answerKind: "PARTIAL" }, organizerId: mod.id, now });
    expect((await getPublicRequest({ id, now }))?.clock.state).toBe("PARTLY_ANSWERED");
    await recordStepAsOrganizer({ requestId: id, step: { intent: "referral", day: "2026-02-10" }, organizerId: mod.id, now });
    await recordStepAsOrganizer({ requestId: id, step: { intent: "outcome", day: "2026-03-15", outcome: "COMMUNICATED" }, organizerId: mod.id, now });
    expect((await getPublicRequest({ id, now }))?.clock.state).toBe("COMMUNICATED");
    expect(await recordStepAsOrganizer({ requestId: "00000000-0000-4000-8000-000000000000", step: { intent: "stop" }, organizerId: mod.id })).toEqual({
      ok: false,
      error: "documentRequests.errors.unknown",
    });
    expect(await recordStepAsOrganizer({ requestId: "not-an-id", step: { intent: "stop" }, organizerId: mod.id })).toEqual({
      ok: false,
      error: "documentRequests.errors.unknown",
    });
  });
});

describe("links: the city's dossier, the project, the legal action", () => {
  test("an organizer links a request to a published project of its commune and to a legal action; both pages list it", async () => {
    const mod = await organizer();
    const slug = `projet-${suffix()}`;
    const report = await db().report.create({
      data: {
        inseeCode: SAINT_ETIENNE,
        kind: "VIDEO_ANALYTICS",
        title: `Projet ${suffix()}`,
        description: "Un projet publié.",
        sources: [],
        status: "PUBLISHED",
        publishedAt: new Date(),
        slug,
      },
    });
    const elsewhere = await db().report.create({
      data: {
        inseeCode: "35238",
        kind: "VIDEO_ANALYTICS",
        title: `Ailleurs ${suffix()}`,
        description: "Un autre.",
        sources: [],
        status: "PUBLISHED",
        publishedAt: new Date(),
        slug: `ailleurs-${suffix()}`,
      },
    });
    const action = await db().legalAction.create({
      data: {
        title: `Recours ${suffix()}`,
        inseeCodes: [SAINT_ETIENNE],
        court: "Tribunal administratif de Lyon",
        filedOn: new Date("2026-05-01"),
        summary: "Contre le refus.",
        publishedAt: new Date(),
      },
    });
    const { id } = await aConfirmedRequest();

    expect(await linkRequest({ requestId: id, reportId: elsewhere.id, legalActionId: null, organizerId: mod.id })).toEqual({
      ok: false,
      error: "admin.requests.errors.project",
    });
    expect(await linkRequest({ requestId: id, reportId: null, legalActionId: "00000000-0000-4000-8000-000000000000", organizerId: mod.id })).toEqual({
      ok: false,
      error: "admin.requests.errors.legalAction",
    });
    const choices = await getRequestForOrganizer({ id });
    expect(choices?.projects.map((project) => project.id)).toContain(report.id);
    expect(choices?.projects.map((project) => project.id)).not.toContain(elsewhere.id);
    expect(choices?.legalActions.map((candidate) => candidate.id)).toContain(action.id);

    expect(await linkRequest({ requestId: id, reportId: report.id, legalActionId: action.id, organizerId: mod.id })).toEqual({ ok: true });
    const page = await getPublicRequest({ id });
    expect(page?.commune.slug).toBe("saint-etienne");
    expect(page?.report).toEqual({ id: report.id, title: report.title, slug });
    expect(page?.legalAction).toEqual({ id: action.id, title: action.title });
    expect((await listRequestsForReport({ reportId: report.id })).map((request) => request.id)).toEqual([id]);
    expect((await listRequestsForLegalAction({ legalActionId: action.id })).map((request) => request.id)).toEqual([id]);
    expect(await db().auditEntry.count({ where: { subjectId: id, action: "request.link" } })).toBe(1);

    // An unpublished legal action is not shown on the public page.
    await db().legalAction.update({ where: { id: action.id }, data: { publishedAt: null } });
    expect((await getPublicRequest({ id }))?.legalAction).toBeNull();
    // Unlinking.
    expect(await linkRequest({ requestId: id, reportId: null, legalActionId: null, organizerId: mod.id })).toEqual({ ok: true });
    expect(await listRequestsForReport({ reportId: report.id })).toEqual([]);
  });

  test("an unconfirmed request has no public page", async () => {
    const template = await getActiveTemplate({ slug: "videosurveillance-algorithmique" });
    const { id } = await submitDocumentRequest({
      inseeCode: SAINT_ETIENNE,
      templateId: template!.id,
      reportId: null,
      projectLabel: "",
      documents: template!.documents.slice(0, 1),
      input: { name: "Camille Martin", address: "3 rue de la République", email: `x.${suffix()}@example.org`, showName: false },
      lang: "fr",
    });
    expect(await getPublicRequest({ id })).toBeNull();
    expect(await getPublicRequest({ id: "nope" })).toBeNull();
  });
});

describe("retention", () => {
  const run = (now: Date) => Promise.all(documentRequestRetentionRules.map((rule) => rule.run(now)));

  test("an unconfirmed request goes after 7 days; a confirmed one loses its requester a year after its last step, and stays public", async () => {
    const template = await getActiveTemplate({ slug: "videosurveillance-algorithmique" });
    const unconfirmed = await submitDocumentRequest({
      inseeCode: SAINT_ETIENNE,
      templateId: template!.id,
      reportId: null,
      projectLabel: "",
      documents: template!.documents.slice(0, 1),
      input: { name: "Camille Martin", address: "3 rue de la République", email: `x.${suffix()}@example.org`, showName: false },
      lang: "fr",
    });
    const { id, token } = await aConfirmedRequest();
    const created = new Date();
    await recordStep({ token, step: { intent: "sent", day: created.toISOString().slice(0, 10) }, now: created });

    await run(new Date(created.getTime() + 6 * 86_400_000));
    expect(await db().documentRequest.count({ where: { id: unconfirmed.id } })).toBe(1);
    await run(new Date(created.getTime() + 8 * 86_400_000));
    expect(await db().documentRequest.count({ where: { id: unconfirmed.id } })).toBe(0);

    // A step recorded later keeps the identity a year after that step.
    const later = new Date(created.getTime() + 40 * 86_400_000);
    await recordStep({ token, step: { intent: "answer", day: later.toISOString().slice(0, 10), answerKind: "REFUSED" }, now: later });
    await run(new Date(created.getTime() + 370 * 86_400_000));
    expect((await db().documentRequest.findUniqueOrThrow({ where: { id } })).requesterEmail).not.toBeNull();
    await run(new Date(later.getTime() + 367 * 86_400_000));
    const row = await db().documentRequest.findUniqueOrThrow({ where: { id } });
    expect([row.requesterEmail, row.requesterName, row.requesterAddress, row.tokenHash, row.tokenSealed]).toEqual([null, null, null, null, null]);
    expect(row.remindersStoppedAt).not.toBeNull();
    expect(await getRequestForRequester({ token })).toBeNull();
    expect((await getPublicRequest({ id }))?.clock.state).toBe("REFUSED");
  });
});

describe("my data", () => {
  test("a requester sees their requests; deleting one erases who made it, the public request stays; an unconfirmed one goes", async () => {
    const email = `demandeuse.${suffix()}@example.org`;
    const confirmed = await aConfirmedRequest({ email });
    const template = await getActiveTemplate({ slug: "videosurveillance-algorithmique" });
    const unconfirmed = await submitDocumentRequest({
      inseeCode: SAINT_ETIENNE,
      templateId: template!.id,
      reportId: null,
      projectLabel: "",
      documents: template!.documents.slice(0, 1),
      input: { name: "Camille Martin", address: "3 rue de la République", email, showName: true },
      lang: "fr",
    });
    const other = await aConfirmedRequest();

    const data = await collectData(email);
    expect(data.documentRequests.map((row) => row.id).sort()).toEqual([confirmed.id, unconfirmed.id].sort());
    expect(data.documentRequests[0]).toMatchObject({ commune: "Saint-Étienne", letter: template!.title });

    await deleteData(email, { kind: "documentRequest", id: confirmed.id });
    const row = await db().documentRequest.findUniqueOrThrow({ where: { id: confirmed.id } });
    expect([row.requesterEmail, row.requesterName, row.requesterAddress, row.tokenHash, row.tokenSealed, row.showName]).toEqual([
      null,
      null,
      null,
      null,
      null,
      false,
    ]);
    expect(row.remindersStoppedAt).not.toBeNull();
    expect(await getPublicRequest({ id: confirmed.id })).not.toBeNull();
    expect((await collectData(email)).documentRequests.map((request) => request.id)).toEqual([unconfirmed.id]);

    await deleteData(email, { kind: "all" });
    expect(await db().documentRequest.count({ where: { id: unconfirmed.id } })).toBe(0);
    expect((await collectData(email)).documentRequests).toEqual([]);
    // Another requester's request is untouched.
    expect((await db().documentRequest.findUniqueOrThrow({ where: { id: other.id } })).requesterEmail).not.toBeNull();
  });
});
