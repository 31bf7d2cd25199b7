import { Resend } from "resend";
import { env } from "./env.server";
import { pacerForRate, type Pacer } from "./provider-pacer.server";

/** An email as rendered from its template, ready to send. */
export type RenderedEmail = { subject: string; html: string; text: string; headers?: Record<string, string> };

let client: Resend | undefined;

function resend() {
  // The SDK reads RESEND_BASE_URL itself (the tests point it at a local stand-in).
  client ??= new Resend(env().RESEND_API_KEY);
  return client;
}

// One pacer per process for every Resend call (confirmations, digests, fallbacks): a token
// bucket of RESEND_RATE_PER_SECOND calls whose tokens come back one second after each call's
// answer, by the monotonic clock (app/utils/provider-pacer.server.ts), so that a loaded machine
// (late timers, a blocked event loop) never puts one call too many in the provider's window;
// a 429 pauses every caller for its retry-after.
let pacer: Pacer | undefined;

function providerPacer() {
  pacer ??= pacerForRate(env().RESEND_RATE_PER_SECOND);
  return pacer;
}

/** Holds every call of this process back for `ms` (the provider said 429). */
function pauseProvider(ms: number) {
  providerPacer().pause(ms);
}

type Answer = { error: { message: string; statusCode: number | null } | null; headers: Record<string, string> | null };

/**
 * Makes one Resend call in this process's next slot under the provider's rate. The slot is held
 * until the call has answered; a 429 pauses every caller before the slot is given back. A call
 * that throws instead of answering (connection reset, timeout, DNS) may or may not have reached
 * the provider: it is retried under the same key, never taken for a refusal.
 */
async function call<T extends Answer>(request: () => Promise<T>): Promise<T> {
  const release = await providerPacer().acquire();
  try {
    const answer = await request();
    if (answer.error?.statusCode === 429) pauseProvider((retryAfterSeconds(answer.headers) ?? 1) * 1000);
    return answer;
  } catch (error) {
    throw new TransientEmailError(`Resend unreachable: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    release();
  }
}

function retryAfterSeconds(headers: Record<string, string> | null | undefined) {
  const value = Number(headers?.["retry-after"]);
  return headers?.["retry-after"] && Number.isFinite(value) && value >= 0 ? value : undefined;
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
  const { data, error, headers } = await call(() =>
    resend().emails.send(
      { from: env().EMAIL_FROM, to: email.to, subject: email.subject, html: email.html, text: email.text, headers: email.headers },
      { idempotencyKey },
    ),
  );
  if (error || !data) throw refusal("the email", error, headers);
  return data.id;
}

function refusal(what: string, error: { message: string } | null, headers: Record<string, string> | null | undefined) {
  const status = error && "statusCode" in error && typeof error.statusCode === "number" ? error.statusCode : null;
  const retryAfter = retryAfterSeconds(headers);
  const message = `Resend refused ${what} (${status ?? "no response"}): ${error?.message ?? "no data"}`;
  if (status === null || status === 429 || status >= 500) return new TransientEmailError(message, retryAfter);
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
  const { data, error, headers } = await call(() =>
    resend().batch.send(
      emails.map((email) => ({ from, to: email.to, subject: email.subject, html: email.html, text: email.text, headers: email.headers })),
      { idempotencyKey },
    ),
  );
  if (error || !data) throw refusal("the batch", error, headers);
  return data.data.map((entry) => entry.id);
}
