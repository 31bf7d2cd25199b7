// Territorial rights (issue 25): every /admin route module, read from app/routes, has a decision
// here (a new admin page without one fails the first test). A coordinator of Nice then calls each
// loader and action against Marseille's records: refused with a 403 (never a redirect to sign in),
// nothing changed in the database, nothing of Marseille's in what comes back, and the refusal in
// the audit log. The same coordinator on Nice's records is served.
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, test } from "vitest";
import { addOrganizer } from "~/models/organizer.server";
import { signIn } from "~/models/session.server";
import { db } from "~/utils/db.server";
import { loader as reportDocumentLoader } from "~/routes/documents.$id";
import { action as organizersAction, loader as organizersLoader } from "~/routes/admin.organisateurs";
import { loader as newPetitionLoader } from "~/routes/admin.petitions.nouvelle";
import { loader as requestDocumentLoader } from "~/routes/demandes.documents.$id";
import { aCoordinator, communeRecords, MARSEILLE, NICE } from "../factories/territory";

const ROUTES = fileURLToPath(new URL("../../app/routes/", import.meta.url));

type Records = Awaited<ReturnType<typeof communeRecords>>;
type RecordKey = "petition" | "report" | "project" | "request" | "volunteer" | "group" | "event";
type Form = Record<string, string>;

/**
 * national: coordinators get a 403 on the loader and the action. territorial: open to a
 * coordinator, restricted to their territory — `item` names the record of the route's :id;
 * a list page filters instead, and its action (`form`) or its loader (`query`) names a record.
 */
type Decision =
  | { access: "national" }
  | { access: "territorial"; item?: RecordKey; form?: (records: Records) => Form; query?: (records: Records) => string; shows?: (records: Records) => string };

const national: Decision = { access: "national" };
const item = (record: RecordKey, form: Form = {}): Decision => ({ access: "territorial", item: record, form: () => form });

