// What a hostile visitor sends, against the running build: every form the crawl finds (public
// pages from the home page's links, organizers' pages from /admin's) is posted with malformed,
// oversized, NUL-laden and control-character values, broken multipart bodies, other content
// types and ids that are not UUIDs; pages are asked for with broken paths, query strings and
// headers. Not one answer may be a 5xx. Forms are found by crawling, never listed, so that forms
// added later are covered. Every submission gets past the form guard (its honeypot left empty and
// a genuine token older than the human delay), so that what it carries reaches the actions
// (issue 29: a NUL byte in inseeCode only failed once past it). It posts organizers' forms too
// (digests, closings), which would disturb the journeys: it runs beside them on a site and a
// database of its own (tests/support/e2e-ports.ts).
import { readdirSync, readFileSync } from "node:fs";
import http from "node:http";
import { networkInterfaces } from "node:os";
import { createCookieSessionStorage } from "@remix-run/node";
import { addOrganizer, setOrganizerLegal } from "~/models/organizer.server";
import { createOrganizerSession } from "~/models/organizer-session.server";
import { FORM_GUARD_FIELDS } from "~/utils/form-guard-fields";
import { issueFormGuardToken } from "~/utils/form-guard.server";
import { demoHost } from "../../../scripts/demo-host";
import { databaseUrl, testDatabaseName } from "../../support/databases";
import { e2eDatabase, e2ePorts } from "../../support/e2e-ports";
import { MALFORMED_RESEND_BODIES, MALFORMED_STRIPE_BODIES, stripeSignedHeaders, svixSignedHeaders } from "../../support/malformed-webhooks";
import { startSiteProcess } from "../../support/site-process";
import { E2E_RESEND_WEBHOOK_SECRET, TEST_ENV } from "../../support/test-env";
import { expect, test } from "../fixtures";

const PORT = e2ePorts("hostile").site;
// This worker's rows (the organizer whose browser is played) go to the hostile site's database.
process.env.DATABASE_URL = databaseUrl(testDatabaseName(e2eDatabase("hostile")));
const BASE = `http://localhost:${PORT}`;

type Field = { name: string; value: string; type: string };
type FoundForm = { page: string; action: string; method: string; enctype: string; fields: Field[]; submits: Field[] };
type Answer = { status: number; what: string };

/**
 * The commune box (app/components/commune-search.tsx) posts the INSEE code of the suggestion
 * picked, in a field that exists only once one is picked (issue 29: a NUL byte in it was a 500).
 */
const SCRIPTED_FIELDS: Record<string, string> = { commune: "inseeCode" };

/** The guard's fields are a person's: the honeypot left empty, a token older than the human delay. */
const GUARD_FIELDS = new Set<string>(Object.values(FORM_GUARD_FIELDS));
const humanGuard = (name: string) => (name === FORM_GUARD_FIELDS.token ? issueFormGuardToken(Date.now() - 3_600_000) : "");

const decode = (value: string) =>
  value.replaceAll("&quot;", '"').replaceAll("&#x27;", "'").replaceAll("&#39;", "'").replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&");
const attr = (tag: string, name: string) => {
  const match = new RegExp(`\\s${name}="([^"]*)"`, "i").exec(tag);
  return match ? decode(match[1]) : undefined;
};

