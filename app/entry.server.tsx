import { AsyncLocalStorage } from "node:async_hooks";
import { PassThrough } from "node:stream";
import type { AppLoadContext, EntryContext } from "@remix-run/node";
import { isRouteErrorResponse, RemixServer } from "@remix-run/react";
import { renderToPipeableStream } from "react-dom/server";
import { env } from "./utils/env.server";
import { NonceContext } from "./utils/nonce";
import { log } from "~/utils/log.server";
import { pageCacheControl } from "~/utils/http-security.server";
import { pageCache as sharedPageCache } from "~/utils/page-cache.server";
import { SHARED_PAGES } from "./page-cache-entries.server";
import { lacksRetryAfter, withRetryAfter } from "~/utils/outage.server";
import { PAGE_MESSAGES_ID } from "~/utils/browser-messages";
import { isLang, messagesFor, observeMessages, type Lang } from "~/utils/i18n";

// server.js applies these to every request (headers, origin check) and builds the load context.
export { loadContext, securityMiddleware } from "./utils/http-security.server";
/** The page cache (server.js) over the shared pages the features declare (app/page-cache-entries.server.ts). */
export const pageCache = (options: Omit<Parameters<typeof sharedPageCache>[0], "pages">) => sharedPageCache({ ...options, pages: SHARED_PAGES });
export { remixHandler } from "./utils/node-http.server";
export { drainOnStop } from "./utils/http-drain.server";

const ABORT_DELAY = 5_000;

/** Called by server.js before listening: a missing variable stops the start with a clear message. */
/**
 * Errors thrown by loaders and actions (a Response thrown on purpose is not one), logged with the
 * request's id; nothing when the visitor went away. What the router refuses by itself (a POST to
 * a file or feed that has no form, a 405) is the client's mistake: a warning with its status and
 * the router's reason, not an error reading "[object Object]".
 */
export function handleError(error: unknown, { request }: { request: Request }) {
  if (request.signal.aborted) return;
  if (isRouteErrorResponse(error)) {
    const reason: unknown = (error as { error?: unknown }).error ?? error.statusText;
    if (error.status < 500) log.warn("request refused", { status: error.status, error: reason, request });
    else log.error("request failed", { status: error.status, error: reason, request });
    return;
  }
  log.error("request failed", { error, request });
}

