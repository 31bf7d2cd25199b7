// Remix on Node's own http server, without Express: Express added about 0.17 ms of CPU to every
// request (a form POST answered with a redirect: 1,530 req/s per process through Express, 2,240
// without; docs/decisions/0011), and server.js needs none of its features. These are the conversions between Node's
// request and response and the Fetch API's that Remix speaks.
//
// Limits are applied here, before anything parses the request (see the README's security
// section): the URL's length and content, the Host header, the method, and a body cap per route
// class, answered 413 (the site's page, in the visitor's language) without reading the rest.
// Form and webhook bodies are read whole, under their cap and deadline, before Remix sees them;
// a multipart body a form route could not parse is a 400 here rather than a 500 in an action.
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { createRequestHandler, writeReadableStreamToWritable, type AppLoadContext, type ServerBuild } from "@remix-run/node";
import { REQUEST_ID_HEADER } from "./log.server";
import { outageAwareBuild } from "./outage.server";

export type GetLoadContext = (req: IncomingMessage, res: ServerResponse) => AppLoadContext;

const KB = 1024;
const MB = 1024 * KB;

export type BodyClass = "form" | "upload" | "webhook";

/** Caps and deadlines per route class; an operator can change the caps through the environment (README). */
export const BODY_LIMITS: Record<BodyClass, { bytes: number; deadlineMs: number }> = {
  // Every form of the site: the longest text an organizer writes is a few tens of KB.
  form: { bytes: Number(process.env.MAX_FORM_BYTES) || 256 * KB, deadlineMs: 30_000 },
  // /signaler: 5 documents of 10 MB, the form's text fields and the multipart framing.
  upload: { bytes: Number(process.env.MAX_UPLOAD_BYTES) || 5 * 10 * MB + 512 * KB, deadlineMs: 300_000 },
  // Stripe's and Resend's events are well under 1 MB.
  webhook: { bytes: 1 * MB, deadlineMs: 30_000 },
};
/** A body that sends nothing for this long is cut off (a client trickling its body). */
export const BODY_IDLE_MS = 10_000;
// The longest URL the site itself makes is well under this; anything longer is answered 414.
export const MAX_URL_LENGTH = 8 * KB;
/** Fields of a multipart form, files included: the largest form has about twenty. */
export const MAX_MULTIPART_PARTS = 100;
const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

/** Which cap a request's body falls under; single fetch posts to "<path>.data". */
export function bodyClass(path: string): BodyClass {
  const route = path.replace(/\.data$/, "");
  if (route.startsWith("/webhooks/")) return "webhook";
  if (route === "/signaler") return "upload";
  return "form";
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Control characters (U+0000 to U+001F, U+007F) have no place in a URL's path or query. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Checks the request line and Host; throws an HttpError (400, 405, 414) for what no page could answer. */
export function checkRequestLine(req: IncomingMessage) {
  const url = req.url ?? "/";
  if (url.length > MAX_URL_LENGTH) throw new HttpError(414, "URI Too Long");
  if (!METHODS.has(req.method ?? "")) throw new HttpError(405, "Method Not Allowed");
  if (!url.startsWith("/")) throw new HttpError(400, "Bad Request");
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.replaceAll("+", " "));
  } catch {
    throw new HttpError(400, "Bad Request");
  }
  if (CONTROL.test(decoded)) throw new HttpError(400, "Bad Request");
  if (!isPlainHost(req.headers.host)) throw new HttpError(400, "Bad Request");
}

/** Host names already found plain: the site answers to a handful, and those skip the URL parser. */
const plainHosts = new Set<string>();

/** Whether a Host header is a host name (and port) and nothing else; none means localhost. */
export function isPlainHost(header: string | undefined) {
  const host = header ?? "localhost";
  if (plainHosts.has(host)) return true;
  try {
    if (new URL(`http://${host}`).host !== host.toLowerCase()) return false;
  } catch {
    return false;
  }
  if (plainHosts.size < 64) plainHosts.add(host);
  return true;
}

