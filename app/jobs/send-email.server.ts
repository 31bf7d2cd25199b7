import type PgBoss from "pg-boss";
import { deliverEmail } from "~/models/email-message.server";

export async function sendEmail([job]: PgBoss.Job<{ messageId: string }>[]) {
  return { status: await deliverEmail(job.data) };
}
