// Requests for administrative documents, from the requester's side: making a request (email
// confirmation, as for reports), the personal link, and each step of the procedure they record.
// The clock itself is clock.ts; reminders are reminders.server.ts.
import { randomUUID } from "node:crypto";
import type { Prisma } from "~/generated/prisma/client";
import type { NewRequestInput, RequestStep, TakeItemInput } from "./schema";
import { lines } from "./schema";
import { decrypt, encrypt } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import type { Lang } from "~/utils/i18n";
import type { Tx } from "~/utils/jobs.server";
import { deleteDocuments, storeDocument, type DocumentType } from "~/utils/uploads.server";
import type { CalendarDay } from "~/utils/dates";
import { computeClock, dayFromDate, dateFromDay, parisToday, REFERABLE_STATES, type RequestDates } from "./clock";
import { DEFAULT_TEMPLATES, renderLetter, renderReferral } from "./letter";
import { audit } from "~/models/audit.server";
import { queueEmail } from "~/models/email-message.server";
import { fail, ok, type Result } from "~/utils/result";
import { isUuid } from "~/utils/uuid";
import { newToken, hashToken } from "~/utils/tokens.server";

export const personalUrl = (token: string) => `${env().PUBLIC_URL}/demande/${token}`;

export type AcceptedFile = { fileName: string; bytes: Buffer; contentType: DocumentType };

/** Installs the two templates the site ships with, if missing (seed, demo and tests). */
export async function ensureDefaultTemplates() {
  for (const template of DEFAULT_TEMPLATES) {
    await db().documentRequestTemplate.upsert({ where: { slug: template.slug }, create: template, update: {} });
  }
}

export function listActiveTemplates() {
  return db().documentRequestTemplate.findMany({
    where: { active: true },
    orderBy: { createdAt: "asc" },
    select: { id: true, slug: true, title: true, documents: true, needsProject: true },
  });
}

export function getActiveTemplate({ slug }: { slug: string }) {
  return db().documentRequestTemplate.findFirst({
    where: { slug, active: true },
    select: { id: true, slug: true, title: true, subject: true, body: true, documents: true, needsProject: true },
  });
}

/** The published project a request may name, when it is in the same commune. */
export async function findProjectForRequest({ reportId, inseeCode }: { reportId: string | null | undefined; inseeCode?: string }) {
  if (!reportId || !isUuid(reportId)) return null;
  return db().report.findFirst({
    where: { id: reportId, status: "PUBLISHED", ...(inseeCode ? { inseeCode } : {}) },
    select: { id: true, title: true, inseeCode: true, commune: { select: { slug: true } } },
  });
}

/** The documents the requester asks for: the template's they kept, then their own. */
export function chosenDocuments(templateDocuments: string[], input: Pick<NewRequestInput, "documents" | "extraDocuments">) {
  const kept = templateDocuments.filter((_, index) => input.documents.includes(String(index)));
  return [...kept, ...lines(input.extraDocuments).map((line) => line.slice(0, 400))].slice(0, 40);
}

function newRequestToken() {
  const token = newToken();
  return { token, tokenHash: hashToken(token), tokenSealed: encrypt(token) };
}

async function emailPersonalLink(tx: Tx, request: { id: string; communeName: string }, token: string, to: string, lang: Lang) {
  await queueEmail(tx, {
    key: `document-request-confirm/${request.id}`,
    template: "document-request-confirm",
    to,
    lang,
    props: { url: personalUrl(token), communeName: request.communeName },
  });
}

/** Records a request (unconfirmed) and emails the personal link, in one transaction. */
export async function submitDocumentRequest({
  inseeCode,
  templateId,
  reportId,
  projectLabel,
  documents,
  input,
  lang,
}: {
  inseeCode: string;
  templateId: string;
  reportId: string | null;
  projectLabel: string;
  documents: string[];
  input: Pick<NewRequestInput, "name" | "address" | "email" | "showName">;
  lang: Lang;
}) {
  const { token, tokenHash, tokenSealed } = newRequestToken();
  return db().$transaction(async (tx) => {
    const request = await tx.documentRequest.create({
      data: {
        inseeCode,
        templateId,
        reportId,
        projectLabel,
        documents,
        requesterEmail: encrypt(input.email),
        requesterName: encrypt(input.name),
        requesterAddress: encrypt(input.address),
        showName: input.showName,
        lang,
        tokenHash,
        tokenSealed,
      },
      select: { id: true, commune: { select: { name: true } } },
    });
    await emailPersonalLink(tx, { id: request.id, communeName: request.commune.name }, token, input.email, lang);
    return { id: request.id, token };
  });
}

