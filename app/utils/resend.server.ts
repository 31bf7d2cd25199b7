import { Resend } from "resend";
import { env } from "./env.server";
import type { RenderedEmail } from "./email-render.server";

let client: Resend | undefined;

function resend() {
  // The SDK reads RESEND_BASE_URL itself (the tests point it at a local stand-in).
  client ??= new Resend(env().RESEND_API_KEY);
  return client;
}

/** A failure worth retrying later (rate limit, server error, network). */
export class TransientEmailError extends Error {
  constructor(
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

/**
 * Sends through Resend with an idempotency key: Resend answers a repeated key with the first
 * result instead of sending again, so a retried job never produces a second email.
 */
export async function sendWithResend(
  email: RenderedEmail & { to: string; headers?: Record<string, string> },
  idempotencyKey: string,
) {
  const { data, error, headers } = await resend().emails.send(
    { from: env().EMAIL_FROM, to: email.to, subject: email.subject, html: email.html, text: email.text, headers: email.headers },
    { idempotencyKey },
  );
  if (error || !data) {
    const status = error && "statusCode" in error ? error.statusCode : null;
    const retryAfter = Number(headers?.["retry-after"]);
    const message = `Resend refused the email (${status ?? "no response"}): ${error?.message ?? "no data"}`;
    if (status === null || status === 429 || status >= 500) {
      throw new TransientEmailError(message, Number.isFinite(retryAfter) ? retryAfter : undefined);
    }
    throw new Error(message);
  }
  return data.id;
}
