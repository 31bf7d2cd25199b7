// Members of a local group (issue 25): no account, an address confirmed by email (double opt-in),
// a personal link to choose what they receive (events, announcements) and to leave in one click
// (leaving deletes the row). One membership per address and group, even under concurrent joins
// (a unique index and ON CONFLICT DO NOTHING). Volunteers of the territory are invited once per
// group; their address is already proven, so the invitation's button makes them members.
import { z } from "zod";
import { queueEmail, queueEmails } from "~/models/email-message.server";
import { blindIndex, decrypt, encrypt, keyedIndex } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import { canonicalEmail } from "~/utils/email-address";
import { env } from "~/utils/env.server";
import type { Lang } from "~/utils/i18n";
import { enqueue, type Tx } from "~/utils/jobs.server";
import { fail, ok, type Result } from "~/utils/result";
import { hashToken, newToken, safeEqual } from "~/utils/tokens.server";
import { isUuid } from "~/utils/uuid";
import { territoryOfGroup } from "./group.server";
import { INVITE_QUEUE } from "./queues";
import type { JoinGroupInput } from "./schema";

/** Its own key (issue 13): the same address indexes differently here and everywhere else. */
export const memberIndexFor = (email: string) => keyedIndex("group-member", canonicalEmail(email));

const base = () => env().PUBLIC_URL.replace(/\/$/, "");
/** The member's personal page: confirm, choose, leave. */
export const memberUrl = (token: string) => `${base()}/groupes/membre/${token}`;
/** RFC 8058's one-click POST (List-Unsubscribe): stops the group's announcements to this member. */
export const memberOneClickUrl = (token: string) => `${base()}/groupes/membre/${token}/un-clic`;

/**
 * Records a membership (unconfirmed) and queues its confirmation email, in one transaction. An
 * address already known for this group gets its link again (at most once a day): the page answers
 * the same either way, so nobody learns who is a member.
 */
export async function joinGroup({
  groupId,
  input,
  lang,
  now = new Date(),
}: {
  groupId: string;
  input: JoinGroupInput;
  lang: Lang;
  now?: Date;
}): Promise<{ id: string; created: boolean }> {
  const token = newToken();
  const emailIndex = memberIndexFor(input.email);
  return db().$transaction(async (tx) => {
    const group = await tx.localGroup.findUniqueOrThrow({ where: { id: groupId }, select: { name: true } });
    const inserted = await tx.groupMember.createManyAndReturn({
      data: {
        groupId,
        email: encrypt(input.email),
        emailIndex,
        lang,
        wantsEvents: input.wantsEvents,
        wantsAnnouncements: input.wantsAnnouncements,
        tokenHash: hashToken(token),
        tokenSealed: encrypt(token),
      },
      skipDuplicates: true,
      select: { id: true },
    });
    if (inserted[0]) {
      await queueEmail(tx, {
        key: `group-member/${inserted[0].id}/confirm`,
        template: "group-member-confirm",
        to: input.email,
        lang,
        props: { groupName: group.name, url: memberUrl(token), confirmed: false },
      });
      return { id: inserted[0].id, created: true };
    }
    const existing = await tx.groupMember.findUniqueOrThrow({
      where: { groupId_emailIndex: { groupId, emailIndex } },
      select: { id: true, tokenSealed: true, confirmedAt: true },
    });
    await queueEmail(tx, {
      key: `group-member/${existing.id}/${now.toISOString().slice(0, 10)}`,
      template: "group-member-confirm",
      to: input.email,
      lang,
      props: { groupName: group.name, url: memberUrl(decrypt(existing.tokenSealed)), confirmed: existing.confirmedAt !== null },
    });
    return { id: existing.id, created: false };
  });
}

const memberSelect = {
  id: true,
  confirmedAt: true,
  wantsEvents: true,
  wantsAnnouncements: true,
  source: true,
  group: { select: { name: true, slug: true, publishedAt: true } },
} as const;

/** What the personal page shows (never the address); null for an unknown link. */
export async function getMembershipByToken({ token }: { token: string }) {
  if (!token) return null;
  return db().groupMember.findUnique({ where: { tokenHash: hashToken(token) }, select: memberSelect });
}

/** The personal page's button: the membership counts from now on. Idempotent. */
export async function confirmMembership({ token, now = new Date() }: { token: string; now?: Date }): Promise<Result<object, "unknown">> {
  const updated = await db().groupMember.updateMany({ where: { tokenHash: hashToken(token), confirmedAt: null }, data: { confirmedAt: now } });
  if (updated.count === 1) return ok();
  return (await db().groupMember.count({ where: { tokenHash: hashToken(token) } })) === 1 ? ok() : fail("unknown");
}

