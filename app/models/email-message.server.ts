import type { EmailProps, EmailTemplateName } from "../../emails";
import { blindIndex, decrypt, encrypt } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import { renderEmail } from "~/utils/email-render.server";
import { emailTransport } from "~/utils/env.server";
import { isLang, type Lang } from "~/utils/i18n";
import { enqueue, type Tx } from "~/utils/jobs.server";
import { sendWithResend } from "~/utils/resend.server";

/**
 * Writes the email and its delivery job in the caller's transaction. `key` says what the
 * email is about ("organizer-sign-in/<token id>"); a second call with the same key does
 * nothing, so the same event never sends two emails.
 */
export async function queueEmail<Name extends EmailTemplateName>(
  tx: Tx,
  email: { key: string; template: Name; to: string; lang: Lang; props: EmailProps<Name> },
) {
  const inserted = await tx.emailMessage.createManyAndReturn({
    data: {
      idempotencyKey: email.key,
      template: email.template,
      lang: email.lang,
      recipient: encrypt(email.to),
      recipientIndex: blindIndex(email.to.trim().toLowerCase()),
      payload: encrypt(JSON.stringify(email.props)),
    },
    skipDuplicates: true,
    select: { id: true },
  });
  if (inserted.length === 0) return null;
  await enqueue(tx, "sendEmail", { messageId: inserted[0].id }, { singletonKey: inserted[0].id });
  return inserted[0].id;
}

/** The send-email job: idempotent, safe to run again after a crash or a failed attempt. */
export async function deliverEmail({ messageId }: { messageId: string }) {
  const message = await db().emailMessage.update({
    where: { id: messageId },
    data: { attempts: { increment: 1 } },
  });
  if (message.status !== "QUEUED") return message.status;
  const lang = isLang(message.lang) ? message.lang : "fr";
  const to = decrypt(message.recipient);
  const rendered = await renderEmail(message.template, lang, JSON.parse(decrypt(message.payload)));
  if (emailTransport() === "outbox") {
    await db().emailMessage.update({ where: { id: messageId }, data: { status: "OUTBOX", sentAt: new Date() } });
    return "OUTBOX";
  }
  try {
    const providerId = await sendWithResend({ ...rendered, to }, message.idempotencyKey);
    await db().emailMessage.update({
      where: { id: messageId },
      data: { status: "SENT", sentAt: new Date(), providerId, lastError: null },
    });
    return "SENT";
  } catch (error) {
    await db().emailMessage.update({ where: { id: messageId }, data: { lastError: String(error).slice(0, 500) } });
    throw error;
  }
}

/** The local outbox (development and demo): the latest emails, decrypted and rendered. */
export async function listOutbox({ limit = 50 }: { limit?: number } = {}) {
  const messages = await db().emailMessage.findMany({
    where: { status: "OUTBOX" },
    orderBy: { createdAt: "desc" },
    take: limit,
  });
  return Promise.all(
    messages.map(async (message) => {
      const lang = isLang(message.lang) ? message.lang : "fr";
      const rendered = await renderEmail(message.template, lang, JSON.parse(decrypt(message.payload)));
      return { id: message.id, to: decrypt(message.recipient), sentAt: message.sentAt, ...rendered };
    }),
  );
}
