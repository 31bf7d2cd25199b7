import type { OrganizerRole } from "~/generated/prisma/client";
import { decrypt, encrypt, keyedIndex } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import type { Lang } from "~/utils/i18n";
import { audit } from "./audit.server";
import { queueEmail } from "./email-message.server";
import { endOrganizerSessions, organizerSessionRetentionRules } from "./organizer-session.server";
import { fail, ok, type Result } from "~/utils/result";
import { newToken, hashToken } from "~/utils/tokens.server";

export const SIGN_IN_LINK_MINUTES = 15;

function emailIndex(email: string) {
  return keyedIndex("organizer-email", email.trim().toLowerCase());
}
export const organizerIndexFor = emailIndex;

export type OrganizerSummary = { id: string; email: string; role: OrganizerRole; legal: boolean; createdAt: Date };

/** Adds an organizer, or re-enables and updates one that exists. */
export async function addOrganizer({ email, role, addedBy }: { email: string; role: OrganizerRole; addedBy: string | null }) {
  return db().$transaction(async (tx) => {
    const before = await tx.organizer.findUnique({ where: { emailIndex: emailIndex(email) }, select: { id: true, role: true } });
    // A role change ends the organizer's sessions: the next sign-in gets the new role.
    if (before && before.role !== role) await endOrganizerSessions(tx, { organizerId: before.id });
    const organizer = await tx.organizer.upsert({
      where: { emailIndex: emailIndex(email) },
      create: { email: encrypt(email.trim()), emailIndex: emailIndex(email), role },
      update: { role, disabledAt: null },
      select: { id: true, role: true },
    });
    await audit(tx, { organizerId: addedBy, action: "organizer.add", subjectType: "organizer", subjectId: organizer.id, details: { role } });
    return organizer;
  });
}

export async function removeOrganizer({ organizerId, removedBy }: { organizerId: string; removedBy: string }) {
  await db().$transaction(async (tx) => {
    await tx.organizer.update({ where: { id: organizerId }, data: { disabledAt: new Date() } });
    await tx.signInToken.deleteMany({ where: { organizerId, usedAt: null } });
    await endOrganizerSessions(tx, { organizerId });
    await audit(tx, { organizerId: removedBy, action: "organizer.remove", subjectType: "organizer", subjectId: organizerId });
  });
}

export async function listOrganizers(): Promise<OrganizerSummary[]> {
  const rows = await db().organizer.findMany({
    where: { disabledAt: null },
    orderBy: { createdAt: "asc" },
    select: { id: true, email: true, role: true, legal: true, createdAt: true },
  });
  return rows.map((row) => ({ ...row, email: decrypt(row.email) }));
}

/**
 * Grants or removes the legal flag (mandates, issue 26). Only a legal organizer may (the caller
 * checks it with requireOrganizer(request, { legal: true })); the change is audited, and takes
 * effect on the organizer's next request (requireOrganizer reads the flag every time).
 */
export async function setOrganizerLegal({ organizerId, legal, by }: { organizerId: string; legal: boolean; by: string | null }) {
  await db().$transaction(async (tx) => {
    const { count } = await tx.organizer.updateMany({ where: { id: organizerId, disabledAt: null }, data: { legal } });
    if (count === 0) return;
    await audit(tx, { organizerId: by, action: legal ? "organizer.legal.grant" : "organizer.legal.remove", subjectType: "organizer", subjectId: organizerId });
  });
}

/** The signed-in organizer, if still active. */
export async function getActiveOrganizer({ id }: { id: string }) {
  const row = await db().organizer.findFirst({
    where: { id, disabledAt: null },
    select: { id: true, email: true, role: true, legal: true },
  });
  return row ? { ...row, email: decrypt(row.email) } : null;
}

/**
 * Sends a one-time sign-in link if the address belongs to an active organizer; does nothing
 * otherwise. The caller answers the same in both cases.
 */
export async function requestSignInLink({ email, lang }: { email: string; lang: Lang }) {
  const organizer = await db().organizer.findFirst({
    where: { emailIndex: emailIndex(email), disabledAt: null },
    select: { id: true },
  });
  if (!organizer) return;
  const token = newToken(); // 256 bits
  await db().$transaction(async (tx) => {
    const row = await tx.signInToken.create({
      data: {
        tokenHash: hashToken(token),
        organizerId: organizer.id,
        expiresAt: new Date(Date.now() + SIGN_IN_LINK_MINUTES * 60_000),
      },
      select: { id: true },
    });
    await queueEmail(tx, {
      key: `organizer-sign-in/${row.id}`,
      template: "organizer-sign-in",
      to: email.trim(),
      lang,
      props: { url: `${env().PUBLIC_URL}/connexion/${token}`, minutes: SIGN_IN_LINK_MINUTES },
    });
  });
}

/**
 * Uses a sign-in link: one atomic UPDATE, so a link works once even if pressed twice at the
 * same moment. Returns the organizer's id, or why it failed.
 */
export async function consumeSignInToken({ token }: { token: string }): Promise<Result<{ organizerId: string }, "invalid">> {
  const used = await db().$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ organizer_id: string }[]>`
      UPDATE sign_in_token t SET used_at = now()
      FROM organizer o
      WHERE t.token_hash = ${hashToken(token)} AND t.used_at IS NULL AND t.expires_at > now()
        AND o.id = t.organizer_id AND o.disabled_at IS NULL
      RETURNING t.organizer_id::text`;
    if (rows.length === 0) return null;
    const organizerId = rows[0].organizer_id;
    await audit(tx, { organizerId, action: "organizer.sign-in", subjectType: "organizer", subjectId: organizerId });
    return organizerId;
  });
  return used ? ok({ organizerId: used }) : fail("invalid");
}

/** Retention: sign-in tokens are useless after they expire. */
export const organizerRetentionRules = [
  ...organizerSessionRetentionRules,
  {
    name: "sign-in links expired more than a day ago",
    run: async (now: Date) => (await db().signInToken.deleteMany({ where: { expiresAt: { lt: new Date(now.getTime() - 24 * 3600_000) } } })).count,
  },
];