/** What the member receives; confirming too (choosing from the emailed link proves the address). */
export async function updateMemberPreferences({
  token,
  wantsEvents,
  wantsAnnouncements,
  now = new Date(),
}: {
  token: string;
  wantsEvents: boolean;
  wantsAnnouncements: boolean;
  now?: Date;
}): Promise<Result<object, "unknown">> {
  const row = await db().groupMember.findUnique({ where: { tokenHash: hashToken(token) }, select: { id: true, confirmedAt: true } });
  if (!row) return fail("unknown");
  await db().groupMember.update({ where: { id: row.id }, data: { wantsEvents, wantsAnnouncements, confirmedAt: row.confirmedAt ?? now } });
  return ok();
}

/** Leaving: the row goes (nothing is kept of a former member). Returns the group to link back to. */
export async function leaveGroup({ token }: { token: string }): Promise<Result<{ groupName: string; groupSlug: string }, "unknown">> {
  const row = await db().groupMember.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, group: { select: { name: true, slug: true } } },
  });
  if (!row) return fail("unknown");
  await db().groupMember.deleteMany({ where: { id: row.id } });
  return ok({ groupName: row.group.name, groupSlug: row.group.slug });
}

/** RFC 8058's one click from a mail client: no more announcements from this group. Idempotent. */
export async function stopAnnouncements({ token }: { token: string }): Promise<Result<object, "unknown">> {
  if (!token) return fail("unknown");
  await db().groupMember.updateMany({ where: { tokenHash: hashToken(token), wantsAnnouncements: true }, data: { wantsAnnouncements: false } });
  return (await db().groupMember.count({ where: { tokenHash: hashToken(token) } })) === 1 ? ok() : fail("unknown");
}

/** Members counted (coordinators see numbers, never addresses). */
export async function memberCounts({ groupId }: { groupId: string }) {
  const [confirmed, pending, events, announcements] = await Promise.all([
    db().groupMember.count({ where: { groupId, confirmedAt: { not: null } } }),
    db().groupMember.count({ where: { groupId, confirmedAt: null } }),
    db().groupMember.count({ where: { groupId, confirmedAt: { not: null }, wantsEvents: true } }),
    db().groupMember.count({ where: { groupId, confirmedAt: { not: null }, wantsAnnouncements: true } }),
  ]);
  return { confirmed, pending, events, announcements };
}

// Volunteer invitations ------------------------------------------------------------------------

/** The invitation's link: the volunteer and the group, signed (nothing to store, nothing to guess). */
export function invitationToken(volunteerId: string, groupId: string) {
  return `${volunteerId}.${groupId}.${blindIndex(`group-invitation:${volunteerId}:${groupId}`).slice(0, 32)}`;
}

function fromInvitationToken(token: string) {
  const [volunteerId, groupId, mac] = token.split(".");
  if (!volunteerId || !groupId || !mac || !isUuid(volunteerId) || !isUuid(groupId)) return null;
  return safeEqual(token, invitationToken(volunteerId, groupId)) ? { volunteerId, groupId } : null;
}

export const invitationUrl = (volunteerId: string, groupId: string) => `${base()}/groupes/invitation/${invitationToken(volunteerId, groupId)}`;

/** Volunteers handled per transaction by the invitation job. */
export const INVITE_BATCH = 500;

/** Enqueues the invitations of a group's volunteers (the group was published, or its territory grew), in the caller's transaction. */
export async function enqueueInvitations(tx: Tx, groupId: string) {
  await enqueue(tx, INVITE_QUEUE, { groupId });
}

export const InviteJob = z.object({ groupId: z.uuid() });

/**
 * Invites the confirmed volunteers of a published group's communes (they consented to be
 * contacted about local actions when signing up). Exactly once per volunteer and group: each
 * email's key is group-invitation/<group>/<volunteer>, so a job run twice, a killed worker's
 * retry, or a territory that grows again queues nothing for those already invited. Volunteers
 * already members are skipped. Returns how many emails it queued.
 */
