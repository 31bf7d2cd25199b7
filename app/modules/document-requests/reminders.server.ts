// The reminders of the legal clock, by email. Each goes exactly once: the reminder is added to
// the request's `reminders_sent` by a conditional UPDATE and its email is queued (with a key
// naming the request and the reminder) in the same transaction. Two runs at once, or the job
// run again after a crash, find the reminder already there and queue nothing.
import { decrypt } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { addDays, dueReminders, parisToday, type Reminder } from "./clock";
import { frenchDate } from "./letter";
import { lettersFor, personalUrl, requestDates, requesterSelect } from "./request.server";
import { queueEmail } from "~/models/email-message.server";
import { formatDate } from "~/utils/dates";

const englishDate = (day: string) => formatDate("en", day);

/** Sends the reminders due at `now`; returns how many were queued. */
export async function sendDueReminders({ now = new Date() }: { now?: Date } = {}) {
  const today = parisToday(now);
  const candidates = await db().documentRequest.findMany({
    where: {
      confirmedAt: { not: null },
      sentOn: { not: null },
      remindersStoppedAt: null,
      requesterEmail: { not: null },
      tokenSealed: { not: null },
      courtOn: null,
      OR: [{ answerKind: null }, { answerKind: { not: "FULL" } }],
    },
    select: { ...requesterSelect, tokenSealed: true },
  });
  let queued = 0;
  for (const row of candidates) {
    for (const reminder of dueReminders(requestDates(row), today, row.remindersSent)) {
      const sent = await db().$transaction(async (tx) => {
        const updated = await tx.$executeRaw`
          UPDATE document_request SET reminders_sent = array_append(reminders_sent, ${reminder}), updated_at = now()
          WHERE id = ${row.id}::uuid AND NOT (${reminder} = ANY(reminders_sent)) AND reminders_stopped_at IS NULL`;
        if (updated === 0) return false;
        const token = decrypt(row.tokenSealed as string);
        const { clock, referral } = lettersFor(row, today);
        const lang = row.lang === "en" ? "en" : "fr";
        const deadlineDay = deadlineOf(reminder, clock) ?? today;
        await queueEmail(tx, {
          key: `document-request-reminder/${row.id}/${reminder}`,
          template: "document-request-reminder",
          to: decrypt(row.requesterEmail as string),
          lang,
          props: {
            reminder,
            communeName: row.commune.name,
            url: personalUrl(token),
            deadline: lang === "fr" ? frenchDate(deadlineDay) : englishDate(deadlineDay),
            referral: reminder === "IMPLICIT_REFUSAL" && referral ? { ...referral, pdfUrl: `${env().PUBLIC_URL}/demande/${token}/saisine.pdf` } : null,
          },
        });
        return true;
      });
      if (sent) queued++;
    }
  }
  return { queued };
}

function deadlineOf(
  reminder: Reminder,
  clock: { referralDeadline: string | null; refusalConfirmedOn: string | null; courtDeadline: string | null; opinionDue: string | null },
) {
  if (reminder === "IMPLICIT_REFUSAL") return clock.referralDeadline;
  // The CADA's opinion is late: the refusal is confirmed on this day if nothing comes.
  if (reminder === "OPINION_DUE") return clock.refusalConfirmedOn ?? (clock.opinionDue ? addDays(clock.opinionDue, 1) : null);
  return clock.courtDeadline;
}