/** Links and forms of a page, read from its HTML. */
function parsePage(pageUrl: string, html: string) {
  const links = [...html.matchAll(/<a\s[^>]*href="([^"]*)"/gi)].map((match) => decode(match[1]));
  const forms: FoundForm[] = [];
  for (const match of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
    const [, open, inner] = match;
    const fields: Field[] = [];
    const submits: Field[] = [];
    const seenRadios = new Set<string>();
    // Only a select or a textarea has a body: an input's match must not run on to the next
    // </textarea>, swallowing the fields in between (the guard's token and the commune were lost).
    for (const input of inner.matchAll(/<(select|textarea)\b([^>]*)>([\s\S]*?)<\/\1>|<(input|button)\b([^>]*)>/gi)) {
      const kind = input[1] ?? input[4];
      const attrs = input[2] ?? input[5];
      const body = input[3] ?? "";
      const name = attr(attrs, "name");
      const type = (attr(attrs, "type") ?? (kind.toLowerCase() === "button" ? "submit" : kind.toLowerCase())).toLowerCase();
      if (type === "submit") {
        if (name) submits.push({ name, value: attr(attrs, "value") ?? "", type });
        continue;
      }
      if (!name || type === "file") continue;
      if (type === "radio") {
        if (seenRadios.has(name)) continue;
        seenRadios.add(name);
      }
      let value = attr(attrs, "value") ?? "";
      if (kind.toLowerCase() === "select") value = decode(/<option\b[^>]*value="([^"]*)"/i.exec(body)?.[1] ?? "");
      if (kind.toLowerCase() === "textarea") value = decode(body);
      if (type === "checkbox") value ||= "on";
      if (!value && type !== "hidden" && !GUARD_FIELDS.has(name)) value = type === "email" ? "fuzz@example.org" : type === "number" ? "5" : "Texte d'essai";
      fields.push({ name, value, type });
    }
    forms.push({
      page: pageUrl,
      action: new URL(attr(open, "action") ?? pageUrl, BASE + pageUrl).pathname + (attr(open, "action") ? "" : new URL(BASE + pageUrl).search),
      method: (attr(open, "method") ?? "get").toLowerCase(),
      enctype: attr(open, "enctype") ?? "application/x-www-form-urlencoded",
      fields,
      submits,
    });
  }
  return { links, forms };
}

type SendOptions = { method?: string; headers?: Record<string, string>; body?: Buffer | string };

/** One request through node:http, so that any method, header and body can be sent. */
async function send(path: string, options: SendOptions = {}) {
  return (await exchange(path, options)).status;
}

/** The same, with the answer's headers and page. */
function exchange(path: string, { method = "GET", headers = {}, body }: SendOptions = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const request = http.request({ host: "127.0.0.1", port: PORT, path, method, headers: { host: `localhost:${PORT}`, ...headers } }, (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (text += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }));
    });
    request.on("error", (error: NodeJS.ErrnoException) => {
      // A request line past the URL cap (8 KB) is answered 414 and the connection closed while
      // the client is still sending its head: what the client sees is a reset, not a 5xx.
      if ((error.code === "ECONNRESET" || error.code === "EPIPE") && path.length > 8 * 1024) return resolve({ status: 414, headers: {}, body: "" });
      reject(new Error(`${method} ${path.slice(0, 80)}…: ${error.message}`));
    });
    request.end(body);
  });
}

const shape = (path: string) => {
  const segments = path.split("/").filter(Boolean);
  // The first two segments name the page ("admin/recours"); deeper ones are ids and slugs.
  return `${segments.slice(0, 2).join("/")}/${segments.length}`;
};
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const SKIP = /^\/(build|favicon|fonts|images)|\.(css|js|png|jpe?g|svg|ico|pdf|csv|atom|json|webmanifest|txt|xml)$/;

/** Pages reachable from `start` (same site, under `prefix`), a few of each shape. */
async function crawl(start: string[], prefix: string, cookie: string) {
  const queue = [...start];
  const seen = new Set<string>();
  const perShape = new Map<string, number>();
  const pages: { url: string; forms: FoundForm[]; cacheControl: string }[] = [];
  while (queue.length > 0 && pages.length < 120) {
    const url = queue.shift()!;
    const { pathname, search } = new URL(url, BASE);
    const key = pathname + search;
    if (seen.has(key) || !pathname.startsWith(prefix) || SKIP.test(pathname) || pathname === "/deconnexion") continue;
    seen.add(key);
    const count = perShape.get(shape(pathname)) ?? 0;
    if (count >= 4) continue;
    perShape.set(shape(pathname), count + 1);
    const response = await fetch(BASE + key, { headers: { cookie, "accept-language": "fr" }, redirect: "manual" });
    expect(response.status, `GET ${key}`).toBeLessThan(500);
    if (!(response.headers.get("content-type") ?? "").startsWith("text/html")) continue;
    const { links, forms } = parsePage(key, await response.text());
    pages.push({ url: key, forms, cacheControl: response.headers.get("cache-control") ?? "" });
    for (const link of links) if (link.startsWith("/") && !link.startsWith("//")) queue.push(link);
  }
  return pages;
}