/**
 * A volunteer takes a campaign item: it becomes their request (confirmed by the emailed link).
 * An item taken but not confirmed within a day is free again.
 */
export async function takeCampaignItem({
  requestId,
  input,
  lang,
  now = new Date(),
}: {
  requestId: string;
  input: TakeItemInput;
  lang: Lang;
  now?: Date;
}): Promise<Result<object, "taken">> {
  if (!isUuid(requestId)) return fail("taken");
  const { token, tokenHash, tokenSealed } = newRequestToken();
  return db().$transaction(async (tx) => {
    const { count } = await tx.documentRequest.updateMany({
      where: {
        id: requestId,
        campaignId: { not: null },
        confirmedAt: null,
        OR: [{ takenAt: null }, { takenAt: { lt: new Date(now.getTime() - 24 * 3600_000) } }],
      },
      data: {
        requesterEmail: encrypt(input.email),
        requesterName: encrypt(input.name),
        requesterAddress: encrypt(input.address),
        showName: input.showName,
        lang,
        tokenHash,
        tokenSealed,
        takenAt: now,
      },
    });
    if (count === 0) return fail("taken");
    const request = await tx.documentRequest.findUniqueOrThrow({ where: { id: requestId }, select: { id: true, commune: { select: { name: true } } } });
    // A new key per take: an item freed and taken again gets its own email.
    await queueEmail(tx, {
      key: `document-request-confirm/${request.id}/${tokenHash.slice(0, 16)}`,
      template: "document-request-confirm",
      to: input.email,
      lang,
      props: { url: personalUrl(token), communeName: request.commune.name },
    });
    return ok();
  });
}

/** The POST behind the personal link's first visit. Twice is harmless. */
export async function confirmDocumentRequest({ token, now = new Date() }: { token: string; now?: Date }): Promise<Result<object, "unknown">> {
  const { count } = await db().documentRequest.updateMany({ where: { tokenHash: hashToken(token), confirmedAt: null }, data: { confirmedAt: now } });
  if (count > 0) return ok();
  const exists = await db().documentRequest.count({ where: { tokenHash: hashToken(token) } });
  return exists > 0 ? ok() : fail("unknown");
}

export const datesSelect = {
  sentOn: true,
  answeredOn: true,
  answerKind: true,
  referredOn: true,
  opinionOn: true,
  outcome: true,
  outcomeOn: true,
  courtOn: true,
} satisfies Prisma.DocumentRequestSelect;

type DateRow = {
  [K in keyof typeof datesSelect]: K extends "answerKind" ? RequestDates["answerKind"] : K extends "outcome" ? RequestDates["outcome"] : Date | null;
};

export function requestDates(row: DateRow): RequestDates {
  return {
    sentOn: dayFromDate(row.sentOn),
    answeredOn: dayFromDate(row.answeredOn),
    answerKind: row.answerKind,
    referredOn: dayFromDate(row.referredOn),
    opinionOn: dayFromDate(row.opinionOn),
    outcome: row.outcome,
    outcomeOn: dayFromDate(row.outcomeOn),
    courtOn: dayFromDate(row.courtOn),
  };
}

export const requesterSelect = {
  id: true,
  projectLabel: true,
  documents: true,
  requesterEmail: true,
  requesterName: true,
  requesterAddress: true,
  showName: true,
  lang: true,
  confirmedAt: true,
  createdAt: true,
  remindersSent: true,
  remindersStoppedAt: true,
  ...datesSelect,
  commune: { select: { inseeCode: true, name: true, slug: true, mayorTitle: true } },
  template: { select: { title: true, subject: true, body: true } },
  report: { select: { id: true, title: true } },
  files: { select: { id: true, fileName: true, status: true, createdAt: true }, orderBy: { createdAt: "asc" } },
} satisfies Prisma.DocumentRequestSelect;

type RequesterRow = Prisma.DocumentRequestGetPayload<{ select: typeof requesterSelect }>;

