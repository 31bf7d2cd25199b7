// The organizers' side of petitions: open, edit, close, reopen, invalidate, export, deliver,
// publish the response. Every change is audited in the transaction that makes it.
import { createHash } from "node:crypto";
import type { MayorTitle, Prisma } from "~/generated/prisma/client";
import type { InvalidationCriteria, PetitionInput } from "./admin-schema";
import { decrypt } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import { enqueue, type Tx } from "~/utils/jobs.server";
import { audit, auditExport } from "~/models/audit.server";
import { counts, petitionText } from "./petition.server";
import { recountPetition } from "./tally.server";
import { domainIndexFor } from "./signature-index.server";
import { ipHashFor } from "~/utils/client-ip.server";
import { fail, ok, type Result } from "~/utils/result";
import { petitionIs, petitionStates } from "./states";
import { NOTIFY_SIGNERS_QUEUE } from "./queues";

/** The statuses from which a petition can be closed, reopened, delivered, answered. */

export async function getPetitionForAdmin({ id }: { id: string }) {
  const petition = await db().petition.findUnique({
    where: { id },
    select: {
      ...petitionText,
      mayorName: true,
      openedAt: true,
      closedAt: true,
      closesAt: true,
      commune: { select: { inseeCode: true, name: true, slug: true, departmentCode: true } },
      tally: { select: { residents: true, supporters: true } },
    },
  });
  if (!petition) return null;
  const [invalidated, unconfirmed] = await Promise.all([
    db().signature.count({ where: { petitionId: id, invalidatedAt: { not: null } } }),
    db().signature.count({ where: { petitionId: id, confirmedAt: null, invalidatedAt: null } }),
  ]);
  const { tally, ...rest } = petition;
  return { ...rest, ...counts(tally), invalidated, unconfirmed };
}