const NUL = "\u0000";
const CONTROL = "a\u0001\u0002\u001b\u007fb";
const BOUNDARY = "----fuzz7MA4YWxkTrZu0gW";

function multipart(entries: [string, string][], boundary = BOUNDARY) {
  const parts = entries.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  return parts.join("") + `--${boundary}--\r\n`;
}

/** The malformed submissions of one form: every field at once, each field alone, broken bodies. */
function* variants(form: FoundForm): Generator<{ what: string; path: string; entries?: [string, string][]; raw?: { type?: string; body: string } }> {
  // The guard's fields travel with every variant, as a person's browser sends them; the others are
  // the ones malformed.
  const guard: [string, string][] = form.fields.filter((field) => GUARD_FIELDS.has(field.name)).map((field) => [field.name, humanGuard(field.name)]);
  const base: [string, string][] = form.fields.filter((field) => !GUARD_FIELDS.has(field.name)).map((field) => [field.name, field.value]);
  // Fields that scripts add to a form, which the HTML alone does not show.
  for (const [field, companion] of Object.entries(SCRIPTED_FIELDS)) {
    if (base.some(([name]) => name === field) && !base.some(([name]) => name === companion)) base.push([companion, ""]);
  }
  const submits = form.submits.length > 0 ? form.submits : [undefined];
  for (const submit of submits) {
    const withSubmit = (entries: [string, string][]): [string, string][] => [
      ...entries,
      ...guard,
      ...(submit ? [[submit.name, submit.value] as [string, string]] : []),
    ];
    const all = (value: string) => withSubmit(base.map(([name]) => [name, value]));
    yield { what: "as found", path: form.action, entries: withSubmit(base) };
    yield { what: "NUL everywhere", path: form.action, entries: all(NUL) };
    yield { what: "control characters", path: form.action, entries: all(CONTROL.repeat(50)) };
    yield { what: "oversized values", path: form.action, entries: all("é".repeat(40_000)) };
    yield { what: "not a UUID", path: form.action, entries: all("not-a-uuid") };
    yield { what: "numbers out of range", path: form.action, entries: all("-99999999999999999999") };
    yield { what: "every field twice", path: form.action, entries: withSubmit([...base, ...base.map(([name]) => [name, "deux"] as [string, string])]) };
    yield { what: "no fields", path: form.action, entries: withSubmit([]) };
    for (const [index, [name]] of base.entries()) {
      const one = (value: string) => withSubmit(base.map((entry, i) => (i === index ? [entry[0], value] : entry)));
      yield { what: `NUL in ${name}`, path: form.action, entries: one(`x${NUL}y`) };
      yield { what: `${name} oversized`, path: form.action, entries: one("x".repeat(100_000)) };
    }
    if (form.method === "post") {
      yield { what: "single fetch", path: form.action === "/" ? "/_root.data" : `${form.action}.data`, entries: withSubmit(base) };
      yield { what: "multipart", path: form.action, raw: { type: `multipart/form-data; boundary=${BOUNDARY}`, body: multipart(withSubmit(base)) } };
      // A form body without its Content-Type (issue 29: `curl -X POST -d ...`).
      yield { what: "form body, no Content-Type", path: form.action, raw: { body: new URLSearchParams(withSubmit(base)).toString() } };
    }
  }
  if (form.method === "post") {
    yield {
      what: "malformed multipart",
      path: form.action,
      raw: { type: `multipart/form-data; boundary=${BOUNDARY}`, body: `--${BOUNDARY}\r\nContent-Disposition: form-data; name="x"\r\n\r\nno end` },
    };
    yield { what: "multipart without boundary", path: form.action, raw: { type: "multipart/form-data", body: "garbage" } };
    yield {
      what: "multipart, NUL in a name",
      path: form.action,
      raw: { type: `multipart/form-data; boundary=${BOUNDARY}`, body: multipart([[`a${NUL}b`, NUL]]) },
    };
    yield {
      what: "1,000 parts",
      path: form.action,
      raw: { type: `multipart/form-data; boundary=${BOUNDARY}`, body: multipart(Array.from({ length: 1000 }, (_, i) => [`p${i}`, "x"])) },
    };
    yield { what: "text/plain", path: form.action, raw: { type: "text/plain", body: "hello" } };
    // No body at all (issue 29: `curl -si -X POST /lettre` was a 500 on every form route).
    yield { what: "empty body, no Content-Type", path: form.action, raw: { body: "" } };
    yield { what: "empty body, single fetch", path: form.action === "/" ? "/_root.data" : `${form.action}.data`, raw: { body: "" } };
    yield { what: "empty body, text/plain", path: form.action, raw: { type: "text/plain", body: "" } };
    yield { what: "empty body, JSON", path: form.action, raw: { type: "application/json", body: "" } };
    yield { what: "JSON", path: form.action, raw: { type: "application/json", body: '{"a":' } };
    yield { what: "bad charset", path: form.action, raw: { type: "application/x-www-form-urlencoded; charset=utf-42", body: "a=%FF%FE&b=%E0%A4%A" } };
  }
  if (UUID.test(form.action)) {
    yield { what: "id not a UUID", path: form.action.replace(UUID, "not-a-uuid"), entries: [...base, ...guard] };
    yield { what: "unknown id", path: form.action.replace(UUID, "00000000-0000-0000-0000-000000000000"), entries: [...base, ...guard] };
    yield { what: "dashes id", path: form.action.replace(UUID, "-".repeat(36)), entries: [...base, ...guard] };
  }
}