export async function inviteVolunteers(data: { groupId: string }, { batch = INVITE_BATCH }: { batch?: number } = {}) {
  const { groupId } = InviteJob.parse(data);
  const group = await db().localGroup.findUnique({ where: { id: groupId }, select: { name: true, slug: true, publishedAt: true } });
  if (!group?.publishedAt) return 0;
  const territory = await territoryOfGroup(groupId);
  let after: string | undefined;
  let queued = 0;
  for (;;) {
    const volunteers = await db().volunteer.findMany({
      where: {
        confirmedAt: { not: null },
        OR: [{ inseeCode: { in: territory.inseeCodes } }, { commune: { departmentCode: { in: territory.departmentCodes } } }],
        ...(after ? { id: { gt: after } } : {}),
      },
      orderBy: { id: "asc" },
      take: batch,
      select: { id: true, email: true, lang: true, commune: { select: { name: true } } },
    });
    if (volunteers.length === 0) break;
    after = volunteers[volunteers.length - 1].id;
    const addresses = volunteers.map((volunteer) => decrypt(volunteer.email));
    const members = new Set(
      (
        await db().groupMember.findMany({
          where: { groupId, emailIndex: { in: addresses.map(memberIndexFor) } },
          select: { emailIndex: true },
        })
      ).map((row) => row.emailIndex),
    );
    const ids = await db().$transaction((tx) =>
      queueEmails(
        tx,
        volunteers.flatMap((volunteer, index) =>
          members.has(memberIndexFor(addresses[index]))
            ? []
            : [
                {
                  key: `group-invitation/${groupId}/${volunteer.id}`,
                  template: "group-invitation" as const,
                  to: addresses[index],
                  lang: volunteer.lang,
                  props: { groupName: group.name, communeName: volunteer.commune.name, url: invitationUrl(volunteer.id, groupId) },
                },
              ],
        ),
      ),
    );
    queued += ids.filter((id) => id !== null).length;
    if (volunteers.length < batch) break;
  }
  return queued;
}

/** What the invitation page shows; null for an unknown link, a withdrawn volunteer or an unpublished group. */
export async function getInvitation({ token }: { token: string }) {
  const parsed = fromInvitationToken(token);
  if (!parsed) return null;
  const [volunteer, group] = await Promise.all([
    db().volunteer.findUnique({ where: { id: parsed.volunteerId }, select: { email: true, confirmedAt: true } }),
    db().localGroup.findUnique({ where: { id: parsed.groupId }, select: { id: true, name: true, slug: true, publishedAt: true } }),
  ]);
  if (!volunteer?.confirmedAt || !group?.publishedAt) return null;
  const member = await db().groupMember.findUnique({
    where: { groupId_emailIndex: { groupId: group.id, emailIndex: memberIndexFor(decrypt(volunteer.email)) } },
    select: { confirmedAt: true },
  });
  return { group: { name: group.name, slug: group.slug }, member: member?.confirmedAt ? "confirmed" : member ? "pending" : null };
}

/**
 * The invitation's button: the volunteer becomes a confirmed member (their address was proven
 * when they volunteered), receiving events and announcements. Returns the personal link's token.
 */
export async function acceptInvitation({ token, now = new Date() }: { token: string; now?: Date }): Promise<Result<{ memberToken: string }, "unknown">> {
  const parsed = fromInvitationToken(token);
  if (!parsed) return fail("unknown");
  const volunteer = await db().volunteer.findUnique({ where: { id: parsed.volunteerId }, select: { email: true, lang: true, confirmedAt: true } });
  const group = await db().localGroup.findUnique({ where: { id: parsed.groupId }, select: { publishedAt: true } });
  if (!volunteer?.confirmedAt || !group?.publishedAt) return fail("unknown");
  const email = decrypt(volunteer.email);
  const memberToken = newToken();
  return db().$transaction(async (tx) => {
    const inserted = await tx.groupMember.createManyAndReturn({
      data: {
        groupId: parsed.groupId,
        email: encrypt(email),
        emailIndex: memberIndexFor(email),
        lang: volunteer.lang,
        tokenHash: hashToken(memberToken),
        tokenSealed: encrypt(memberToken),
        confirmedAt: now,
        source: "volunteer-invitation",
      },
      skipDuplicates: true,
      select: { id: true },
    });
    if (inserted[0]) return ok({ memberToken });
    const existing = await tx.groupMember.findUniqueOrThrow({
      where: { groupId_emailIndex: { groupId: parsed.groupId, emailIndex: memberIndexFor(email) } },
      select: { id: true, tokenSealed: true, confirmedAt: true },
    });
    if (!existing.confirmedAt) await tx.groupMember.update({ where: { id: existing.id }, data: { confirmedAt: now } });
    return ok({ memberToken: decrypt(existing.tokenSealed) });
  });
}