/** Single fetch's data of a page (its loaders' and actions' results) is as personal as the page. */
export function handleDataRequest(response: Response, { request }: { request: Request }) {
  const cacheControl = pageCacheControl(new URL(request.url).pathname);
  const personal = cacheControl.includes("no-store");
  if (!personal && !lacksRetryAfter(response.status, response.headers)) return response;
  // A copy: the headers of a redirect Remix made may be immutable.
  const headers = new Headers(response.headers);
  if (personal) headers.set("Cache-Control", cacheControl);
  // A data request that met the database down (a 503 thrown by a loader): when to come back.
  withRetryAfter(response.status, headers);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

export function checkEnvironment() {
  env();
}

/**
 * A form sent without JavaScript that comes back with errors (an action's 4xx data, no error
 * boundary): the root loader's data says so, and page titles start with "Erreur : " (see
 * app/utils/meta.ts). Written into the data the page hydrates from, so the browser computes the
 * same title; the next navigation's root data has no such flag.
 */
function markFailedForm(status: number, remixContext: EntryContext) {
  const context = remixContext.staticHandlerContext;
  if (status < 400 || status >= 500 || !context.actionData || context.errors) return;
  const root = context.loaderData.root as Record<string, unknown> | undefined;
  if (root) context.loaderData.root = { ...root, formFailed: true };
}

const CLOSING = Buffer.from("</body></html>");

/**
 * The messages each render uses (React renders a page in the async context it was started in).
 * While any instance of AsyncLocalStorage is enabled, Node 20 runs a hook for every promise,
 * timer and socket write of the process: with it on, a copy from the page cache cost twice the
 * processor time (scripts/bench.ts). So it is enabled while pages render, and disabled when the
 * last render in flight ends.
 */
const renderMessages = new AsyncLocalStorage<Map<Lang, Set<string>>>();
let rendersInFlight = 0;
const renderEnded = () => {
  if (--rendersInFlight === 0) renderMessages.disable();
};
observeMessages((lang, key) => {
  const used = renderMessages.getStore();
  if (!used) return;
  if (!used.has(lang)) used.set(lang, new Set());
  used.get(lang)!.add(key);
});

/**
 * The page's own messages, for the browser to hydrate with (app/entry.client.tsx): a few
 * kilobytes instead of the whole catalogue (issue 27). `<` escaped: JSON inside a script element.
 */
export function pageMessages(used: Map<Lang, Set<string>>) {
  const messages = Object.fromEntries([...used].map(([lang, keys]) => [lang, messagesFor(lang, keys)]));
  return Buffer.from(`<script type="application/json" id="${PAGE_MESSAGES_ID}">${JSON.stringify(messages).replace(/</g, "\\u003c")}</script>`);
}

/**
 * Remix renders the page's data (single fetch's stream, a few scripts) beside the document, so
 * React writes it after `</html>`: browsers move it into the body, but that is a parse error
 * that the Nu Html Checker reports on every page (issue 27). The document is complete here, so
 * what follows its end goes back before `</body>`, in the same order.
 */
export function insideBody(html: Buffer<ArrayBuffer>): Buffer<ArrayBuffer> {
  const end = html.lastIndexOf(CLOSING);
  if (end < 0 || end + CLOSING.length === html.length) return html;
  return Buffer.concat([html.subarray(0, end), html.subarray(end + CLOSING.length), CLOSING]);
}

/** The page's messages go last in its body. */
function withMessages(html: Buffer<ArrayBuffer>, used: Map<Lang, Set<string>>): Buffer<ArrayBuffer> {
  if (html.lastIndexOf(CLOSING) !== html.length - CLOSING.length) return html;
  return Buffer.concat([html.subarray(0, html.length - CLOSING.length), pageMessages(used), CLOSING]);
}

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = loadContext.cspNonce ?? "";
  markFailedForm(responseStatusCode, remixContext);
  // No page defers data, so the shell is the whole document: it is sent in one piece, with its
  // length, rather than streamed through three stream layers in many small writes. Bots and
  // browsers get the same.
  const used = new Map<Lang, Set<string>>();
  rendersInFlight++;
  const rendered = new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderMessages.run(used, () =>
      renderToPipeableStream(
        <NonceContext.Provider value={nonce}>
          <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
        </NonceContext.Provider>,
        {
          nonce,
          onShellReady() {
            shellRendered = true;
          },
          onAllReady() {
            const chunks: Buffer[] = [];
            const body = new PassThrough();
            body.on("data", (chunk: Buffer) => chunks.push(chunk));
            body.on("error", reject);
            body.on("end", () => {
              const html = withMessages(insideBody(Buffer.concat(chunks)), used);
              responseHeaders.set("Content-Type", "text/html; charset=utf-8");
              // The "unavailable" page (the database down): when to come back.
              withRetryAfter(responseStatusCode, responseHeaders);
              responseHeaders.set("Content-Length", String(html.length));
              // Pages are rendered in the visitor's language (cookie, then Accept-Language), and sent
              // compressed or not (server.js).
              responseHeaders.set("Vary", "Cookie, Accept-Language, Accept-Encoding");
              // The page's language (`?lang=en`, the cookie or Accept-Language), as the root loader found it.
              const lang = (remixContext.staticHandlerContext.loaderData.root as { lang?: unknown } | undefined)?.lang;
              if (isLang(lang)) responseHeaders.set("Content-Language", lang);
              const cacheControl = pageCacheControl(new URL(request.url).pathname);
              // A page with personal data is never stored, whatever its route said.
              if (cacheControl.includes("no-store") || !responseHeaders.has("Cache-Control")) responseHeaders.set("Cache-Control", cacheControl);
              resolve(new Response(html, { headers: responseHeaders, status: responseStatusCode }));
            });
            pipe(body);
          },
          onShellError(error: unknown) {
            reject(error);
          },
          onError(error: unknown) {
            responseStatusCode = 500;
            if (shellRendered) log.error("render failed", { error, request });
          },
        },
      ),
    );
    setTimeout(abort, ABORT_DELAY);
  });
  rendered.then(renderEnded, renderEnded);
  return rendered;
}