async function submit(form: FoundForm, variant: ReturnType<typeof variants> extends Generator<infer V> ? V : never, cookie: string): Promise<Answer> {
  const headers: Record<string, string> = { cookie, origin: BASE, "accept-language": "en" };
  if (form.method !== "post") {
    const query = new URLSearchParams(variant.entries ?? []).toString();
    return { status: await send(`${variant.path}?${query}`, { headers }), what: `GET ${variant.path} (${variant.what})` };
  }
  let body: string;
  if (variant.raw) {
    if (variant.raw.type) headers["content-type"] = variant.raw.type;
    body = variant.raw.body;
  } else if (form.enctype === "multipart/form-data") {
    headers["content-type"] = `multipart/form-data; boundary=${BOUNDARY}`;
    body = multipart(variant.entries ?? []);
  } else {
    headers["content-type"] = "application/x-www-form-urlencoded";
    body = new URLSearchParams(variant.entries ?? []).toString();
  }
  return { status: await send(variant.path, { method: "POST", headers, body }), what: `POST ${variant.path} from ${form.page} (${variant.what})` };
}

/** Broken paths and query strings of a page. */
function* pageVariants(url: string) {
  const { pathname } = new URL(url, BASE);
  const segments = pathname.split("/");
  const last = (value: string) => [...segments.slice(0, -1), value].join("/") || "/";
  yield `${pathname}?x=%00`;
  yield `${pathname}?${"a".repeat(3000)}=${"b".repeat(900)}`;
  yield `${pathname}?q=%E0%A4%A&tri=%C0%AF&statut[]=x&ville=${encodeURIComponent(CONTROL)}`;
  // The map's and the lists' filters (issue 15), repeated, empty, NUL, oversized, out of range.
  yield `${pathname}?departement=%00&departement=2A&statut=%00&type=..%2F..&page=-1&page=99999999999999999999`;
  yield `${pathname}?departement=${"9".repeat(5000)}&statut=${encodeURIComponent(CONTROL)}&type=&supprime&session_id=%00`;
  if (pathname !== "/") {
    yield last("%00");
    yield last("%E0%A4%A");
    yield last("not-a-uuid");
    yield last("x".repeat(1000));
    yield last("..%2F..%2Fetc%2Fpasswd");
  }
  if (UUID.test(pathname)) yield pathname.replace(UUID, "not-a-uuid");
}