/** Every admin route module and its decision. */
const DECISIONS: Record<string, Decision> = {
  "admin.tsx": { access: "territorial" },
  "admin._index.tsx": { access: "territorial" },
  // Reports and projects of their communes.
  "admin.signalements._index.tsx": { access: "territorial", shows: (r) => r.names[1] },
  "admin.signalements.$id.tsx": item("report", { intent: "decline", reason: "Hors sujet", confirm: "1" }),
  "admin.projets._index.tsx": { access: "territorial", shows: (r) => r.names[2] },
  "admin.projets.$id.tsx": item("project", { intent: "actors", actors: "Quelqu’un" }),
  "admin.entreprises.tsx": national,
  // Document requests and their documents; templates, campaigns and the way to court stay national.
  "admin.demandes._index.tsx": {
    access: "territorial",
    form: (r) => ({ fileId: r.requestFile, decision: "publish" }),
    shows: (r) => r.names[3],
  },
  "admin.demandes.$id.tsx": item("request", { intent: "stop" }),
  "admin.demandes[.]csv.ts": { access: "territorial" },
  "admin.demandes.campagnes.tsx": national,
  "admin.demandes.modeles._index.tsx": national,
  "admin.demandes.modeles.$id.tsx": national,
  "admin.demandes.recours.tsx": national,
  "admin.demandes-petition.tsx": national,
  // Petitions of their communes, and everything about one; the signing lists stay national.
  "admin.petitions._index.tsx": { access: "territorial", shows: (r) => r.names[0] },
  "admin.petitions[.]csv.ts": { access: "territorial", shows: (r) => r.names[0] },
  "admin.petitions.nouvelle.tsx": {
    access: "territorial",
    query: (r) => `?commune=${r.inseeCode}`,
    form: (r) => ({
      intent: "save",
      inseeCode: r.inseeCode,
      title: "Non à la vidéosurveillance algorithmique",
      body: "Texte.",
      goal: "500",
      mayorTitle: "MONSIEUR_LE_MAIRE",
      mayorName: "Test",
    }),
  },
  "admin.petitions.$id.tsx": item("petition", { intent: "close", confirm: "1" }),
  "admin.petitions.$id_.fraude.tsx": item("petition"),
  "admin.petitions.$id_.signatures.tsx": item("petition", { intent: "delete", scope: "all", reason: "Doublons", confirm: "1" }),
  "admin.petitions.$id.signatures[.]csv.ts": item("petition"),
  "admin.petitions.$id.courrier[.]pdf.ts": item("petition"),
  "admin.petitions.$id_.message.tsx": item("petition", { intent: "send", subject: "Rendez-vous", body: "Venez nombreux.", confirm: "1" }),
  "admin.petitions.listes.tsx": national,
  // Volunteers of their communes (and marking them contacted).
  "admin.benevoles.tsx": { access: "territorial", form: (r) => ({ volunteerId: r.volunteer, note: "Appelé" }), shows: (r) => r.names[6] },
  "admin.benevoles[.]csv.ts": { access: "territorial", shows: (r) => r.names[6] },
  // A council session of one of their communes (issue 25: the calendar).
  "admin.agenda_.seance.tsx": {
    access: "territorial",
    form: (r) => ({ commune: r.inseeCode, startsAt: "2027-03-02T18:00", place: "Hôtel de ville", description: "Séance du conseil municipal." }),
  },
  // Their groups' events (issue 25): edit, publish, cancel, the attendee list and its CSV.
  "admin.evenements._index.tsx": { access: "territorial", shows: (r) => r.names[8] },
  "admin.evenements.nouveau.tsx": {
    access: "territorial",
    form: (r) => {
      const day = new Date(Date.now() + 30 * 24 * 3600_000).toISOString().slice(0, 10);
      return {
        intent: "save",
        kind: "WORKSHOP",
        title: "Atelier cartographie",
        description: "Apprendre à cartographier les caméras.",
        startDate: day,
        startTime: "18:00",
        endDate: day,
        endTime: "20:00",
        place: "address",
        address: "Local associatif",
        commune: "Marseille",
        inseeCode: r.inseeCode,
        groupId: r.group,
      };
    },
  },
  "admin.evenements.$id.tsx": item("event", { intent: "cancel", confirm: "1" }),
  "admin.evenements.$id.inscrits[.]csv.ts": item("event"),
  // Local groups (issue 25): the list shows a coordinator their groups; a group's pages are its
  // coordinators' (requireGroup); creating groups and deciding requests stay national.
  "admin.groupes._index.tsx": { access: "territorial" },
  "admin.groupes.$id.tsx": item("group", { intent: "presentation", presentation: "Texte remplacé" }),
  "admin.groupes.$id_.annonce.tsx": item("group", { intent: "preview", subject: "Annonce", body: "Texte" }),
  "admin.groupes.$id_.annonce_.apercu.ts": item("group"),
  "admin.groupes.nouveau.tsx": national,
  "admin.groupes.demandes.tsx": national,
  // National only.
  "admin.organisateurs.tsx": national,
  "admin.journal.tsx": national,
  "admin.dons.tsx": national,
  "admin.dons[.]csv.ts": national,
  "admin.recus.tsx": national,
  "admin.recus.$id[.]pdf.ts": national,
  "admin.lettre.tsx": national,
  "admin.lettre_.apercu.$lang.ts": national,
  "admin.recours._index.tsx": national,
  "admin.recours.nouveau.tsx": national,
  "admin.recours.$id.tsx": national,
  "admin.mandats._index.tsx": national,
  "admin.mandats.nouvelle.tsx": national,
  "admin.mandats.$id.tsx": national,
  "admin.mandats.$id_.depot.tsx": national,
  "admin.mandats.$id_.liste.tsx": national,
  "admin.mandats.$id.liste[.]csv.ts": national,
  "admin.mandats.$id.annexe[.]pdf.ts": national,
};

const adminRouteFiles = () =>
  readdirSync(ROUTES)
    .filter((file) => /^admin([._].*)?\.tsx?$/.test(file))
    .sort();

type RouteModule = {
  loader?: (args: { request: Request; params: Record<string, string>; context: object }) => Promise<unknown>;
  action?: (args: { request: Request; params: Record<string, string>; context: object }) => Promise<unknown>;
};

/** The URL path of a route file, its params filled in. */
function pathOf(file: string, params: Record<string, string>) {
  const segments = file
    .replace(/\.tsx?$/, "")
    // "[.]" is a literal dot (admin.petitions[.]csv.ts is /admin/petitions.csv).
    .replace(/\[\.\]/g, "~dot~")
    .split(".")
    .map((segment) => segment.replaceAll("~dot~", "."))
    .filter((segment) => segment !== "_index")
    .map((segment) => segment.replace(/_$/, ""))
    .map((segment) => (segment.startsWith("$") ? (params[segment.slice(1)] ?? "x") : segment));
  return `/${segments.join("/")}`;
}

type Outcome = { status: number; location: string | null; text: string };

/** What a loader or action answered, thrown or returned, as a status and a text to search. */
async function call(run: () => Promise<unknown>): Promise<Outcome> {
  let value: unknown;
  try {
    value = await run();
  } catch (thrown) {
    value = thrown;
    if (!(thrown instanceof Response)) throw thrown;
  }
  if (value instanceof Response) return { status: value.status, location: value.headers.get("Location"), text: await value.clone().text() };
  // Remix's data(): { type: "DataWithResponseInit", data, init }.
  if (value && typeof value === "object" && "type" in value && value.type === "DataWithResponseInit") {
    const wrapped = value as unknown as { data: unknown; init: { status?: number } | null };
    return { status: wrapped.init?.status ?? 200, location: null, text: JSON.stringify(wrapped.data) };
  }
  return { status: 200, location: null, text: JSON.stringify(value ?? null) };
}

