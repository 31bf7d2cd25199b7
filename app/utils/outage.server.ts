// What the site does while PostgreSQL is unreachable (a restart, a failover, a full disk):
// public forms answer 503 with Retry-After, the visitor's typed values and a message saying
// that nothing was recorded; pages served from a recent copy (app/utils/memo.server.ts) keep
// being served; the rest answers 503 instead of a generic 500.
import { parseWithZod } from "@conform-to/zod/v4";
import { data, type ActionFunctionArgs, type HeadersFunction } from "@remix-run/node";
import { z } from "zod";
import { log } from "./log.server";

/** Seconds a client is asked to wait before trying again. */
export const RETRY_AFTER_SECONDS = 10;

const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH", "ENETUNREACH"]);
// PostgreSQL's "connection exception" class and the server shutting down or starting up.
const POSTGRES_CODES = new Set(["08000", "08001", "08003", "08004", "08006", "57P01", "57P02", "57P03"]);
// Prisma's own codes for a database it cannot reach.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1017", "P2024"]);
const MESSAGES =
  /ECONNREFUSED|ECONNRESET|Connection terminated|connection timeout|Can't reach database|the database system is (starting up|shutting down)|terminating connection due to administrator command|Client has encountered a connection error|server closed the connection/i;

/** True when `error` (or one of its causes) says the database could not be reached. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  for (let current = error; current && typeof current === "object" && !seen.has(current);) {
    seen.add(current);
    const { code, message, cause, kind, originalCode } = current as {
      code?: unknown;
      message?: unknown;
      cause?: unknown;
      kind?: unknown;
      originalCode?: unknown;
    };
    for (const value of [code, originalCode]) {
      if (typeof value === "string" && (NETWORK_CODES.has(value) || POSTGRES_CODES.has(value) || PRISMA_CODES.has(value))) return true;
    }
    if (kind === "DatabaseNotReachable" || kind === "ConnectionClosed" || kind === "SocketTimeout") return true;
    if (typeof message === "string" && MESSAGES.test(message)) return true;
    current = cause ?? (current as { error?: unknown }).error;
  }
  return false;
}

/** A thrown 503 for loaders: the error page says so, and clients are told when to come back. */
export function databaseUnavailableResponse() {
  return new Response("The database is unreachable: try again in a moment.", {
    status: 503,
    headers: { "Retry-After": String(RETRY_AFTER_SECONDS), "Content-Type": "text/plain; charset=utf-8" },
  });
}

/**
 * Runs a public form's action: if the database is unreachable, the form comes back with what
 * the visitor typed and, above it, "nothing was recorded, try again in a moment" (status 503,
 * Retry-After). Needs the form to show Conform's form errors.
 */
export async function withOutageReply<Args extends ActionFunctionArgs, Result>(args: Args, action: (args: Args) => Promise<Result>) {
  const copy = args.request.clone();
  try {
    return await action(args);
  } catch (error) {
    // A memoised read with no copy to fall back on throws databaseUnavailableResponse().
    const unavailable = isDatabaseUnavailable(error) || (error instanceof Response && error.status === 503);
    if (!unavailable) throw error;
    log.error("database unreachable during a form submission", { error, request: args.request });
    const formData = await copy.formData().catch(() => new FormData());
    // The honeypot and the form guard's token are not typed values: the form shows fresh ones.
    const submission = parseWithZod(formData, { schema: z.object({}).passthrough() });
    return data(submission.reply({ formErrors: ["errors.databaseUnavailable"] }), {
      status: 503,
      headers: { "Retry-After": String(RETRY_AFTER_SECONDS) },
    });
  }
}

/** A form route's `headers`: the parent's, plus the outage reply's Retry-After. */
export const outageHeaders: HeadersFunction = ({ parentHeaders, actionHeaders, errorHeaders }) => {
  const headers = new Headers(parentHeaders);
  const retryAfter = actionHeaders.get("Retry-After") ?? errorHeaders?.get("Retry-After");
  if (retryAfter) headers.set("Retry-After", retryAfter);
  return headers;
};
