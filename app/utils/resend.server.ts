import { Resend } from "resend";
import { env } from "./env.server";

/** An email as rendered from its template, ready to send. */
export type RenderedEmail = { subject: string; html: string; text: string; headers?: Record<string, string> };

let client: Resend | undefined;

function resend() {
  // The SDK reads RESEND_BASE_URL itself (the tests point it at a local stand-in).
  client ??= new Resend(env().RESEND_API_KEY);
  return client;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// One pacer per process for every Resend call (confirmations, digests, fallbacks): calls start
// at most RESEND_RATE_PER_SECOND a second, with 4% to spare so that network jitter never puts
// one call too many in the provider's one-second window; a 429 pauses every caller.
let nextCallAt = 0;

/** Waits for this process's next slot under the provider's rate. */
export async function providerSlot() {
  const interval = (1000 / env().RESEND_RATE_PER_SECOND) * 1.04;
  const now = Date.now();
  const at = Math.max(now, nextCallAt);
  nextCallAt = at + interval;
  if (at > now) await sleep(at - now);
}

/** Holds every call of this process back for `ms` (the provider said 429, or is down). */
export function pauseProvider(ms: number) {
  nextCallAt = Math.max(nextCallAt, Date.now() + ms);
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
export async function sendWithResend(email: RenderedEmail & { to: string; headers?: Record<string, string> }, idempotencyKey: string) {
  await providerSlot();
  const { data, error, headers } = await unreachable(() =>
    resend().emails.send(
      { from: env().EMAIL_FROM, to: email.to, subject: email.subject, html: email.html, text: email.text, headers: email.headers },
      { idempotencyKey },
    ),
  );
  if (error || !data) throw refusal("the email", error, headers);
  return data.id;
}

/**
 * A call that throws instead of answering (connection reset, timeout, DNS) may or may not have
 * reached the provider: it is retried under the same key, never taken for a refusal.
 */
async function unreachable<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw new TransientEmailError(`Resend unreachable: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function refusal(what: string, error: { message: string } | null, headers: Record<string, string> | null | undefined) {
  const status = error && "statusCode" in error && typeof error.statusCode === "number" ? error.statusCode : null;
  const retryAfter = Number(headers?.["retry-after"]);
  const message = `Resend refused ${what} (${status ?? "no response"}): ${error?.message ?? "no data"}`;
  if (status === null || status === 429 || status >= 500) {
    if (status === 429) pauseProvider((Number.isFinite(retryAfter) ? retryAfter : 1) * 1000);
    return new TransientEmailError(message, Number.isFinite(retryAfter) ? retryAfter : undefined);
  }
  return new Error(message);
}

/** Resend's batch endpoint takes at most this many emails per call. */
export const RESEND_BATCH_LIMIT = 100;

/**
 * Sends up to 100 emails in one call to Resend's batch endpoint. With the same idempotency
 * key and the same emails in the same order, Resend answers with the first result instead of
 * sending again. Returns the provider ids, in order.
 */
export async function sendBatchWithResend(emails: (RenderedEmail & { to: string; headers?: Record<string, string> })[], idempotencyKey: string) {
  if (emails.length === 0) return [];
  if (emails.length > RESEND_BATCH_LIMIT) throw new Error(`A Resend batch holds at most ${RESEND_BATCH_LIMIT} emails`);
  const from = env().EMAIL_FROM;
  await providerSlot();
  const { data, error, headers } = await unreachable(() =>
    resend().batch.send(
      emails.map((email) => ({ from, to: email.to, subject: email.subject, html: email.html, text: email.text, headers: email.headers })),
      { idempotencyKey },
    ),
  );
  if (error || !data) throw refusal("the batch", error, headers);
  return data.data.map((entry) => entry.id);
}