/** Every table a refused call could change (not the audit log: refusals go there; not sessions). */
const TABLES = [
  "petition",
  "petitionTally",
  "signature",
  "petitionMailing",
  "report",
  "reportDocument",
  "projectEvent",
  "reportCompany",
  "company",
  "documentRequest",
  "documentRequestFile",
  "documentRequestTemplate",
  "documentRequestCampaign",
  "petitionRequest",
  "volunteer",
  "organizer",
  "emailMessage",
  "blockedEmailDomain",
  "blockedEmailAddress",
  "allowedNetwork",
  "legalAction",
  "legalActionUpdate",
  "digest",
  "subscriber",
  "donation",
  "taxReceipt",
  "mandateCampaign",
  "mandate",
  "localGroup",
  "groupTerritory",
  "groupCoordinator",
  "event",
  "eventRegistration",
] as const;

async function snapshot() {
  const client = db() as unknown as Record<string, { findMany: () => Promise<unknown[]> }>;
  const tables = await Promise.all(TABLES.map(async (table) => [table, (await client[table].findMany()).map((row) => JSON.stringify(row)).sort()] as const));
  return Object.fromEntries(tables);
}

const newAudit = (since: Date) =>
  db().auditEntry.findMany({
    where: { createdAt: { gte: since } },
    orderBy: { createdAt: "asc" },
    select: { organizerId: true, action: true, subjectType: true, subjectId: true },
  });

let marseille: Records;
let nice: Records;
let coordinator: Awaited<ReturnType<typeof aCoordinator>>;
let coordinatorCookie: string;
let nationalCookie: string;

const cookieFor = async (organizerId: string) => (await signIn(organizerId, "/admin")).headers.get("Set-Cookie")?.split(";")[0] ?? "";

beforeAll(async () => {
  marseille = await communeRecords(MARSEILLE, "Marseillais");
  nice = await communeRecords(NICE, "Niçois");
  coordinator = await aCoordinator({ groupSlug: "nice" });
  coordinatorCookie = await cookieFor(coordinator.id);
  const organizer = await addOrganizer({ email: `national.${Date.now()}@collectif.example`, role: "ORGANIZER", addedBy: null });
  nationalCookie = await cookieFor(organizer.id);
});

/** The request a route gets: GET for the loader, a form POST for the action. */
function requestFor(file: string, records: Records, cookie: string, method: "GET" | "POST") {
  const decision = DECISIONS[file];
  const key = decision.access === "territorial" ? decision.item : undefined;
  const id = key ? records[key] : "00000000-0000-4000-8000-000000000000";
  const params = { id, lang: "fr" };
  const query = method === "GET" && decision.access === "territorial" && decision.query ? decision.query(records) : "";
  const url = `http://localhost${pathOf(file, params)}${query}`;
  const form = decision.access === "territorial" && decision.form ? decision.form(records) : {};
  const init: RequestInit = { method, headers: { Cookie: cookie } };
  if (method === "POST") init.body = new URLSearchParams(form);
  return { request: new Request(url, init), params, context: {} };
}

const load = async (file: string) => (await import(`${ROUTES}${file}`)) as RouteModule;

test("every /admin route module has a territorial decision", () => {
  const files = adminRouteFiles();
  expect(files.length).toBeGreaterThan(40);
  const undecided = files.filter((file) => !(file in DECISIONS));
  expect(undecided, "an admin route without a decision: add it to DECISIONS (territorial or national)").toEqual([]);
  // And no decision for a route that no longer exists.
  expect(Object.keys(DECISIONS).filter((file) => !files.includes(file))).toEqual([]);
});

