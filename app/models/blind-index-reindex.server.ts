// One-off re-indexing after the per-purpose blind-index keys (docs/decisions/0013): every email
// lookup column is recomputed from the encrypted address it stands for, and every email
// idempotency key loses its row ids. Idempotent: running it twice changes nothing the second time.
//   npm run db:reindex
import { decrypt } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import { emailKey, recipientIndexFor } from "./email-message.server";
import { organizerIndexFor } from "./organizer.server";
import { donorIndexFor, emailIndexFor, volunteerIndexFor } from "~/modules/petitions/signature-index.server";
import { subscriberIndexFor } from "~/modules/newsletter/subscriber.server";

const BATCH = 500;

/** Walks a table by id, recomputing each row's index from its decrypted address. */
async function reindex<Row extends { id: string }>(fetch: (after: string | undefined) => Promise<Row[]>, update: (row: Row) => Promise<boolean>) {
  let changed = 0;
  let after: string | undefined;
  for (;;) {
    const rows = await fetch(after);
    if (rows.length === 0) return changed;
    for (const row of rows) if (await update(row)) changed++;
    after = rows[rows.length - 1].id;
  }
}

const page = (after: string | undefined) => ({ take: BATCH, orderBy: { id: "asc" as const }, ...(after ? { cursor: { id: after }, skip: 1 } : {}) });
/** Erased rows (retention) hold an encrypted empty string, and a value that does not decrypt cannot be re-indexed: left as they are. */
function plain(sealed: string) {
  try {
    return decrypt(sealed) || null;
  } catch {
    return null;
  }
}

export async function reindexBlindIndexes() {
  const counts = {
    signature: await reindex(
      (after) => db().signature.findMany({ ...page(after), select: { id: true, email: true, emailIndex: true } }),
      async (row) => {
        const email = plain(row.email);
        if (!email || emailIndexFor(email) === row.emailIndex) return false;
        await db().signature.update({ where: { id: row.id }, data: { emailIndex: emailIndexFor(email) } });
        return true;
      },
    ),
    volunteer: await reindex(
      (after) => db().volunteer.findMany({ ...page(after), select: { id: true, email: true, emailIndex: true } }),
      async (row) => {
        const email = plain(row.email);
        if (!email || volunteerIndexFor(email) === row.emailIndex) return false;
        await db().volunteer.update({ where: { id: row.id }, data: { emailIndex: volunteerIndexFor(email) } });
        return true;
      },
    ),
    donor: await reindex(
      (after) => db().donor.findMany({ ...page(after), select: { id: true, email: true, emailIndex: true } }),
      async (row) => {
        const email = plain(row.email);
        if (!email || donorIndexFor(email) === row.emailIndex) return false;
        await db().donor.update({ where: { id: row.id }, data: { emailIndex: donorIndexFor(email) } });
        return true;
      },
    ),
    subscriber: await reindex(
      (after) => db().subscriber.findMany({ ...page(after), select: { id: true, email: true, emailIndex: true } }),
      async (row) => {
        // A suppressed address reduced to its hash cannot be re-indexed: it keeps the old one
        // (the old key stays derivable; see the decision record).
        const email = plain(row.email);
        if (!email || subscriberIndexFor(email) === row.emailIndex) return false;
        await db().subscriber.update({ where: { id: row.id }, data: { emailIndex: subscriberIndexFor(email) } });
        return true;
      },
    ),
    organizer: await reindex(
      (after) => db().organizer.findMany({ ...page(after), select: { id: true, email: true, emailIndex: true } }),
      async (row) => {
        const email = plain(row.email);
        if (!email || organizerIndexFor(email) === row.emailIndex) return false;
        await db().organizer.update({ where: { id: row.id }, data: { emailIndex: organizerIndexFor(email) } });
        return true;
      },
    ),
    emailMessage: await reindex(
      (after) => db().emailMessage.findMany({ ...page(after), select: { id: true, recipient: true, recipientIndex: true, idempotencyKey: true } }),
      async (row) => {
        const to = plain(row.recipient);
        const data = { recipientIndex: to ? recipientIndexFor(to) : row.recipientIndex, idempotencyKey: emailKey(row.idempotencyKey) };
        if (data.recipientIndex === row.recipientIndex && data.idempotencyKey === row.idempotencyKey) return false;
        await db().emailMessage.update({ where: { id: row.id }, data });
        return true;
      },
    ),
  };
  return counts;
}