/**
 * The body as a stream that ends in an HttpError past `bytes`, if nothing comes for
 * BODY_IDLE_MS, or past the deadline. The socket is never read beyond the cap.
 */
function limitedBody(req: IncomingMessage, { bytes, deadlineMs }: { bytes: number; deadlineMs: number }) {
  let received = 0;
  const started = Date.now();
  const output = new Readable({ read: () => req.resume() });
  let idle: NodeJS.Timeout | undefined;
  const fail = (error: HttpError) => {
    clearTimeout(idle);
    // The rest is discarded as it comes, never kept (sendHttpError cuts a client that goes on).
    req.removeAllListeners("data");
    req.resume();
    output.destroy(error);
  };
  const arm = () => {
    clearTimeout(idle);
    idle = setTimeout(() => fail(new HttpError(408, "Request Timeout")), BODY_IDLE_MS);
    idle.unref();
  };
  arm();
  req.on("data", (chunk: Buffer) => {
    received += chunk.byteLength;
    if (received > bytes) return fail(new HttpError(413, "Content Too Large"));
    if (Date.now() - started > deadlineMs) return fail(new HttpError(408, "Request Timeout"));
    arm();
    if (!output.push(chunk)) req.pause();
  });
  let ended = false;
  req.on("end", () => {
    ended = true;
    clearTimeout(idle);
    output.push(null);
  });
  req.on("error", (error) => fail(new HttpError(400, error.message)));
  // A client that goes away mid-body: whoever reads the body stops waiting.
  req.on("close", () => (ended ? clearTimeout(idle) : fail(new HttpError(400, "Incomplete body"))));
  return output;
}

function originHost(origin: string) {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}

async function readAll(stream: Readable) {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * The request as Remix sees it; loaders and actions are aborted if the client goes away first.
 * Throws an HttpError for a request that breaks a limit (the caller answers it).
 */
export async function toFetchRequest(req: IncomingMessage, res: ServerResponse, requestId: string = randomUUID()): Promise<Request> {
  checkRequestLine(req);
  const headers = new Headers();
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    try {
      headers.append(req.rawHeaders[i], req.rawHeaders[i + 1]);
    } catch {
      throw new HttpError(400, "Bad Request");
    }
  }
  // Ours, whatever the client sent: log lines (log.server.ts) and the X-Request-Id answer carry it.
  headers.set(REQUEST_ID_HEADER, requestId);
  // Remix checks a page action's Origin against Host and throws (a 500) when they differ.
  // server.js's security middleware has already refused cross-site writes (allowing PUBLIC_URL's
  // host behind a proxy, and the paths other servers post to, such as RFC 8058 unsubscribes):
  // what reaches here with another origin is allowed, and Remix need not see it.
  const origin = headers.get("origin");
  if (origin && originHost(origin) !== req.headers.host) headers.delete("origin");
  const controller = new AbortController();
  res.once("close", () => {
    if (!res.writableFinished) controller.abort();
  });
  const init: RequestInit & { duplex?: "half" } = { method: req.method, headers, signal: controller.signal };
  const url = `http://${req.headers.host ?? "localhost"}${req.url ?? "/"}`;
  if (req.method !== "GET" && req.method !== "HEAD") {
    const kind = bodyClass((req.url ?? "/").split("?")[0]);
    const limits = BODY_LIMITS[kind];
    const declared = Number(req.headers["content-length"] ?? 0);
    if (declared > limits.bytes) throw new HttpError(413, "Content Too Large");
    const body = limitedBody(req, limits);
    if (kind === "upload") {
      // Streamed to the multipart parser (app/utils/uploads.server.ts), which turns a broken
      // limit into the same answer.
      init.body = Readable.toWeb(body) as ReadableStream<Uint8Array>;
      init.duplex = "half";
    } else {
      const bytes = await readAll(body);
      init.body = bytes;
      if (kind === "form") {
        // An empty body is an empty form, whatever it says it is (`curl -X POST` sends no
        // Content-Type): every action reads request.formData(), which throws without a form type,
        // and an empty form is what each action already answers (the guard's or the schema's no).
        if (bytes.byteLength === 0 && !isFormType(headers.get("Content-Type"))) headers.set("Content-Type", "application/x-www-form-urlencoded");
        await checkFormBody(new Request(url, { method: "POST", headers, body: bytes }));
      }
    }
  }
  return new Request(url, init);
}