describe("a coordinator of Nice against Marseille's records", () => {
  for (const file of adminRouteFiles()) {
    for (const method of ["GET", "POST"] as const) {
      test(`${method} ${file}`, async () => {
        const decision = DECISIONS[file];
        if (!decision) return; // the test above fails
        const module = await load(file);
        const run = method === "GET" ? module.loader : module.action;
        if (!run) return;
        const before = await snapshot();
        const since = new Date();
        const outcome = await call(() => run(requestFor(file, marseille, coordinatorCookie, method)));

        // Never sent to sign in: the coordinator is signed in.
        expect(outcome.location ?? "").not.toMatch(/connexion/);
        // Nothing of Marseille's comes back.
        for (const name of marseille.names) expect(outcome.text).not.toContain(name);
        // Nothing changed.
        expect(await snapshot()).toEqual(before);

        const entries = await newAudit(since);
        const refusals = entries.filter((entry) => entry.action === "territory.refuse" && entry.organizerId === coordinator.id);
        // Besides refusals, only the record of an export of the coordinator's own territory.
        expect(entries.filter((entry) => entry.action !== "territory.refuse").every((entry) => /export/.test(entry.action))).toBe(true);

        const refused = decision.access === "national" || Boolean(decision.item) || (method === "GET" ? decision.query : decision.form);
        if (refused) {
          expect(outcome.status).toBe(403);
          expect(refusals.length).toBe(1);
          if (decision.access === "national") expect(refusals[0]).toMatchObject({ subjectType: "page" });
          else expect(refusals[0].subjectId).toMatch(/^[0-9a-f-]{36}$|^\d[\dAB]\d{3}$/);
        } else {
          // A list of the coordinator's territory.
          expect(outcome.status).toBe(200);
          expect(refusals).toEqual([]);
        }
      });
    }
  }
});

describe("the same coordinator on Nice's records", () => {
  for (const file of Object.keys(DECISIONS)) {
    const decision = DECISIONS[file];
    if (decision.access !== "territorial") continue;
    test(`GET ${file}`, async () => {
      const module = await load(file);
      if (!module.loader) return;
      const since = new Date();
      const outcome = await call(() => module.loader!(requestFor(file, nice, coordinatorCookie, "GET")));
      expect(outcome.status).toBe(200);
      for (const name of marseille.names) expect(outcome.text).not.toContain(name);
      if (decision.shows) expect(outcome.text).toContain(decision.shows(nice));
      expect((await newAudit(since)).filter((entry) => entry.action === "territory.refuse")).toEqual([]);
    });
  }
});

test("a national organizer is served Marseille's records by the same pages", async () => {
  for (const [file, decision] of Object.entries(DECISIONS)) {
    if (decision.access !== "territorial" || !decision.item) continue;
    const module = await load(file);
    const outcome = await call(() => module.loader!(requestFor(file, marseille, nationalCookie, "GET")));
    expect(outcome.status, file).toBe(200);
  }
});

test("outside /admin, a coordinator is served another territory's unpublished documents as a visitor is: not at all", async () => {
  const get = (run: typeof reportDocumentLoader, path: string, id: string, cookie: string) =>
    call(() => run({ request: new Request(`http://localhost${path}`, { headers: { Cookie: cookie } }), params: { id }, context: {} }));
  for (const [run, path, key] of [
    [reportDocumentLoader, "/documents/", "reportDocument"],
    [requestDocumentLoader, "/demandes/documents/", "requestFile"],
  ] as const) {
    expect((await get(run, path + marseille[key], marseille[key], coordinatorCookie)).status, path).toBe(404);
    expect((await get(run, path + nice[key], nice[key], coordinatorCookie)).status, path).toBe(200);
    expect((await get(run, path + marseille[key], marseille[key], nationalCookie)).status, path).toBe(200);
  }
});

test("an admin adds a coordinator on /admin/organisateurs, and the list names the role", async () => {
  const admin = await addOrganizer({ email: `admin.${Date.now()}@collectif.example`, role: "ADMIN", addedBy: null });
  const headers = { Cookie: await cookieFor(admin.id) };
  const email = `coordinatrice.${Date.now()}@collectif.example`;
  const body = new URLSearchParams({ intent: "add", email, role: "COORDINATOR" });
  const added = await call(() =>
    organizersAction({ request: new Request("http://localhost/admin/organisateurs", { method: "POST", headers, body }), params: {}, context: {} }),
  );
  expect(added.status).toBe(302);
  const listed = await call(() => organizersLoader({ request: new Request("http://localhost/admin/organisateurs", { headers }), params: {}, context: {} }));
  const { organizers } = JSON.parse(listed.text) as { organizers: { email: string; role: string }[] };
  expect(organizers.find((organizer) => organizer.email === email)?.role).toBe("COORDINATOR");
});

test("opening a petition, a coordinator is offered their territory's communes only", async () => {
  const search = async (q: string) => {
    const url = `http://localhost/admin/petitions/nouvelle?q=${encodeURIComponent(q)}`;
    const outcome = await call(() => newPetitionLoader({ request: new Request(url, { headers: { Cookie: coordinatorCookie } }), params: {}, context: {} }));
    return (JSON.parse(outcome.text) as { results: { inseeCode: string }[] }).results.map((commune) => commune.inseeCode);
  };
  expect(await search("Marseille")).toEqual([]);
  expect(await search("Nice")).toContain(NICE);
});