/** A session of an organizer with every role, made the way sign-in makes it (app/models/session.server.ts). */
async function adminCookie() {
  const organizer = await addOrganizer({
    email: `fuzz-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@collectif.example`,
    role: "ADMIN",
    addedBy: null,
  });
  // With the legal flag, so that the mandates' screens (issue 26) are fuzzed too.
  await setOrganizerLegal({ organizerId: organizer.id, legal: true, by: null });
  const storage = createCookieSessionStorage({ cookie: { name: "__Host-session", secrets: [TEST_ENV.SESSION_SECRET], path: "/", secure: true } });
  const session = await storage.getSession();
  session.set("token", await createOrganizerSession({ organizerId: organizer.id }));
  return (await storage.commitSession(session)).split(";")[0];
}

/** Runs `task` over `items`, `width` at a time: the variants of one form go together. */
async function inParallel<T, R>(items: T[], width: number, task: (item: T) => Promise<R>) {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += width) results.push(...(await Promise.all(items.slice(i, i + width).map(task))));
  return results;
}

async function fuzz(pages: { url: string; forms: FoundForm[] }[], cookie: () => Promise<string>) {
  const failures: Answer[] = [];
  let requests = 0;
  const seenForms = new Set<string>();
  let current = await cookie();
  for (const { url, forms } of pages) {
    for (const path of pageVariants(url)) {
      const status = await send(path, { headers: { cookie: current } });
      requests++;
      if (status >= 500) failures.push({ status, what: `GET ${path}` });
    }
    for (const form of forms) {
      const key = `${form.method} ${form.action.replace(UUID, ":id")} ${form.fields.map((f) => f.name).join(",")} ${form.submits.map((s) => s.value).join(",")}`;
      if (seenForms.has(key)) continue;
      seenForms.add(key);
      const answers = await inParallel([...variants(form)], 4, (variant) => submit(form, variant, current));
      requests += answers.length;
      failures.push(...answers.filter((answer) => answer.status >= 500));
      // Some organizers' forms end the session that posts them (removing an organizer):
      // the next forms get a fresh one.
      if (current && (await send("/admin", { headers: { cookie: current } })) !== 200) current = await cookie();
    }
  }
  return { failures, requests, forms: seenForms.size };
}

test.describe.configure({ mode: "serial" });
test.setTimeout(600_000);

test("no answer of 500 or more for anything a visitor sends to any public form or page", async () => {
  const pages = await crawl(
    // Issue 13's and 15's pages too: "my data", project pages (from /projets), companies, the map.
    [
      "/",
      "/signaler",
      "/lettre",
      "/benevoles",
      "/don",
      "/connexion",
      "/villes?q=paris",
      "/don/gerer",
      "/mes-donnees",
      "/projets",
      "/entreprises",
      "/carte",
      "/carte?departement=13",
      "/mes-donnees/not-a-token",
      // Mandates (issue 26): the demo's open campaign, its form, and a forged personal link.
      "/mandats/nice-vsa",
      "/mandat/not-a-token",
      // Events (issue 25): the demo's walk, its registration form, and a forged personal link.
      "/agenda/cartopartie-cameras-marseille",
      "/inscription/not-a-token",
      // The campaign calendar (issue 25): its filters (a GET form) and the commune page's dates.
      "/agenda",
      "/agenda?departement=13&du=2027-02-31",
      // Local groups (issue 25): the list and its search, a group's forms, a start request, forged links.
      "/groupes",
      "/groupes?q=13001",
      "/groupes/marseille",
      "/villes/lyon/groupe",
      "/groupes/membre/not-a-token",
      "/groupes/invitation/not-a-token",
      "/groupes/demande/not-a-token",
    ],
    "/",
    "",
  );
  const paths = pages.map((page) => page.url);
  for (const expected of ["/mes-donnees", "/entreprises", "/carte"]) expect(paths).toContain(expected);
  expect(
    paths.some((path) => /^\/projets\/[a-z0-9-]+$/.test(path)),
    "a project page",
  ).toBe(true);
  expect(pages.length).toBeGreaterThan(10);
  const { failures, requests, forms } = await fuzz(pages, async () => "");
  console.log(`public: ${pages.length} pages, ${forms} forms, ${requests} requests`);
  expect(forms).toBeGreaterThan(8);
  expect(failures).toEqual([]);
});

