// The busiest public pages (and the commune search's suggestions), shared between anonymous
// visitors for PAGE_CACHE_SECONDS (1 s by default): under a spike a city page is rendered about
// once per second, language and web process instead of once per visit, and what it shows is at
// most two seconds older than the database (see below). Two things differ per response and
// are put back into every copy: the Content-Security-Policy nonce and the form guard's signed
// timestamp. Anything but a GET, a visitor with a cookie other than the language choice (an
// organizer), and any response that is not a plain 200 page go through to Remix untouched.
// Each web process has its own copies, in memory.
import type { IncomingMessage, ServerResponse } from "node:http";
import { createRequestHandler, type AppLoadContext, type ServerBuild } from "@remix-run/node";
import { env } from "./env.server";
import { issueFormGuardToken } from "./form-guard.server";
import { freshNonce, securityHeaders } from "./http-security.server";
import { langInAddress } from "./i18n";
import { langFromHeaders, langWithoutChoice } from "./lang.server";
import { checkRequestLine, isPlainHost, sendFetchResponse, toFetchRequest, type GetLoadContext } from "./node-http.server";
import { log } from "./log.server";
import { outageAwareBuild } from "./outage.server";

/**
 * A public page that is the same for every anonymous visitor in one language, and for how many
 * periods (PAGE_CACHE_SECONDS) a copy is shared: the commune search shows nothing but the
 * directory, which changes once a year, so its copies live a minute. Each feature declares its
 * pages (app/modules/<feature>/page-cache.ts, `[...] satisfies SharedPage[]`); they are
 * assembled in app/page-cache-entries.server.ts and passed in by app/entry.server.tsx, since
 * utils do not import modules.
 */
export type SharedPage = {
  path: RegExp;
  periods: number;
  /** The query parameters the page reads: a copy's key holds their values, and only theirs. */
  params: readonly string[];
  /**
   * The schema the page parses its query parameters with, when it has one:
   * tests/unit/page-cache-entries.test.ts checks that `params` are its keys, so a filter added to
   * the page's schema and not declared here fails a test (two filters would share one copy).
   */
  query?: { shape: Record<string, unknown> };
};
const SHARED_TYPES = ["text/html", "application/json"];
/**
 * What the copies of one process may weigh together (PAGE_CACHE_MAX_MB); past it the least
 * recently used go first. Junk query strings cannot grow it: only the parameters a page reads
 * are part of the key (the page ignores the others), and a page is keyed by their values.
 */
const maxBytes = () => (Number(process.env.PAGE_CACHE_MAX_MB) || 64) * 1024 * 1024;

/**
 * A copy, cut where the per-response values go: `parts` are the UTF-8 bytes between them, `holes`
 * say which value fills each gap (holes[i] goes after parts[i]). Cutting once when the copy is
 * made means a hit writes the bytes as they are, instead of scanning and re-encoding the whole
 * page twice per visit (the garbage of those copies was the largest cost of a hit).
 */
type Page = {
  parts: Buffer[];
  holes: ("nonce" | "token")[];
  headers: [string, string][];
  /**
   * What a hit without a Remix step sends (`serveCopy`): the path's security headers and the
   * page's, as one list of names and values, with the nonce's place in the policy kept apart.
   */
  head: { names: string[]; policy?: [before: string, after: string]; values: string[] };
};
type Rendered = { page?: Page; response: Response };

const onlyLanguageCookie = (cookie: string | undefined) => !cookie || cookie.split(";").every((pair) => pair.trim() === "" || pair.trim().startsWith("lang="));

/** How many periods a copy of this request's page may be shared for; 0: not shared. */
export function sharedPeriods(method: string, path: string, cookie: string | undefined, pages: readonly SharedPage[]) {
  if (method !== "GET" || !onlyLanguageCookie(cookie) || path.endsWith(".data")) return 0;
  return pages.find((page) => page.path.test(path))?.periods ?? 0;
}

/** The copy's key: the language (and whether the address named it), the path and the values of the parameters the page reads, in a fixed order. */
export function pageKey(lang: string, url: string, pages: readonly SharedPage[]) {
  const [path, query = ""] = url.split("?", 2);
  const page = pages.find((shared) => shared.path.test(path));
  const params = new URLSearchParams(query);
  const known = (page?.params ?? []).map((name) => `${name}=${encodeURIComponent(params.get(name) ?? "")}`);
  // English at `?lang=en` and English by cookie at the French address are two pages (their
  // canonical and alternate links differ: app/utils/meta.ts).
  const inAddress = langInAddress(url);
  return `${lang}${inAddress ? "@address" : ""} ${path}?${known.join("&")}`;
}

async function toPage(response: Response, context: AppLoadContext, path: string): Promise<Page | undefined> {
  const type = response.headers.get("Content-Type") ?? "";
  if (response.status !== 200 || response.headers.has("Set-Cookie") || !SHARED_TYPES.some((shared) => type.startsWith(shared))) return undefined;
  if (!context.cspNonce || !context.formGuardToken) return undefined;
  const headers = [...response.headers].filter(([name]) => name !== "content-length");
  return { ...cut(await response.text(), context.cspNonce, context.formGuardToken), headers, head: headList(path, headers) };
}

