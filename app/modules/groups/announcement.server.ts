// A coordinator's announcement to the group's members who asked for announcements (issue 25):
// written, saved as a draft and previewed (the email as it will be sent), then sent through the
// outbox in batches, with RFC 8058's List-Unsubscribe.
//
// Exactly once: sending marks the draft SENDING, audits it and enqueues the job of its first
// batch in one transaction; each batch queues, in one transaction, one outbox email per member
// under the key group-announcement/<announcement>/<member> (a key used twice sends nothing) and
// enqueues the next batch under a job id derived from where it starts. A batch run twice, or a
// chain started again after a killed worker, queues nothing new.
//
// Rate limit: ANNOUNCEMENTS_PER_WINDOW per group in a rolling ANNOUNCEMENT_WINDOW_DAYS. Members
// asked for a group's news, not for a daily list: two a week is room for "the walk is on
// Saturday" and "here is what we found", while a group that writes more gets unsubscribes and
// complaints, which hurt the delivery of every email of the site (one sender reputation).
import { createHash } from "node:crypto";
import { z } from "zod";
import { audit } from "~/models/audit.server";
import { queueEmails } from "~/models/email-message.server";
import { renderEmail } from "~/models/email-render.server";
import { decrypt } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import type { Lang } from "~/utils/i18n";
import { enqueue, type Tx } from "~/utils/jobs.server";
import { fail, ok, type Result } from "~/utils/result";
import { memberOneClickUrl, memberUrl } from "./membership.server";
import { ANNOUNCEMENT_QUEUE } from "./queues";
import type { AnnouncementInput } from "./schema";

export const ANNOUNCEMENTS_PER_WINDOW = 2;
export const ANNOUNCEMENT_WINDOW_DAYS = 7;
const WINDOW_MS = ANNOUNCEMENT_WINDOW_DAYS * 24 * 3600_000;
/** Emails queued per job. */
export const ANNOUNCEMENT_BATCH = 500;

/** Who receives a group's announcements (checked again by each batch: leaving stops the rest). */
const recipients = (groupId: string) => ({ groupId, confirmedAt: { not: null }, wantsAnnouncements: true });

const groupUrl = (slug: string) => `${env().PUBLIC_URL.replace(/\/$/, "")}/groupes/${slug}`;

/** When the group may send its next announcement (null: now). */
export async function nextAnnouncementAt(client: Tx | ReturnType<typeof db>, groupId: string, now = new Date()) {
  const recent = await client.groupAnnouncement.findMany({
    where: { groupId, sentAt: { gt: new Date(now.getTime() - WINDOW_MS) } },
    orderBy: { sentAt: "desc" },
    take: ANNOUNCEMENTS_PER_WINDOW,
    select: { sentAt: true },
  });
  if (recent.length < ANNOUNCEMENTS_PER_WINDOW) return null;
  return new Date(recent[recent.length - 1].sentAt!.getTime() + WINDOW_MS);
}

/** What the composer shows: who would receive it (a count), when the next is possible, the past announcements. */
export async function announcementOverview({ groupId, now = new Date() }: { groupId: string; now?: Date }) {
  const [reachable, nextAllowedAt, announcements] = await Promise.all([
    db().groupMember.count({ where: recipients(groupId) }),
    nextAnnouncementAt(db(), groupId, now),
    db().groupAnnouncement.findMany({
      where: { groupId, status: { not: "DRAFT" } },
      orderBy: { sentAt: "desc" },
      take: 50,
      select: { id: true, subject: true, status: true, recipientCount: true, sentAt: true },
    }),
  ]);
  return { reachable, nextAllowedAt, announcements };
}

/** Saves the text as a draft (a new one, or the same draft again), audited: what the preview shows and what is sent. */
export async function saveAnnouncementDraft({
  groupId,
  organizerId,
  input,
  draftId,
}: {
  groupId: string;
  organizerId: string;
  input: AnnouncementInput;
  draftId?: string | null;
}) {
  return db().$transaction(async (tx) => {
    const existing = draftId ? await tx.groupAnnouncement.findFirst({ where: { id: draftId, groupId, status: "DRAFT" }, select: { id: true } }) : null;
    const draft = existing
      ? await tx.groupAnnouncement.update({
          where: { id: existing.id },
          data: { subject: input.subject, body: input.body, authorId: organizerId },
          select: { id: true },
        })
      : await tx.groupAnnouncement.create({ data: { groupId, authorId: organizerId, subject: input.subject, body: input.body }, select: { id: true } });
    await audit(tx, { organizerId, action: "group.announcement.draft", subjectType: "group", subjectId: groupId, details: { announcementId: draft.id } });
    return draft.id;
  });
}

/** A draft of this group (the composer's preview), or null. */
export function getAnnouncementDraft({ groupId, id }: { groupId: string; id: string }) {
  return db().groupAnnouncement.findFirst({ where: { id, groupId, status: "DRAFT" }, select: { id: true, subject: true, body: true } });
}