const isFormType = (type: string | null) => /^(multipart\/form-data|application\/x-www-form-urlencoded)\b/i.test(type ?? "");

/** A form route's body must be a form Remix can parse, of a bounded number of fields. */
async function checkFormBody(request: Request) {
  if (!isFormType(request.headers.get("Content-Type"))) throw new HttpError(415, "Unsupported Media Type");
  let fields: FormData;
  try {
    fields = await request.formData();
  } catch {
    throw new HttpError(400, "Bad Request");
  }
  let count = 0;
  for (const _ of fields.keys()) if (++count > MAX_MULTIPART_PARTS) throw new HttpError(413, "Content Too Large");
}

export async function sendFetchResponse(res: ServerResponse, response: Response) {
  res.statusCode = response.status;
  res.statusMessage = response.statusText;
  // What the response sets replaces what the security middleware set (http-security.server.ts):
  // two Content-Security-Policy headers would both apply, the stricter one winning, and a second
  // nosniff is noise. Only Set-Cookie comes several times (Headers iterates each on its own).
  for (const [name, value] of response.headers) {
    if (name === "set-cookie") res.appendHeader(name, value);
    else res.setHeader(name, value);
  }
  if (response.body) await writeReadableStreamToWritable(response.body, res);
  else res.end();
}

/** The page shown for an HttpError: Remix renders the site's error page for /erreur/<status>. */
export async function sendHttpError(
  res: ServerResponse,
  req: IncomingMessage,
  error: HttpError,
  handle: (request: Request, context: AppLoadContext) => Promise<Response>,
  context: AppLoadContext,
) {
  // What is left of the body is never parsed nor kept: once the answer is sent, Node discards it
  // as it comes (closing at once would reset the connection before the client reads the answer),
  // and a client still sending 5 seconds later is cut off.
  res.once("finish", () => {
    if (req.complete) return;
    const cut = setTimeout(() => req.socket.destroy(), 5_000).unref();
    req.once("end", () => clearTimeout(cut));
  });
  if (error.status === 405) res.setHeader("Allow", [...METHODS].join(", "));
  const headers = new Headers({ Accept: "text/html" });
  for (const name of ["cookie", "accept-language"] as const) {
    const value = req.headers[name];
    if (typeof value === "string" && !CONTROL.test(value)) headers.set(name, value);
  }
  let page: Response;
  try {
    page = await handle(new Request(`http://localhost/erreur/${error.status}`, { headers }), context);
  } catch {
    page = new Response(`${error.status} ${error.message}`, { status: error.status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  if (req.method === "HEAD") return sendFetchResponse(res, new Response(null, { status: page.status, headers: page.headers }));
  await sendFetchResponse(res, page);
}

/** Remix's request handler for node:http (server.js). */
export function remixHandler({ build, getLoadContext }: { build: ServerBuild; getLoadContext: GetLoadContext }) {
  const handle = createRequestHandler(outageAwareBuild(build), build.mode);
  return async (req: IncomingMessage, res: ServerResponse) => {
    const context = getLoadContext(req, res);
    const requestId = randomUUID();
    res.setHeader("X-Request-Id", requestId);
    let request: Request;
    try {
      request = await toFetchRequest(req, res, requestId);
    } catch (error) {
      if (error instanceof HttpError) return sendHttpError(res, req, error, handle, context);
      throw error;
    }
    await sendFetchResponse(res, await handle(request, context));
  };
}