/** The letter and, once refused, the CADA referral, for a request seen by its requester. */
export function lettersFor(row: RequesterRow, today: CalendarDay) {
  const dates = requestDates(row);
  const clock = computeClock(dates, today);
  const name = row.requesterName ? decrypt(row.requesterName) : "";
  const address = row.requesterAddress ? decrypt(row.requesterAddress) : "";
  const email = row.requesterEmail ? decrypt(row.requesterEmail) : "";
  const letter = renderLetter({
    subject: row.template.subject,
    body: row.template.body,
    communeName: row.commune.name,
    mayorTitle: row.commune.mayorTitle,
    projectLabel: row.projectLabel,
    documents: row.documents,
    name,
    address,
    date: dates.sentOn ?? today,
  });
  const referral =
    dates.sentOn && (REFERABLE_STATES.includes(clock.state) || dates.referredOn)
      ? renderReferral({
          communeName: row.commune.name,
          name,
          address,
          email,
          sentOn: dates.sentOn,
          documents: row.documents,
          projectLabel: row.projectLabel,
          answerKind: dates.answerKind === "PARTIAL" || dates.answerKind === "REFUSED" ? dates.answerKind : null,
          answeredOn: dates.answerKind === "FULL" ? null : dates.answeredOn,
          date: dates.referredOn ?? today,
        })
      : null;
  return { dates, clock, name, email, letter, referral };
}

/** The request behind a personal link, with its letters and clock; null for an unknown token. */
export async function getRequestForRequester({ token, now = new Date() }: { token: string; now?: Date }) {
  if (!token || token.length > 100) return null;
  const row = await db().documentRequest.findUnique({ where: { tokenHash: hashToken(token) }, select: requesterSelect });
  if (!row) return null;
  const today = parisToday(now);
  const { dates, clock, name, letter, referral } = lettersFor(row, today);
  return {
    id: row.id,
    confirmed: row.confirmedAt !== null,
    commune: row.commune,
    templateTitle: row.template.title,
    project: row.report,
    projectLabel: row.projectLabel,
    documents: row.documents,
    showName: row.showName,
    name,
    remindersStopped: row.remindersStoppedAt !== null,
    files: row.files,
    dates,
    clock,
    letter,
    referral,
    today,
  };
}

export type StepResult =
  | { ok: true }
  | {
      ok: false;
      error:
        | "documentRequests.errors.unknown"
        | "documentRequests.errors.notConfirmed"
        | "documentRequests.errors.order"
        | "documentRequests.errors.future"
        | "documentRequests.errors.notNow";
    };

/**
 * Records one step through the personal link. Each step checks the request is where the
 * procedure allows it, and that its day is neither in the future nor before the previous step.
 */
export async function recordStep({
  token,
  step,
  files = [],
  now = new Date(),
}: {
  token: string;
  step: RequestStep;
  files?: AcceptedFile[];
  now?: Date;
}): Promise<StepResult> {
  if (!token || token.length > 100) return { ok: false, error: "documentRequests.errors.unknown" };
  const row = await db().documentRequest.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, confirmedAt: true, ...datesSelect },
  });
  if (!row) return { ok: false, error: "documentRequests.errors.unknown" };
  return applyStep({ row, step, files, now });
}

/**
 * An organizer records a step for a request (the commune answered the collective, the CADA's
 * opinion came by post...): the same rules as the requester's, and the decision is audited.
 */
export async function recordStepAsOrganizer({
  requestId,
  step,
  files = [],
  organizerId,
  now = new Date(),
}: {
  requestId: string;
  step: RequestStep;
  files?: AcceptedFile[];
  organizerId: string;
  now?: Date;
}): Promise<StepResult> {
  if (!isUuid(requestId)) return { ok: false, error: "documentRequests.errors.unknown" };
  const row = await db().documentRequest.findUnique({ where: { id: requestId }, select: { id: true, confirmedAt: true, ...datesSelect } });
  if (!row) return { ok: false, error: "documentRequests.errors.unknown" };
  return applyStep({
    row,
    step,
    files,
    now,
    audited: (tx) =>
      audit(tx, {
        organizerId,
        action: `request.step.${step.intent}`,
        subjectType: "request",
        subjectId: row.id,
        details: {
          ...("day" in step ? { day: step.day } : {}),
          ...("answerKind" in step ? { answerKind: step.answerKind } : {}),
          ...("outcome" in step ? { outcome: step.outcome } : {}),
          files: files.length,
        },
      }),
  });
}

type StepRow = { id: string; confirmedAt: Date | null } & DateRow;

