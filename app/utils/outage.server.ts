// What the site does while PostgreSQL is unreachable (a restart, a failover, a full disk):
// public forms answer 503 with Retry-After, the visitor's typed values and a message saying
// that nothing was recorded; pages served from a recent copy (app/utils/memo.server.ts) keep
// being served; the rest answers 503 instead of a generic 500.
import { parseWithZod } from "@conform-to/zod/v4";
import { data, type ActionFunctionArgs, type HeadersFunction, type ServerBuild } from "@remix-run/node";
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
  /ECONNREFUSED|ECONNRESET|Connection terminated|connection timeout|Can't reach database|the database system is (starting up|shutting down)|terminating connection due to administrator command|Client has encountered a connection error|is not queryable|timeout exceeded when trying to connect|server closed the connection/i;

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
    if (kind === "DatabaseNotReachable" || kind === "ConnectionClosed" || kind === "SocketTimeout" || kind === "TooManyConnections") return true;
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

/** Whether a response's status asks the client to come back later, and it was not told when. */
export function lacksRetryAfter(status: number, headers: Headers) {
  return status === 503 && !headers.has("Retry-After");
}

/** Sets Retry-After on a 503 that lacks it (a page, its data, an error page). */
export function withRetryAfter(status: number, headers: Headers) {
  if (lacksRetryAfter(status, headers)) headers.set("Retry-After", String(RETRY_AFTER_SECONDS));
}

type DataFunction = (...args: never[]) => unknown;

/** A loader or action whose "database unreachable" errors become the 503 response (never a 500). */
function answering503<F extends DataFunction>(fn: F): F {
  const wrapped = async (...args: Parameters<F>) => {
    try {
      return await fn(...args);
    } catch (error) {
      if (!(error instanceof Response) && isDatabaseUnavailable(error)) {
        const { request } = (args[0] ?? {}) as { request?: Request };
        log.warn("database unreachable: answered 503", { error: error instanceof Error ? error.message : String(error), request });
        throw databaseUnavailableResponse();
      }
      throw error;
    }
  };
  return wrapped as unknown as F;
}

/**
 * The server build with every route's loader and action wrapped: while the database is
 * unreachable, a loader or action that needed it throws the 503 response (Retry-After) instead
 * of its error, so pages get the "unavailable" error page, resource routes (JSON, CSV, Atom) and
 * single fetch's data their 503, and nothing answers 500 (issue 29, item 9). Forms that keep what
 * was typed catch it first (`withOutageReply`). Applied where server.js's handlers are made.
 */
export function outageAwareBuild(build: ServerBuild): ServerBuild {
  const routes = Object.fromEntries(
    Object.entries(build.routes).map(([id, route]) => {
      const { loader, action } = route.module;
      const module = { ...route.module, ...(loader ? { loader: answering503(loader) } : {}), ...(action ? { action: answering503(action) } : {}) };
      return [id, { ...route, module }];
    }),
  );
  return { ...build, routes };
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
