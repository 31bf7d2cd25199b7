import { randomUUID } from "node:crypto";
import type { EmailProps, EmailTemplateName } from "../../emails";
import { decrypt, encrypt, keyedIndex } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import { renderEmail } from "./email-render.server";
import { type Lang } from "~/utils/i18n";
import { wakeWorkers, type Tx } from "~/utils/jobs.server";

export type EmailToQueue<Name extends EmailTemplateName = EmailTemplateName> = {
  key: string;
  template: Name;
  to: string;
  lang: Lang;
  props: EmailProps<Name>;
};

/** The recipient's index in email_message (suppression lookups, "my data"): its own key (issue 13). */
export const recipientIndexFor = (to: string) => keyedIndex("email-recipient", to.trim().toLowerCase());

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/**
 * The idempotency key as stored and sent to Resend: every row id in it replaced by its keyed
 * hash, so that a dump shows no row ids ("signature/<id>" would join the email to the signature).
 * Stable per id: a prefix such as emailKey(`signature/${id}/`) still finds that row's emails.
 */
export function emailKey(key: string) {
  return key.replace(UUID, (id) => keyedIndex("email-idempotency", id.toLowerCase()).slice(0, 27));
}

/**
 * Writes the email in the caller's transaction: the row is its own delivery job (the worker's
 * dispatcher, woken when the transaction commits, sends queued rows in batches:
 * app/models/email-batch.server.ts). `key` says what the email is about
 * ("organizer-sign-in/<token id>"); a second call with the same key does nothing, so the same
 * event never sends two emails.
 */
export async function queueEmail<Name extends EmailTemplateName>(tx: Tx, email: EmailToQueue<Name>) {
  const [id] = await queueEmails(tx, [email as EmailToQueue]);
  return id;
}

/** `queueEmail` for many emails in one statement; each gets its id, or null if its key was already used. */
export async function queueEmails(tx: Tx, emails: EmailToQueue[]): Promise<(string | null)[]> {
  if (emails.length === 0) return [];
  const ids = emails.map(() => randomUUID());
  const inserted = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO email_message (id, idempotency_key, template, lang, recipient, recipient_index, payload)
    SELECT * FROM unnest(
      ${ids}::uuid[], ${emails.map((email) => emailKey(email.key))}::text[], ${emails.map((email) => email.template)}::text[],
      ${emails.map((email) => email.lang)}::"Lang"[], ${emails.map((email) => encrypt(email.to))}::text[],
      ${emails.map((email) => recipientIndexFor(email.to))}::text[],
      ${emails.map((email) => encrypt(JSON.stringify(email.props)))}::text[])
    ON CONFLICT (idempotency_key) DO NOTHING
    RETURNING id::text`;
  const created = new Set(inserted.map((row) => row.id));
  // The dispatcher looks for queued emails as soon as the transaction commits.
  if (created.size > 0) await wakeWorkers(tx);
  return ids.map((id) => (created.has(id) ? id : null));
}

/**
 * The local outbox (development and demo): a page of the latest emails, decrypted and rendered,
 * optionally only those to one address (found by its blind index, as suppressions are).
 */
export async function listOutbox({ limit = 20, page = 1, to }: { limit?: number; page?: number; to?: string } = {}) {
  const where = { status: "OUTBOX" as const, ...(to ? { recipientIndex: recipientIndexFor(to) } : {}) };
  const [total, messages] = await Promise.all([
    db().emailMessage.count({ where }),
    db().emailMessage.findMany({ where, orderBy: { createdAt: "desc" }, skip: (page - 1) * limit, take: limit }),
  ]);
  const emails = await Promise.all(
    messages.map(async (message) => {
      const lang = message.lang;
      const rendered = await renderEmail(message.template, lang, JSON.parse(decrypt(message.payload)));
      return { id: message.id, to: decrypt(message.recipient), createdAt: message.createdAt, sentAt: message.sentAt, ...rendered };
    }),
  );
  return { emails, total, pages: Math.max(1, Math.ceil(total / limit)) };
}

/** One outbox email's HTML part, as it was sent (the outbox's preview frame); null if there is none. */
export async function getOutboxEmailHtml({ id }: { id: string }) {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return null;
  const message = await db().emailMessage.findFirst({ where: { id, status: "OUTBOX" }, select: { template: true, lang: true, payload: true } });
  if (!message) return null;
  return (await renderEmail(message.template, message.lang, JSON.parse(decrypt(message.payload)))).html;
}
