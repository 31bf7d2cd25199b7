// A local stand-in for Resend's HTTP API, for the real SDK (RESEND_BASE_URL). It records
// every request, delivers each idempotency key once (as Resend does), refuses a key reused with
// a different payload (409, as Resend does: counted in stats.keyConflicts), and fails on demand.
import { createHash, randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

export type RecordedRequest = {
  method: string;
  path: string;
  idempotencyKey?: string;
  body: unknown;
  /** When the request arrived (Date.now(), as the rate limit counts it). */
  arrivedAt: number;
  /** The status it was answered with, and when (set once answered). */
  status?: number;
  answeredAt?: number;
};
export type DeliveredEmail = {
  id: string;
  idempotencyKey?: string;
  from: string;
  to: string[];
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
  receivedAt: number;
};

type Payload = Omit<DeliveredEmail, "id" | "idempotencyKey" | "receivedAt" | "to"> & { to: string | string[] };

export type StandInStats = {
  /** API calls received (answered or refused). */
  calls: number;
  /** Of which batch calls. */
  batchCalls: number;
  /** Calls refused with 429 by the rate limit (not counting failNext). */
  rateLimited: number;
  /** Emails delivered (a repeated idempotency key delivers nothing new). */
  delivered: number;
  /** Repeated idempotency keys answered with the first result. */
  replayed: number;
  /** Idempotency keys reused with a different payload (refused with 409): must stay 0. */
  keyConflicts: number;
  /** Emails in batch calls that were delivered (not replayed). */
  batchedEmails: number;
};

/**
 * `rateLimit`: at most that many API calls in any one-second window, as Resend enforces
 * (2 by default there); beyond it, 429 with retry-after. `batchLimit`: emails per batch call
 * (100 at Resend); beyond it, 422. `onDelivered` sees each email delivered (benchmarks). `record: false` keeps counters and
 * per-recipient counts only (benchmarks with 100,000 emails).
 */
export async function startResendStandIn({
  port = 0,
  rateLimit = 0,
  record = true,
  batchLimit = 100,
  onDelivered,
}: { port?: number; rateLimit?: number; record?: boolean; batchLimit?: number; onDelivered?: (payload: Payload, at: number) => void } = {}) {
  const requests: RecordedRequest[] = [];
  const stats: StandInStats = { calls: 0, batchCalls: 0, rateLimited: 0, delivered: 0, replayed: 0, keyConflicts: 0, batchedEmails: 0 };
  /** The payload's digest under each idempotency key seen (a call's whole body). */
  const payloadByKey = new Map<string, string>();
  const perRecipient = new Map<string, number>();
  const recentCalls: number[] = [];
  let limit = rateLimit;
  const emails: DeliveredEmail[] = [];
  const byKey = new Map<string, string>();
  const failures: { status: number; retryAfter?: number }[] = [];

  function deliver(payload: Payload, idempotencyKey?: string) {
    if (idempotencyKey && byKey.has(idempotencyKey)) {
      stats.replayed++;
      return byKey.get(idempotencyKey)!;
    }
    const id = randomUUID();
    const to = Array.isArray(payload.to) ? payload.to : [payload.to];
    stats.delivered++;
    for (const address of to) perRecipient.set(address.toLowerCase(), (perRecipient.get(address.toLowerCase()) ?? 0) + 1);
    if (record) emails.push({ ...payload, headers: payload.headers ?? {}, to, id, idempotencyKey, receivedAt: Date.now() });
    onDelivered?.(payload, Date.now());
    if (idempotencyKey) byKey.set(idempotencyKey, id);
    return id;
  }

  const server = http.createServer(async (req, res) => {
    // A rate limiter counts requests when they arrive, not when their body has been read.
    const arrivedAt = Date.now();
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const body = raw ? JSON.parse(raw) : undefined;
    const url = new URL(req.url ?? "/", "http://stand-in");
    const idempotencyKey = req.headers["idempotency-key"] as string | undefined;
    let recorded: RecordedRequest | undefined;
    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      if (recorded) Object.assign(recorded, { status, answeredAt: Date.now() });
      res.writeHead(status, { "content-type": "application/json", ...headers });
      res.end(JSON.stringify(data));
    };

    // Test-only reading endpoints, for browser tests running in another process.
    if (req.method === "GET" && url.pathname === "/__emails") {
      const to = url.searchParams.get("to")?.toLowerCase();
      return send(200, to ? emails.filter((e) => e.to.some((t) => t.toLowerCase() === to)) : emails);
    }
    if (req.method === "GET" && url.pathname === "/__stats") return send(200, stats);
    if (req.method === "POST" && url.pathname === "/__config") {
      limit = Number(body?.rateLimit ?? limit);
      return send(200, { rateLimit: limit });
    }
    if (req.method === "POST" && url.pathname === "/__fail") {
      failures.push(...Array.from({ length: Number(body?.times ?? 1) }, () => ({ status: Number(body?.status ?? 500) })));
      return send(200, { queued: failures.length });
    }

    stats.calls++;
    if (url.pathname === "/emails/batch") stats.batchCalls++;
    if (record) {
      recorded = { method: req.method ?? "GET", path: url.pathname, idempotencyKey, body, arrivedAt };
      requests.push(recorded);
    }
    if (limit > 0) {
      const now = arrivedAt;
      while (recentCalls.length && recentCalls[0] <= now - 1000) recentCalls.shift();
      if (recentCalls.length >= limit) {
        stats.rateLimited++;
        return send(429, { statusCode: 429, name: "rate_limit_exceeded", message: "Too many requests" }, { "retry-after": "1" });
      }
      recentCalls.push(now);
    }
    if (idempotencyKey && (url.pathname === "/emails" || url.pathname === "/emails/batch")) {
      const digest = createHash("sha256").update(`${url.pathname} ${raw}`).digest("hex");
      const seen = payloadByKey.get(idempotencyKey);
      if (seen && seen !== digest) {
        stats.keyConflicts++;
        return send(409, { statusCode: 409, name: "invalid_idempotent_request", message: "Same idempotency key used with a different request payload" });
      }
      payloadByKey.set(idempotencyKey, digest);
    }
    const failure = failures.shift();
    if (failure) {
      const name = failure.status === 429 ? "rate_limit_exceeded" : "internal_server_error";
      return send(
        failure.status,
        { statusCode: failure.status, name, message: `stand-in failure ${failure.status}` },
        failure.status === 429 ? { "retry-after": String(failure.retryAfter ?? 1) } : {},
      );
    }
    if (req.method === "POST" && url.pathname === "/emails") {
      return send(200, { id: deliver(body as Payload, idempotencyKey) });
    }
    if (req.method === "POST" && url.pathname === "/emails/batch") {
      const list = body as Payload[];
      if (list.length > batchLimit) {
        return send(422, { statusCode: 422, name: "validation_error", message: `a batch holds at most ${batchLimit} emails` });
      }
      const before = stats.delivered;
      const ids = list.map((payload, index) => ({ id: deliver(payload, idempotencyKey ? `${idempotencyKey}#${index}` : undefined) }));
      stats.batchedEmails += stats.delivered - before;
      return send(200, { data: ids });
    }
    send(404, { statusCode: 404, name: "not_found", message: `no stand-in for ${req.method} ${url.pathname}` });
  });

  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: actualPort } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${actualPort}`,
    requests,
    emails,
    stats,
    /** How many emails each address received (kept even with record: false). */
    perRecipient,
    setRateLimit: (perSecond: number) => {
      limit = perSecond;
    },
    emailsTo: (address: string) => emails.filter((e) => e.to.some((t) => t.toLowerCase() === address.toLowerCase())),
    /** The next `times` API calls answer `status` (429 carries retry-after). */
    failNext: (status: number, times = 1, retryAfter?: number) => {
      for (let i = 0; i < times; i++) failures.push({ status, retryAfter });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type ResendStandIn = Awaited<ReturnType<typeof startResendStandIn>>;
