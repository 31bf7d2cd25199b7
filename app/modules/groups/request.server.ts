// "No group here yet: start one" (issue 25): on a commune's page without a group, a resident asks
// to start one (name, address, a message, consent), confirms by email, and national organizers
// approve it at /admin/groupes (which creates the group, unpublished, with that commune as its
// territory) or decline it; the requester is emailed the outcome either way.
import { audit } from "~/models/audit.server";
import { queueEmail } from "~/models/email-message.server";
import { decrypt, encrypt, keyedIndex } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import { canonicalEmail } from "~/utils/email-address";
import { env } from "~/utils/env.server";
import type { Lang } from "~/utils/i18n";
import { fail, ok, type Result } from "~/utils/result";
import { hashToken, newToken } from "~/utils/tokens.server";
import type { GroupRequestInput } from "./schema";

export const groupRequestIndexFor = (email: string) => keyedIndex("group-request", canonicalEmail(email));

const base = () => env().PUBLIC_URL.replace(/\/$/, "");

/** Records the request (one per address and commune) and queues its confirmation email. */
export async function requestGroup({
  inseeCode,
  input,
  lang,
  now = new Date(),
}: {
  inseeCode: string;
  input: GroupRequestInput;
  lang: Lang;
  now?: Date;
}): Promise<{ already: boolean }> {
  const token = newToken();
  const emailIndex = groupRequestIndexFor(input.email);
  return db().$transaction(async (tx) => {
    const commune = await tx.commune.findUniqueOrThrow({ where: { inseeCode }, select: { name: true } });
    const inserted = await tx.groupRequest.createManyAndReturn({
      data: {
        inseeCode,
        name: encrypt(input.name),
        email: encrypt(input.email),
        emailIndex,
        message: encrypt(input.message),
        lang,
        tokenHash: hashToken(token),
      },
      skipDuplicates: true,
      select: { id: true },
    });
    const row = inserted[0] ?? (await tx.groupRequest.findUniqueOrThrow({ where: { inseeCode_emailIndex: { inseeCode, emailIndex } }, select: { id: true } }));
    // Asked before: a new link replaces the old one (the token is not kept in clear), at most one email a day.
    if (!inserted[0]) await tx.groupRequest.update({ where: { id: row.id }, data: { tokenHash: hashToken(token) } });
    await queueEmail(tx, {
      key: inserted[0] ? `group-request/${row.id}/1` : `group-request/${row.id}/${now.toISOString().slice(0, 10)}`,
      template: "group-request-confirm",
      to: input.email,
      lang,
      props: { communeName: commune.name, url: `${base()}/groupes/demande/${token}` },
    });
    return { already: !inserted[0] };
  });
}

/** What the confirmation page shows; null for an unknown link. */
export function getGroupRequestByToken({ token }: { token: string }) {
  return db().groupRequest.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { confirmedAt: true, commune: { select: { name: true, slug: true } } },
  });
}

/** The confirmation button: organizers see the request from now on. */
export async function confirmGroupRequest({ token, now = new Date() }: { token: string; now?: Date }): Promise<Result<object, "unknown">> {
  await db().groupRequest.updateMany({ where: { tokenHash: hashToken(token), confirmedAt: null }, data: { confirmedAt: now } });
  return (await db().groupRequest.count({ where: { tokenHash: hashToken(token) } })) === 1 ? ok() : fail("unknown");
}

/** The confirmed requests waiting for a decision (national organizers): name and words, not the address. */
export async function listPendingGroupRequests() {
  const rows = await db().groupRequest.findMany({
    where: { status: "PENDING", confirmedAt: { not: null } },
    orderBy: { confirmedAt: "asc" },
    take: 200,
    select: { id: true, name: true, message: true, confirmedAt: true, commune: { select: { name: true, slug: true, departmentCode: true } } },
  });
  return rows.map((row) => ({ ...row, name: decrypt(row.name), message: decrypt(row.message) }));
}

/** Confirmed requests waiting for a decision (a number for the admin list). */
export function countPendingGroupRequests() {
  return db().groupRequest.count({ where: { status: "PENDING", confirmedAt: { not: null } } });
}

/** A free slug for a new group: the commune's, then with -2, -3… */
async function freeSlug(slug: string) {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? slug : `${slug}-${n}`;
    if ((await db().localGroup.count({ where: { slug: candidate } })) === 0) return candidate;
  }
}

/**
 * Approves or declines a pending request: approving creates the group (unpublished, the commune
 * as its territory); the requester is emailed the outcome; audited. A decided request stays
 * decided (a second click does nothing).
 */
export async function decideGroupRequest({
  id,
  organizerId,
  approve,
  now = new Date(),
}: {
  id: string;
  organizerId: string;
  approve: boolean;
  now?: Date;
}): Promise<Result<{ groupId: string | null }, "unknown" | "decided">> {
  const request = await db().groupRequest.findUnique({
    where: { id },
    select: { status: true, confirmedAt: true, commune: { select: { inseeCode: true, name: true, slug: true } } },
  });
  if (!request?.confirmedAt) return fail("unknown");
  if (request.status !== "PENDING") return fail("decided");
  const slug = approve ? await freeSlug(request.commune.slug) : null;
  return db().$transaction(async (tx) => {
    const decided = await tx.groupRequest.updateMany({
      where: { id, status: "PENDING" },
      data: { status: approve ? "APPROVED" : "REJECTED", decidedAt: now },
    });
    if (decided.count === 0) return fail("decided");
    const row = await tx.groupRequest.findUniqueOrThrow({ where: { id }, select: { email: true, lang: true } });
    let groupId: string | null = null;
    if (approve && slug) {
      const group = await tx.localGroup.create({
        data: {
          slug,
          name: request.commune.name,
          presentation: row.lang === "en" ? `The Technopolice group of ${request.commune.name}.` : `Le groupe Technopolice de ${request.commune.name}.`,
          territories: { create: { inseeCode: request.commune.inseeCode } },
        },
        select: { id: true },
      });
      groupId = group.id;
      await tx.groupRequest.update({ where: { id }, data: { groupId } });
    }
    await queueEmail(tx, {
      key: `group-request/${id}/outcome`,
      template: "group-request-outcome",
      to: decrypt(row.email),
      lang: row.lang,
      props: { communeName: request.commune.name, approved: approve, url: `${base()}/villes/${request.commune.slug}` },
    });
    await audit(tx, {
      organizerId,
      action: approve ? "group.request.approve" : "group.request.decline",
      subjectType: "group-request",
      subjectId: id,
      details: groupId ? { groupId } : {},
    });
    return ok({ groupId });
  });
}