/** The email as members will receive it (sample personal links), for the preview frame; without a draft, its empty shape. */
export async function renderAnnouncementPreview({ groupId, id, lang }: { groupId: string; id: string | null; lang: Lang }) {
  const found = id
    ? await db().groupAnnouncement.findFirst({ where: { id, groupId }, select: { subject: true, body: true, group: { select: { name: true, slug: true } } } })
    : null;
  const group = found?.group ?? (await db().localGroup.findUnique({ where: { id: groupId }, select: { name: true, slug: true } }));
  if (!group) return null;
  const draft = { subject: found?.subject ?? "", body: found?.body ?? "", group };
  const sample = "exemple";
  return renderEmail("group-announcement", lang, {
    groupName: draft.group.name,
    subject: draft.subject,
    body: draft.body,
    url: groupUrl(draft.group.slug),
    memberUrl: memberUrl(sample),
    oneClickUrl: memberOneClickUrl(sample),
  });
}

/** A job id derived from the batch's place in the announcement: the same batch enqueued twice is one job. */
export function announcementJobId(key: string) {
  const hex = createHash("sha256").update(`group-announcement:${key}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export type SendAnnouncementError = "unknown" | "too-soon" | "nobody";

/**
 * Sends a draft: marks it SENDING with its recipients' count, audits it and enqueues its first
 * batch, in one transaction, unless the group is over its limit or nobody would receive it. Two
 * coordinators sending at once: a transaction-scoped lock per group lets one through.
 */
export async function sendAnnouncement({
  groupId,
  id,
  organizerId,
  now = new Date(),
}: {
  groupId: string;
  id: string;
  organizerId: string;
  now?: Date;
}): Promise<Result<{ recipients: number }, SendAnnouncementError> | { ok: false; error: "too-soon"; nextAllowedAt: Date }> {
  return db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`group-announcement:${groupId}`}))`;
    const draft = await tx.groupAnnouncement.findFirst({ where: { id, groupId, status: "DRAFT" }, select: { id: true } });
    if (!draft) return fail("unknown");
    const nextAllowedAt = await nextAnnouncementAt(tx, groupId, now);
    if (nextAllowedAt) return { ok: false, error: "too-soon", nextAllowedAt } as const;
    const count = await tx.groupMember.count({ where: recipients(groupId) });
    if (count === 0) return fail("nobody");
    await tx.groupAnnouncement.update({ where: { id }, data: { status: "SENDING", sentAt: now, recipientCount: count, authorId: organizerId } });
    await audit(tx, {
      organizerId,
      action: "group.announcement.send",
      subjectType: "group",
      subjectId: groupId,
      details: { announcementId: id, recipients: count },
    });
    await enqueue(tx, ANNOUNCEMENT_QUEUE, { announcementId: id }, { id: announcementJobId(`${id}/start`) });
    return ok({ recipients: count });
  });
}

export const AnnouncementBatchJob = z.object({ announcementId: z.uuid(), after: z.uuid().optional() });
export type AnnouncementBatchData = z.infer<typeof AnnouncementBatchJob>;

/** Queues one batch of an announcement's emails; how many it queued (0 for a batch already done) and where the next starts. */
export async function runAnnouncementBatch(data: AnnouncementBatchData, { batch = ANNOUNCEMENT_BATCH }: { batch?: number } = {}) {
  const { announcementId, after } = AnnouncementBatchJob.parse(data);
  const announcement = await db().groupAnnouncement.findUniqueOrThrow({
    where: { id: announcementId },
    select: { subject: true, body: true, status: true, groupId: true, group: { select: { name: true, slug: true } } },
  });
  if (announcement.status === "DRAFT") return { queued: 0, next: undefined };
  const members = await db().groupMember.findMany({
    where: { ...recipients(announcement.groupId), ...(after ? { id: { gt: after } } : {}) },
    orderBy: { id: "asc" },
    take: batch,
    select: { id: true, email: true, lang: true, tokenSealed: true },
  });
  const next = members.length === batch ? members[members.length - 1].id : undefined;
  const queued = await db().$transaction(
    async (tx) => {
      const ids = await queueEmails(
        tx,
        members.map((member) => {
          const token = decrypt(member.tokenSealed);
          return {
            key: `group-announcement/${announcementId}/${member.id}`,
            template: "group-announcement" as const,
            to: decrypt(member.email),
            lang: member.lang,
            props: {
              groupName: announcement.group.name,
              subject: announcement.subject,
              body: announcement.body,
              url: groupUrl(announcement.group.slug),
              memberUrl: memberUrl(token),
              oneClickUrl: memberOneClickUrl(token),
            },
          };
        }),
      );
      if (next) await enqueue(tx, ANNOUNCEMENT_QUEUE, { announcementId, after: next }, { id: announcementJobId(`${announcementId}/after/${next}`) });
      else await tx.groupAnnouncement.update({ where: { id: announcementId }, data: { status: "SENT" } });
      return ids.filter((id) => id !== null).length;
    },
    { timeout: 60_000 },
  );
  return { queued, next };
}