test("no answer of 500 or more for anything an organizer's browser sends to any admin form or page", async () => {
  const cookie = await adminCookie();
  const pages = await crawl(
    ["/admin", "/admin/projets", "/admin/entreprises", "/admin/mandats", "/admin/agenda/seance", "/admin/groupes", "/admin/evenements"],
    "/admin",
    cookie,
  );
  const paths = pages.map((page) => page.url);
  for (const expected of ["/admin/projets", "/admin/entreprises"]) expect(paths).toContain(expected);
  expect(
    paths.some((path) => UUID.test(path) && path.startsWith("/admin/projets/")),
    "a project's admin page",
  ).toBe(true);
  expect(pages.length).toBeGreaterThan(8);
  // Organizers' pages show personal data: never stored (issue 29, item 6; ASVS 14.3.2).
  expect(pages.filter((page) => !page.cacheControl.includes("no-store")).map((page) => `${page.url}: ${page.cacheControl}`)).toEqual([]);
  // Their data too, as single fetch asks for it on a client-side navigation.
  expect((await exchange("/admin/benevoles.data", { headers: { cookie } })).headers["cache-control"]).toBe("private, no-store");
  const { failures, requests, forms } = await fuzz(pages, adminCookie);
  console.log(`admin: ${pages.length} pages, ${forms} forms, ${requests} requests`);
  expect(forms).toBeGreaterThan(8);
  expect(failures).toEqual([]);
});

test("ids that are not UUIDs, broken request lines and headers get 4xx answers", async () => {
  const cookie = await adminCookie();
  const idPaths = [
    "/admin/recours/not-a-uuid",
    "/admin/signalements/not-a-uuid",
    "/admin/petitions/not-a-uuid",
    "/documents/not-a-uuid",
    "/recours/not-a-uuid",
    "/lettre/archives/not-a-uuid",
    "/admin/projets/not-a-uuid",
    `/admin/projets/${"-".repeat(36)}`,
    "/admin/mandats/not-a-uuid/depot",
    "/admin/mandats/not-a-uuid/liste.csv",
    "/admin/mandats/not-a-uuid/annexe.pdf",
    "/projets/%00",
    "/entreprises/%00",
  ];
  for (const path of idPaths) {
    for (const method of ["GET", "POST"]) {
      const status = await send(path, {
        method,
        headers: { cookie, origin: BASE, "content-type": "application/x-www-form-urlencoded" },
        body: method === "POST" ? "intent=publish" : undefined,
      });
      expect(status, `${method} ${path}`).toBeGreaterThanOrEqual(400);
      expect(status, `${method} ${path}`).toBeLessThan(500);
    }
  }
  // A "my data" link that is not one (NUL, junk, oversized) sends back to the request form.
  for (const token of ["%00", "not-a-token", "x".repeat(2000), "..%2F..%2Fetc"]) {
    for (const method of ["GET", "POST"]) {
      const status = await send(`/mes-donnees/${token}`, {
        method,
        headers: { origin: BASE, "content-type": "application/x-www-form-urlencoded" },
        body: method === "POST" ? "intent=all" : undefined,
      });
      expect(status, `${method} /mes-donnees/${token.slice(0, 20)}`).toBeLessThan(500);
    }
  }
  expect(await send("/", { headers: { host: "[" } })).toBe(400);
  expect(await send("/", { method: "TRACE" })).toBe(405);
  expect(await send("/", { method: "PROPFIND" })).toBe(405);
  expect(await send(`/villes?q=${"a".repeat(9000)}`)).toBe(414);
  expect(await send("/", { headers: { "x-big": "a".repeat(20_000) } })).toBe(431);
  expect(await send("/villes/%00")).toBe(400);
  expect(await send("/don/merci?session_id=%00")).toBe(400);
});

