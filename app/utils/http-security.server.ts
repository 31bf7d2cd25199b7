// Security headers on every response and the origin check on every state-changing request,
// applied by server.js before anything else (static files included).
import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { env } from "./env.server";
import { issueFormGuardToken } from "./form-guard.server";

/** Routes that set their own Content-Security-Policy (the embeddable counter allows framing). */
// The digest preview in /admin sets its own, stricter one (no script at all, inline styles as emails have).
// A report's document and a document obtained through a request set their own (a second policy
// would block the browser's image viewer).
// The outbox's preview of an email (/dev/outbox/apercu/<id>) sets OUTBOX_PREVIEW_POLICY.
const OWN_POLICY_PATHS = [/^\/embed\//, /^\/admin\/lettre\/apercu\//, /^\/dev\/outbox\/apercu\//, /^\/documents\//, /^\/demandes\/documents\//];

/** An email shown as it was sent, in a frame of this site: its inline styles and images, nothing else. */
export const OUTBOX_PREVIEW_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";
/** Routes that receive POSTs from other servers and authenticate them otherwise (signatures). */
// Webhooks, and RFC 8058 one-click unsubscribe (posted by mail providers; the token is the authority).
const ORIGIN_CHECK_EXEMPT_PATHS = [
  /^\/webhooks\//,
  /^\/lettre\/desabonnement\//,
  /^\/petitions\/desabonnement\/un-clic\//,
  /^\/groupes\/membre\/[^/]+\/un-clic$/,
];

/**
 * Pages that show personal data: organizers' pages, the local outbox, and the pages a person
 * reaches through the link emailed to them (its token in the path). Never stored, by the browser
 * (its back button, its disk cache) nor by anything in between (ASVS 14.3.2). Downloads of
 * personal data (CSV, PDF, "my data" exports) say no-store themselves.
 */
const PERSONAL_DATA_PAGES = [
  /^\/admin(\/|$)/,
  /^\/dev\/outbox(\/|$)/,
  /^\/(benevole|demande|demande-petition|mandat|mes-donnees|signature|signalement|connexion|don\/gerer|lettre\/confirmation|lettre\/desabonnement|petitions\/desabonnement)\/[^/]/,
];

/**
 * Pages with the "share on your Mastodon instance" form (app/modules/petitions/components/share.tsx).
 * Without JavaScript, its answer (/partager/mastodon) redirects to the instance the visitor names,
 * and browsers check a form's redirects against form-action: these pages allow any https: target.
 * The redirect is the server's, to a checked host name and a fixed path (no open redirect). With
 * JavaScript, the form navigates instead of submitting, which form-action does not govern.
 */
const SHARE_FORM_PAGES = [/^\/signature\/[^/]+$/, /^\/villes\/[^/]+\/merci$/, /^\/partager\/mastodon$/];

/** The Cache-Control of a page or of its data (single fetch's "<path>.data"). */
export function pageCacheControl(path: string) {
  const page = path.replace(/\.data$/, "");
  // Other pages may be kept by the browser, but checked again before each use (a language change,
  // a sign-in, a new count).
  return PERSONAL_DATA_PAGES.some((pattern) => pattern.test(page)) ? "private, no-store" : "private, no-cache";
}

/** Stripe Checkout's origin, read once: the policy is written for every response. */
let checkoutOrigin: string | undefined;

export function contentSecurityPolicy(nonce: string, path = "/") {
  checkoutOrigin ??= new URL(env().CHECKOUT_ORIGIN).origin;
  return [
    "default-src 'self'",
    // Remix's inline scripts carry the nonce; the modules they import are trusted through them.
    `script-src 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    `form-action 'self' ${checkoutOrigin}${SHARE_FORM_PAGES.some((pattern) => pattern.test(path)) ? " https:" : ""}`,
  ].join("; ");
}

export function securityHeaders(path: string, nonce: string): Record<string, string> {
  const headers: Record<string, string> = {
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Content-Type-Options": "nosniff",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    "Cross-Origin-Opener-Policy": "same-origin",
  };
  if (!OWN_POLICY_PATHS.some((pattern) => pattern.test(path))) {
    headers["Content-Security-Policy"] = contentSecurityPolicy(nonce, path);
    headers["X-Frame-Options"] = "DENY";
  }
  if (env().NODE_ENV === "production") headers["Strict-Transport-Security"] = "max-age=63072000; includeSubDomains";
  return headers;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Whether a request that changes state comes from another site. Browsers send Origin with every
 * POST from a page, and Sec-Fetch-Site; clients that send neither are not browsers, so no
 * visitor's cookies can be abused through them.
 */
export function isCrossSiteWrite(method: string, path: string, headers: { origin?: string; host?: string; "sec-fetch-site"?: string }) {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  if (ORIGIN_CHECK_EXEMPT_PATHS.some((pattern) => pattern.test(path))) return false;
  const origin = headers.origin;
  if (origin) {
    if (origin === "null") return true;
    let host: string;
    try {
      host = new URL(origin).host;
    } catch {
      return true;
    }
    return host !== headers.host && host !== new URL(env().PUBLIC_URL).host;
  }
  return headers["sec-fetch-site"] === "cross-site";
}

/** 128 random bits per response, drawn from a pool filled 256 nonces at a time (one call to the system's generator instead of one per response). */
const NONCE_BYTES = 16;
let noncePool = Buffer.alloc(0);
let nonceOffset = 0;
export function freshNonce() {
  if (nonceOffset >= noncePool.length) {
    noncePool = randomBytes(NONCE_BYTES * 256);
    nonceOffset = 0;
  }
  nonceOffset += NONCE_BYTES;
  return noncePool.toString("base64", nonceOffset - NONCE_BYTES, nonceOffset);
}

/** Runs before Remix on Node's http server (node-http.server.ts): a fresh nonce per response, the headers, then the origin check. */
export function securityMiddleware(request: IncomingMessage, response: ServerResponse & { locals?: Record<string, unknown> }, next: () => void) {
  const nonce = freshNonce();
  const path = (request.url ?? "/").split("?")[0];
  for (const [name, value] of Object.entries(securityHeaders(path, nonce))) response.setHeader(name, value);
  if (isCrossSiteWrite(request.method ?? "GET", path, request.headers as Record<string, string>)) {
    response.statusCode = 403;
    response.setHeader("Content-Type", "text/plain; charset=utf-8");
    response.end("Cross-origin request refused. / Requête d'un autre site refusée.");
    return;
  }
  response.locals = { ...response.locals, cspNonce: nonce };
  next();
}

/** Remix's load context, built by server.js for each request. */
export function loadContext(request: IncomingMessage, response: { locals?: Record<string, unknown> }) {
  return {
    socketAddress: request.socket.remoteAddress,
    cspNonce: typeof response.locals?.cspNonce === "string" ? response.locals.cspNonce : undefined,
    formGuardToken: issueFormGuardToken(),
  };
}
