// The contact form of a group's page (issue 25): the message is stored encrypted and relayed by
// email to the group's coordinators WITHOUT the sender's address; a coordinator answers from the
// group's admin page, and the answer is emailed to the sender from the site, so the
// coordinator's address is never shown either. Messages go after CONTACT_MESSAGE_DAYS.
import { randomUUID } from "node:crypto";
import { audit } from "~/models/audit.server";
import { queueEmail, queueEmails } from "~/models/email-message.server";
import { decrypt, encrypt } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import type { Lang } from "~/utils/i18n";
import { fail, ok, type Result } from "~/utils/result";
import type { ContactGroupInput } from "./schema";

/** Contact messages (and the answers' trace) are deleted this many days after they were sent. */
export const CONTACT_MESSAGE_DAYS = 90;

/** Stores the message and queues one relay email per coordinator, in one transaction. */
export async function sendContactMessage({ groupId, input, lang, ipHash }: { groupId: string; input: ContactGroupInput; lang: Lang; ipHash: string }) {
  return db().$transaction(async (tx) => {
    const group = await tx.localGroup.findUniqueOrThrow({
      where: { id: groupId },
      select: { name: true, coordinators: { select: { organizer: { select: { id: true, email: true, disabledAt: true } } } } },
    });
    const message = await tx.groupContactMessage.create({
      data: { groupId, name: encrypt(input.name), email: encrypt(input.email), body: encrypt(input.body), lang, ipHash },
      select: { id: true },
    });
    const url = `${env().PUBLIC_URL.replace(/\/$/, "")}/admin/groupes/${groupId}#message-${message.id}`;
    await queueEmails(
      tx,
      group.coordinators
        .filter(({ organizer }) => organizer.disabledAt === null)
        .map(({ organizer }) => ({
          key: `group-contact/${message.id}/${organizer.id}`,
          template: "group-contact-relay" as const,
          to: decrypt(organizer.email),
          lang: "fr" as const,
          // The sender's name and words; never their address.
          props: { groupName: group.name, senderName: input.name, body: input.body, url },
        })),
    );
    return { id: message.id };
  });
}

/** A group's messages for its coordinators: names and words, never addresses. */
export async function listContactMessages({ groupId, take = 100 }: { groupId: string; take?: number }) {
  const rows = await db().groupContactMessage.findMany({
    where: { groupId },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, name: true, body: true, createdAt: true, repliedAt: true },
  });
  return rows.map((row) => ({ ...row, name: decrypt(row.name), body: decrypt(row.body) }));
}

/**
 * A coordinator's answer: emailed to the sender from the site (the coordinator's address is not
 * in it), audited. The message must be this group's.
 */
export async function replyToContactMessage({
  groupId,
  messageId,
  organizerId,
  reply,
  now = new Date(),
}: {
  groupId: string;
  messageId: string;
  organizerId: string;
  reply: string;
  now?: Date;
}): Promise<Result<object, "unknown">> {
  return db().$transaction(async (tx) => {
    const message = await tx.groupContactMessage.findFirst({
      where: { id: messageId, groupId },
      select: { id: true, name: true, email: true, body: true, lang: true, group: { select: { name: true, slug: true } } },
    });
    if (!message) return fail("unknown");
    await queueEmail(tx, {
      key: `group-contact-reply/${message.id}/${randomUUID()}`,
      template: "group-contact-reply",
      to: decrypt(message.email),
      lang: message.lang,
      props: {
        groupName: message.group.name,
        name: decrypt(message.name),
        reply,
        original: decrypt(message.body),
        url: `${env().PUBLIC_URL.replace(/\/$/, "")}/groupes/${message.group.slug}`,
      },
    });
    await tx.groupContactMessage.update({ where: { id: message.id }, data: { repliedAt: now } });
    await audit(tx, { organizerId, action: "group.contact.reply", subjectType: "group", subjectId: groupId, details: { messageId } });
    return ok();
  });
}