test("issue 13 and 15's feeds, open data and map table take junk query strings and slugs without a 5xx", async () => {
  const junk = `?departement=%00&statut=${encodeURIComponent(CONTROL)}&type=${"x".repeat(3000)}&type=DRONES&page=-1`;
  const paths = [
    `/carte${junk}`,
    `/carte.csv${junk}`,
    `/projets.json${junk}`,
    `/entreprises.json${junk}`,
    `/projets.atom${junk}`,
    `/entreprises${junk}`,
    "/projets/%00/flux.atom",
    `/projets/${"a".repeat(500)}/flux.atom`,
    "/projets/not-a-slug!/flux.atom",
    "/entreprises/%E0%A4%A",
    "/mes-donnees/export/%00",
    // The calendar's feeds (issue 25).
    `/agenda${junk}&du=${"9".repeat(50)}&au=%00`,
    `/agenda.ics${junk}`,
    `/agenda.atom${junk}`,
    `/agenda.json${junk}`,
    "/agenda/%00.ics",
    `/agenda/${"a".repeat(500)}.ics`,
    "/agenda/not-a-slug!.ics",
    "/villes/%00/agenda.ics",
    "/villes/not-a-commune/agenda.ics",
    "/groupes/not-a-group/agenda.ics",
    `/groupes/${"a".repeat(500)}/agenda.ics`,
    "/demande/not-a-token/echeances.ics",
    `/demande/${"x".repeat(2000)}/echeances.ics`,
  ];
  for (const path of paths) {
    for (const method of ["GET", "POST"]) {
      const status = await send(path, {
        method,
        headers: { origin: BASE, "content-type": "application/x-www-form-urlencoded" },
        body: method === "POST" ? `email=${NUL}` : undefined,
      });
      expect(status, `${method} ${path.slice(0, 60)}`).toBeLessThan(500);
    }
  }
});

test("webhooks answer a validly signed body that is not an event with a 4xx (issue 29, item 7)", async () => {
  const deliveries = [
    ...MALFORMED_STRIPE_BODIES.map((body) => ({ path: "/webhooks/stripe", body, headers: stripeSignedHeaders(body, "whsec_test_stand_in") })),
    ...MALFORMED_RESEND_BODIES.map((body) => ({ path: "/webhooks/resend", body, headers: svixSignedHeaders(body, E2E_RESEND_WEBHOOK_SECRET) })),
  ];
  const answers = await inParallel(deliveries, 4, async ({ path, body, headers }) => ({
    what: `${path} ${body.slice(0, 50)}`,
    status: await send(path, { method: "POST", headers, body }),
  }));
  expect(answers.filter((answer) => answer.status < 400 || answer.status >= 500)).toEqual([]);
});

test("pages reached through a personal link are never stored; the language switch stays on the site (issue 29, items 5 and 6)", async () => {
  for (const path of [
    "/benevole/not-a-token",
    "/demande/not-a-token",
    "/demande/not-a-token/recours.txt",
    "/demande/not-a-token/recours.pdf",
    "/demande/not-a-token/recours.odt",
    "/signature/not-a-token",
    "/don/gerer/not-a-token",
    "/mes-donnees/not-a-token",
    "/mandat/not-a-token",
  ]) {
    const answer = await exchange(path);
    expect(answer.status, path).toBeLessThan(500);
    if (String(answer.headers["content-type"]).startsWith("text/html")) expect(answer.headers["cache-control"], path).toBe("private, no-store");
  }
  for (const redirectTo of ["/..//evil.example/", "/./\\evil.example", "//evil.example", "/\t/evil.example"]) {
    const answer = await exchange("/langue", {
      method: "POST",
      headers: { origin: BASE, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ lang: "en", redirectTo }).toString(),
    });
    expect(answer.headers.location, JSON.stringify(redirectTo)).toBe("/");
  }
});

test("a report with a file named a;b.pdf keeps what was typed, never the generic 400 page (issue 29, item 11)", async () => {
  const page = await (await fetch(`${BASE}/signaler`, { headers: { "accept-language": "fr" } })).text();
  const form = parsePage("/signaler", page).forms.find((found) => found.action === "/signaler" && found.method === "post");
  expect(form, "the report form").toBeDefined();
  const description = "Caméras « intelligentes » devant la gare";
  const body = new FormData();
  for (const field of form!.fields) {
    const value = GUARD_FIELDS.has(field.name) ? humanGuard(field.name) : field.name === "description" ? description : field.value;
    body.append(field.name, value);
  }
  body.append("documents", new Blob(["%PDF-1.4 hostile"], { type: "application/pdf" }), "a;b.pdf");
  const answer = await fetch(`${BASE}/signaler`, { method: "POST", body, headers: { origin: BASE, "accept-language": "fr" }, redirect: "manual" });
  // Accepted (on to the verification page), or the form again with what was typed and the
  // message next to the field that needs it.
  if (answer.status !== 302 && answer.status !== 303) {
    expect(answer.status).toBeLessThan(500);
    expect(await answer.text()).toContain(description);
  }
});