/** A nonce no response carries: where the policy's nonce goes. */
const NONCE_PLACE = "\u0000nonce\u0000";

/** The headers of a hit, in the order securityMiddleware then `send` set them (the page's own win over the path's). */
export function headList(path: string, headers: [string, string][]): Page["head"] {
  const own = new Set(headers.map(([name]) => name.toLowerCase()));
  const names: string[] = [];
  const values: string[] = [];
  let policy: [string, string] | undefined;
  for (const [name, value] of Object.entries(securityHeaders(path, NONCE_PLACE))) {
    if (own.has(name.toLowerCase())) continue;
    if (value.includes(NONCE_PLACE)) policy = value.split(NONCE_PLACE) as [string, string];
    names.push(name);
    values.push(value);
  }
  for (const [name, value] of headers) {
    names.push(name);
    values.push(value);
  }
  return { names, values, policy };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** The page's bytes between the occurrences of the nonce and of the form guard's token. */
export function cut(body: string, nonce: string, token: string): Pick<Page, "parts" | "holes"> {
  const pieces = body.split(new RegExp(`(${escapeRegExp(nonce)}|${escapeRegExp(token)})`));
  const parts: Buffer[] = [];
  const holes: Page["holes"] = [];
  pieces.forEach((piece, index) => {
    if (index % 2 === 0) parts.push(Buffer.from(piece));
    else holes.push(piece === nonce ? "nonce" : "token");
  });
  return { parts, holes };
}

/** The copy's chunks with this response's values in its gaps; the token is made only for a page that has one. */
export function fill(page: Pick<Page, "parts" | "holes">, nonce: string, token: () => string) {
  if (page.holes.length === 0) return page.parts;
  const values = { nonce: Buffer.from(nonce), token: page.holes.includes("token") ? Buffer.from(token()) : Buffer.alloc(0) };
  const chunks: Buffer[] = [];
  page.parts.forEach((part, index) => {
    chunks.push(part);
    if (index < page.holes.length) chunks.push(values[page.holes[index]]);
  });
  return chunks;
}

type PageResponse = ServerResponse & { locals?: Record<string, unknown> };

function send(res: PageResponse, page: Page, status: "hit" | "stale" | "miss") {
  const chunks = fill(page, String(res.locals?.cspNonce), issueFormGuardToken);
  res.statusCode = 200;
  for (const [name, value] of page.headers) res.setHeader(name, value);
  res.setHeader(
    "Content-Length",
    chunks.reduce((sum, chunk) => sum + chunk.length, 0),
  );
  res.setHeader("X-Page-Cache", status);
  write(res, chunks);
}

/** The chunks go to the socket as they are, in one writev: no copy of the page per response. */
function write(res: ServerResponse, chunks: Buffer[]) {
  res.cork();
  for (let i = 0; i < chunks.length - 1; i++) res.write(chunks[i]);
  res.end(chunks[chunks.length - 1]);
  res.uncork();
}

type Entry = { page?: Page; freshUntil: number; pending?: Promise<Page | undefined>; refreshing?: boolean; bytes?: number };

/** What a copy weighs in memory: its bytes, and its key and headers as UTF-16 strings. */
const pageBytes = (key: string, page: Page) =>
  page.parts.reduce((sum, part) => sum + part.length, 0) +
  2 * (key.length + page.headers.reduce((sum, [name, value]) => sum + name.length + value.length, 0)) +
  256;

/** Placed before Remix's handler (server.js): serves a shared copy of one of `pages`, or calls `next`. */
export function pageCache({ build, getLoadContext, pages }: { build: ServerBuild; getLoadContext: GetLoadContext; pages: readonly SharedPage[] }) {
  const handle = createRequestHandler(outageAwareBuild(build), build.mode);
  const entries = new Map<string, Entry>();

  async function render(req: IncomingMessage, res: ServerResponse): Promise<Rendered> {
    const context = getLoadContext(req, res);
    const response = await handle(await toFetchRequest(req, res), context);
    return { response, page: await toPage(response, context, (req.url ?? "/").split("?")[0]) };
  }

  let totalBytes = 0;
  function forget(key: string) {
    totalBytes -= entries.get(key)?.bytes ?? 0;
    entries.delete(key);
  }

  function store(key: string, page: Page, ttlMs: number) {
    forget(key);
    const bytes = pageBytes(key, page);
    // Least recently used first: a Map iterates in insertion order, and a hit re-inserts.
    for (const [oldest, entry] of entries) {
      if (totalBytes + bytes <= maxBytes()) break;
      if (!entry.pending) forget(oldest);
    }
    // Copies made together (after a deploy, say) would otherwise expire together and all be
    // re-rendered in the same instant: each lives 80 to 120 % of the period.
    entries.set(key, { page, bytes, freshUntil: Date.now() + ttlMs * (0.8 + 0.4 * Math.random()) });
    totalBytes += bytes;
  }

  /** A hit moves its copy to the recent end. */
  function touch(key: string, entry: Entry) {
    entries.delete(key);
    entries.set(key, entry);
  }

  /**
   * What a URL asks of the cache, worked out once per distinct URL (the request line's checks,
   * the page it is, its key but for the language): a busy page's hits skip the parsing. Bounded:
   * junk URLs empty it rather than grow it.
   */
  const plans = new Map<string, { ttlMs: number; key: string; lang?: string }>();
  function planOf(url: string, req: IncomingMessage) {
    let plan = plans.get(url);
    if (plan) return plan;
    try {
      checkRequestLine(req);
    } catch {
      return undefined;
    }
    const path = url.split("?")[0];
    const ttlMs = env().PAGE_CACHE_SECONDS * 1000 * sharedPeriods("GET", path, undefined, pages);
    // The key without its language (pageKey's first word), and the language the address names.
    const key = ttlMs ? pageKey("", url, pages) : "";
    plan = { ttlMs, key, lang: langInAddress(url) };
    if (plans.size >= 1024) plans.clear();
    plans.set(url, plan);
    return plan;
  }

  /**
   * A fresh copy for an anonymous GET, sent with its security headers in one step, before the
   * security middleware and Remix: the busiest path of the site under a spike. Anything else
   * (a cookie, a stale or missing copy, a method other than GET) returns false and takes the
   * full path, which sends the same bytes and headers.
   */
  function serveCopy(req: IncomingMessage, res: ServerResponse) {
    if (req.method !== "GET" || req.headers.cookie !== undefined || !isPlainHost(req.headers.host)) return false;
    const url = req.url ?? "/";
    const plan = planOf(url, req);
    if (!plan?.ttlMs) return false;
    const lang = plan.lang ?? langWithoutChoice(req.headers["accept-language"], url);
    const key = lang + plan.key;
    const entry = entries.get(key);
    if (!entry?.page || Date.now() >= entry.freshUntil) return false;
    const { page } = entry;
    const nonce = freshNonce();
    const chunks = fill(page, nonce, issueFormGuardToken);
    let length = 0;
    for (const chunk of chunks) length += chunk.length;
    const head: string[] = [];
    const { names, values, policy } = page.head;
    for (let i = 0; i < names.length; i++) head.push(names[i], policy && names[i] === "Content-Security-Policy" ? policy[0] + nonce + policy[1] : values[i]);
    head.push("Content-Length", String(length), "X-Page-Cache", "hit");
    res.writeHead(200, head);
    write(res, chunks);
    return true;
  }

  return Object.assign(pageCacheMiddleware, { serveCopy });

  async function pageCacheMiddleware(req: IncomingMessage, res: PageResponse, next: (error?: unknown) => void) {
    const url = req.url ?? "/";
    try {
      checkRequestLine(req);
    } catch {
      return next(); // Remix's handler answers it (app/utils/node-http.server.ts)
    }
    const ttlMs = env().PAGE_CACHE_SECONDS * 1000 * sharedPeriods(req.method ?? "GET", url.split("?")[0], req.headers.cookie, pages);
    if (ttlMs === 0) return next();
    try {
      const cookie = req.headers.cookie;
      const lang = cookie ? await langFromHeaders(cookie, req.headers["accept-language"], url) : langWithoutChoice(req.headers["accept-language"], url);
      const key = pageKey(lang, url, pages);
      const now = Date.now();
      const entry = entries.get(key);
      if (entry?.page) {
        touch(key, entry);
        if (now < entry.freshUntil) return send(res, entry.page, "hit");
        // Past its time, a copy is still served for one more period while this request's
        // render replaces it, so that no visitor of a busy page waits for a render; a copy is
        // never more than two periods old.
        if (now < entry.freshUntil + ttlMs) {
          if (!entry.refreshing) {
            entry.refreshing = true;
            render(req, res).then(
              ({ page }) => (page ? store(key, page, ttlMs) : forget(key)),
              (error) => {
                entry.refreshing = false;
                log.error("page cache: refresh failed", { url, error });
              },
            );
          }
          return send(res, entry.page, "stale");
        }
      }
      if (entry?.pending) {
        const page = await entry.pending;
        return page ? send(res, page, "hit") : next();
      }
      // Nothing to share yet: this request renders, and visitors arriving meanwhile wait for it.
      const rendering = render(req, res);
      const pending = rendering.then(
        ({ page }) => page,
        () => undefined,
      );
      entries.set(key, { freshUntil: 0, pending });
      const forgetPending = () => entries.get(key)?.pending === pending && entries.delete(key);
      const { page, response } = await rendering.catch((error) => {
        forgetPending();
        throw error;
      });
      if (page) {
        store(key, page, ttlMs);
        return send(res, page, "miss");
      }
      forgetPending(); // a 404 or a redirect is not kept: those who waited render their own
      await sendFetchResponse(res, response);
    } catch (error) {
      next(error);
    }
  }
}