async function applyStep({
  row,
  step,
  files,
  now,
  audited,
}: {
  row: StepRow;
  step: RequestStep;
  files: AcceptedFile[];
  now: Date;
  audited?: (tx: Tx) => Promise<unknown>;
}): Promise<StepResult> {
  if (!row.confirmedAt) return { ok: false, error: "documentRequests.errors.notConfirmed" };
  if (step.intent === "stop") {
    await db().$transaction(async (tx) => {
      await tx.documentRequest.update({ where: { id: row.id }, data: { remindersStoppedAt: now } });
      await audited?.(tx);
    });
    return { ok: true };
  }
  const today = parisToday(now);
  const dates = requestDates(row);
  const clock = computeClock(dates, today);
  if (step.day > today) return { ok: false, error: "documentRequests.errors.future" };
  const after = (day: CalendarDay | null) => (day !== null && step.day < day ? false : true);
  let data: Prisma.DocumentRequestUpdateInput;
  switch (step.intent) {
    case "sent":
      // The date may be corrected until the administration has answered or the CADA is seized.
      if (dates.answeredOn || dates.referredOn) return { ok: false, error: "documentRequests.errors.notNow" };
      data = { sentOn: dateFromDay(step.day) };
      break;
    case "answer":
      if (!dates.sentOn || dates.referredOn) return { ok: false, error: "documentRequests.errors.notNow" };
      if (!after(dates.sentOn)) return { ok: false, error: "documentRequests.errors.order" };
      data = { answeredOn: dateFromDay(step.day), answerKind: step.answerKind };
      break;
    case "referral":
      if (!REFERABLE_STATES.includes(clock.state)) return { ok: false, error: "documentRequests.errors.notNow" };
      if (!after(dates.answeredOn ?? dates.sentOn)) return { ok: false, error: "documentRequests.errors.order" };
      data = { referredOn: dateFromDay(step.day) };
      break;
    case "opinion":
      if (!dates.referredOn || dates.outcome) return { ok: false, error: "documentRequests.errors.notNow" };
      if (!after(dates.referredOn)) return { ok: false, error: "documentRequests.errors.order" };
      data = { opinionOn: dateFromDay(step.day), opinionReference: step.reference || null };
      break;
    case "outcome":
      if (!dates.referredOn || dates.courtOn) return { ok: false, error: "documentRequests.errors.notNow" };
      if (!after(dates.referredOn)) return { ok: false, error: "documentRequests.errors.order" };
      data = { outcome: step.outcome, outcomeOn: dateFromDay(step.day) };
      break;
    case "court":
      if (clock.state !== "REFUSAL_CONFIRMED") return { ok: false, error: "documentRequests.errors.notNow" };
      if (!after(dates.outcomeOn ?? dates.referredOn)) return { ok: false, error: "documentRequests.errors.order" };
      data = { courtOn: dateFromDay(step.day) };
      break;
  }
  const stored = files.map((file) => ({ ...file, id: randomUUID() }));
  await Promise.all(stored.map((file) => storeDocument(file.id, file.bytes)));
  try {
    await db().$transaction(async (tx) => {
      await tx.documentRequest.update({
        where: { id: row.id },
        data: {
          ...data,
          files: { create: stored.map((file) => ({ id: file.id, fileName: file.fileName, contentType: file.contentType, size: file.bytes.length })) },
        },
      });
      await audited?.(tx);
    });
  } catch (error) {
    await deleteDocuments(stored.map((file) => file.id));
    throw error;
  }
  return { ok: true };
}

/**
 * What a court application drafted from a request needs (app/modules/court-applications): the
 * requester's particulars, the commune and its department, the documents, the dates, the clock
 * and the CADA opinion's reference. Null for an unknown or unconfirmed token.
 */
export async function getRequestForCourtApplication({ token, now = new Date() }: { token: string; now?: Date }) {
  if (!token || token.length > 100) return null;
  const row = await db().documentRequest.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      confirmedAt: true,
      projectLabel: true,
      documents: true,
      requesterEmail: true,
      requesterName: true,
      requesterAddress: true,
      opinionReference: true,
      ...datesSelect,
      commune: { select: { name: true, slug: true, departmentCode: true } },
    },
  });
  if (!row?.confirmedAt) return null;
  const today = parisToday(now);
  const dates = requestDates(row);
  return {
    id: row.id,
    commune: row.commune,
    projectLabel: row.projectLabel,
    documents: row.documents,
    requester: {
      name: row.requesterName ? decrypt(row.requesterName) : "",
      address: row.requesterAddress ? decrypt(row.requesterAddress) : "",
      email: row.requesterEmail ? decrypt(row.requesterEmail) : "",
    },
    opinionReference: row.opinionReference,
    dates,
    clock: computeClock(dates, today),
    today,
  };
}