/** Serialises opening petitions in one commune (transaction-scoped advisory lock); true if one is open already. */
async function lockCommune(tx: Tx, inseeCode: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`petition-open:${inseeCode}`}))`;
  return (await tx.petition.count({ where: { inseeCode, status: "OPEN" } })) > 0;
}

const mayorFields = (input: PetitionInput) => ({
  title: input.title,
  body: input.body,
  goal: input.goal,
  mayorTitle: input.mayorTitle as MayorTitle,
  mayorName: input.mayorName,
  closesAt: input.closesAt ?? null,
});

/** Opens a petition; "already-open" if the commune already has an open one. */
export async function openPetitionForCommune({
  input,
  organizerId,
}: {
  input: PetitionInput & { inseeCode: string };
  organizerId: string;
}): Promise<Result<{ id: string }, "already-open">> {
  return db().$transaction(async (tx) => {
    if (await lockCommune(tx, input.inseeCode)) return fail("already-open");
    const petition = await tx.petition.create({
      data: { inseeCode: input.inseeCode, ...mayorFields(input), status: "OPEN", openedAt: new Date() },
      select: { id: true },
    });
    // The commune remembers its mayor for the next petition.
    await tx.commune.update({ where: { inseeCode: input.inseeCode }, data: { mayorTitle: input.mayorTitle as MayorTitle, mayorName: input.mayorName } });
    await audit(tx, {
      organizerId,
      action: "petition.open",
      subjectType: "petition",
      subjectId: petition.id,
      details: { inseeCode: input.inseeCode, title: input.title, goal: input.goal },
    });
    return ok({ id: petition.id });
  });
}

export async function updatePetition({ id, input, organizerId }: { id: string; input: PetitionInput; organizerId: string }) {
  return db().$transaction(async (tx) => {
    const before = await tx.petition.findUniqueOrThrow({
      where: { id },
      select: { title: true, body: true, goal: true, mayorTitle: true, mayorName: true, closesAt: true },
    });
    await tx.petition.update({ where: { id }, data: mayorFields(input) });
    const after = mayorFields(input);
    const same = (a: unknown, b: unknown) => (a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b);
    const changed = (Object.keys(after) as (keyof typeof after)[]).filter((key) => !same(before[key], after[key]));
    // Field names only: the mayor's name is personal data.
    await audit(tx, { organizerId, action: "petition.edit", subjectType: "petition", subjectId: id, details: { changed } });
  });
}

export async function closePetition({ id, organizerId }: { id: string; organizerId: string }): Promise<Result<object, "not-open">> {
  return db().$transaction(async (tx) => {
    const { count } = await tx.petition.updateMany({
      where: { id, status: { in: petitionStates("closable") } },
      data: { status: "CLOSED", closedAt: new Date() },
    });
    if (count === 1) await audit(tx, { organizerId, action: "petition.close", subjectType: "petition", subjectId: id });
    return count === 1 ? ok() : fail("not-open");
  });
}

/** Reopens a closed petition; "already-open" if another is open in its commune. */
export async function reopenPetition({ id, organizerId }: { id: string; organizerId: string }): Promise<Result<object, "not-closed" | "already-open">> {
  return db().$transaction(async (tx) => {
    const petition = await tx.petition.findUniqueOrThrow({ where: { id }, select: { inseeCode: true, status: true } });
    if (!petitionIs(petition.status, "reopenable")) return fail("not-closed");
    if (await lockCommune(tx, petition.inseeCode)) return fail("already-open");
    // A closing date already past would close it again at once: reopened, it has none.
    const { closesAt } = await tx.petition.findUniqueOrThrow({ where: { id }, select: { closesAt: true } });
    const stillAhead = closesAt && closesAt > new Date() ? closesAt : null;
    await tx.petition.update({ where: { id }, data: { status: "OPEN", closedAt: null, closesAt: stillAhead, openedAt: new Date() } });
    await audit(tx, { organizerId, action: "petition.reopen", subjectType: "petition", subjectId: id });
    return ok();
  });
}

// ---------------------------------------------------------------- invalidation

function invalidationWhere(petitionId: string, criteria: InvalidationCriteria): Prisma.SignatureWhereInput {
  const base = { petitionId, invalidatedAt: null };
  switch (criteria.by) {
    case "domain":
      return { ...base, domainIndex: domainIndexFor(criteria.domain) };
    case "ip":
      return { ...base, ipHash: ipHashFor(criteria.ip) };
    case "time":
      return { ...base, createdAt: { gte: criteria.from, lt: criteria.to } };
  }
}

/** What an invalidation would do: how many signatures, of which confirmed (counted) ones. */
export async function previewInvalidation({ petitionId, criteria }: { petitionId: string; criteria: InvalidationCriteria }) {
  const where = invalidationWhere(petitionId, criteria);
  const [total, confirmed] = await Promise.all([db().signature.count({ where }), db().signature.count({ where: { ...where, confirmedAt: { not: null } } })]);
  return { total, confirmed };
}

/** Invalidates the matching signatures (kept for the record) and recounts the petition. */
export async function invalidateSignatures({ petitionId, criteria, organizerId }: { petitionId: string; criteria: InvalidationCriteria; organizerId: string }) {
  return db().$transaction(async (tx) => {
    const reason = criteria.by;
    const { count } = await tx.signature.updateMany({
      where: invalidationWhere(petitionId, criteria),
      data: { invalidatedAt: new Date(), invalidReason: reason },
    });
    const counts = await recountPetition(tx, petitionId);
    await audit(tx, {
      organizerId,
      action: "petition.invalidate",
      subjectType: "petition",
      subjectId: petitionId,
      // The criterion itself is personal data (an IP, a domain): only its kind and effect are logged.
      details: {
        by: criteria.by,
        ...(criteria.by === "time" ? { from: criteria.from.toISOString(), to: criteria.to.toISOString() } : {}),
        invalidated: count,
        residents: counts.residents,
        supporters: counts.supporters,
      },
    });
    return { invalidated: count, ...counts };
  });
}

// ---------------------------------------------------------------- export and letter

/**
 * Confirmed, valid signatures with only what signers agreed to share: names only for those who
 * ticked "my name may appear"; never the email, postcode or IP.
 */
export async function* sharedSignatures({ petitionId, batch = 1000 }: { petitionId: string; batch?: number }) {
  let cursor: string | undefined;
  for (;;) {
    const rows = await db().signature.findMany({
      where: { petitionId, confirmedAt: { not: null }, invalidatedAt: null },
      orderBy: { id: "asc" },
      take: batch,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
      select: { id: true, confirmedAt: true, isResident: true, showName: true, firstName: true, lastName: true },
    });
    for (const row of rows) {
      yield {
        confirmedAt: row.confirmedAt as Date,
        isResident: row.isResident,
        firstName: row.showName ? decrypt(row.firstName) : null,
        lastName: row.showName ? decrypt(row.lastName) : null,
      };
    }
    if (rows.length < batch) return;
    cursor = rows[rows.length - 1].id;
  }
}

/** The letter to the mayor was downloaded (its CSV twin goes through auditedCsv). */
export async function recordLetterExport({ petitionId, organizerId, rows }: { petitionId: string; organizerId: string; rows: number }) {
  await auditExport({ organizerId, action: "petition.export.letter", subjectType: "petition", subjectId: petitionId, rows });
}

// ---------------------------------------------------------------- delivery and response

/** Signatures per notify-signers job. */
export const NOTIFY_BATCH = 1000;

/**
 * A job id derived from what the job is about. pg-boss inserts jobs with ON CONFLICT DO NOTHING
 * on (queue, id), so enqueueing the same step of the fan-out twice (a retried batch, a double
 * click) creates one job. (singletonKey alone does not deduplicate on a standard queue.)
 */
export function notifyJobId(key: string) {
  const hex = createHash("sha256").update(`notify-signers:${key}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export async function markDelivered({ id, organizerId }: { id: string; organizerId: string }): Promise<Result<object, "not-deliverable">> {
  return db().$transaction(async (tx) => {
    const { count } = await tx.petition.updateMany({
      where: { id, status: { in: petitionStates("deliverable") } },
      data: { status: "DELIVERED", deliveredAt: new Date(), closedAt: new Date() },
    });
    if (count === 0) return fail("not-deliverable");
    await recountPetition(tx, id);
    await audit(tx, { organizerId, action: "petition.deliver", subjectType: "petition", subjectId: id });
    await enqueue(tx, NOTIFY_SIGNERS_QUEUE, { petitionId: id, kind: "delivered" }, { id: notifyJobId(`petition-delivered/${id}/start`) });
    return ok();
  });
}

export async function publishResponse({
  id,
  response,
  organizerId,
}: {
  id: string;
  response: string;
  organizerId: string;
}): Promise<Result<object, "not-delivered">> {
  return db().$transaction(async (tx) => {
    const before = await tx.petition.findUniqueOrThrow({ where: { id }, select: { status: true } });
    if (!petitionIs(before.status, "handedIn")) return fail("not-delivered");
    await tx.petition.update({ where: { id }, data: { status: "ANSWERED", response, respondedAt: new Date() } });
    await audit(tx, {
      organizerId,
      action: petitionIs(before.status, "answered") ? "petition.response.edit" : "petition.response.publish",
      subjectType: "petition",
      subjectId: id,
    });
    // Signers hear of the response once: a corrected response sends nothing more.
    if (!petitionIs(before.status, "answered")) {
      await enqueue(tx, NOTIFY_SIGNERS_QUEUE, { petitionId: id, kind: "answered" }, { id: notifyJobId(`petition-answered/${id}/start`) });
    }
    return ok();
  });
}