test("the demo's web process listens on this machine only, unless HOST says otherwise (issue 29, item 10)", async () => {
  const external = Object.values(networkInterfaces())
    .flat()
    .find((address) => address && !address.internal && address.family === "IPv4")?.address;
  test.skip(!external, "this machine has no other interface than loopback");
  const site = await startSiteProcess({
    ...process.env,
    ...TEST_ENV,
    NODE_ENV: "production",
    DATABASE_URL: process.env.E2E_DATABASE_URL,
    HOST: demoHost(undefined),
  });
  try {
    const { port } = new URL(site.url);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    const fromOutside = await fetch(`http://${external}:${port}/healthz`).then(
      (response) => response.status,
      (error: Error & { cause?: { code?: string } }) => error.cause?.code ?? error.message,
    );
    expect(fromOutside).toBe("ECONNREFUSED");
  } finally {
    await site.stop();
  }
});

/** The site's web process (tests/support/e2e-server.ts starts one, on E2E_PORT). */
function serverPid() {
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const command = readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0");
      if (!command.includes("server.js")) continue;
      if (readFileSync(`/proc/${entry}/environ`, "utf8").split("\0").includes(`PORT=${PORT}`)) return Number(entry);
    } catch {
      // a process that ended meanwhile
    }
  }
  throw new Error(`no server.js with PORT=${PORT}`);
}
const rssBytes = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))![1]) * 1024;

/** POSTs `total` bytes in 1 MB writes and resolves with the answer's status and page as soon as it comes. */
function postLarge(path: string, total: number, { chunked = false } = {}) {
  return new Promise<{ status: number; body: string; ms: number }>((resolve, reject) => {
    const started = performance.now();
    const headers: Record<string, string> = {
      host: `localhost:${PORT}`,
      "content-type": "application/x-www-form-urlencoded",
      origin: BASE,
      "accept-language": "en-GB,en;q=0.9",
    };
    if (!chunked) headers["content-length"] = String(total);
    const request = http.request({ host: "127.0.0.1", port: PORT, path, method: "POST", headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8"), ms: performance.now() - started });
        request.destroy(); // stop sending the rest
      });
    });
    request.on("error", (error: NodeJS.ErrnoException) => {
      // The server closes the connection once it has answered: writing further fails.
      if (error.code !== "EPIPE" && error.code !== "ECONNRESET") reject(error);
    });
    const chunk = Buffer.alloc(1024 * 1024, "a");
    let sent = 0;
    const write = () => {
      while (sent < total && !request.destroyed) {
        sent += chunk.length;
        if (!request.write(sent <= total ? chunk : chunk.subarray(0, total - sent + chunk.length))) return void request.once("drain", write);
      }
      if (!request.destroyed) request.end();
    };
    write();
  });
}

test("a 60 MB body to a form route gets the 413 page at once, and the process does not grow", async () => {
  const pid = serverPid();
  const before = rssBytes(pid);
  for (const chunked of [false, true]) {
    const answer = await postLarge("/connexion", 60 * 1024 * 1024, { chunked });
    expect(answer.status).toBe(413);
    expect(answer.body).toContain("Too much data sent");
    expect(answer.ms, "the answer comes before the body is sent").toBeLessThan(2_000);
    console.log(`60 MB ${chunked ? "chunked" : "with Content-Length"}: 413 in ${Math.round(answer.ms)} ms`);
  }
  const growth = rssBytes(pid) - before;
  console.log(`web process memory: ${(before / 1048576).toFixed(1)} MB before, grew ${(growth / 1048576).toFixed(1)} MB`);
  expect(growth).toBeLessThan(20 * 1024 * 1024);
});
