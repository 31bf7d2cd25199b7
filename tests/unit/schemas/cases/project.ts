import { CompanyAdminSchema, CompanyFieldsSchema, MapFilterSchema, ProjectAdminSchema } from "~/modules/projects/project-schema";
import { accept, chars, reject, rejectAny, type Accept, type Reject, type SchemaCases } from "../support";

export const UUID = "0b9f4a3e-8d6c-4c1e-9a51-2f3b4c5d6e7f";

export const projectStatus: SchemaCases = {
  name: "ProjectAdminSchema (status)",
  schema: ProjectAdminSchema,
  base: { intent: "status", projectStatus: "TRIAL", statusSince: "2025-02-01" },
  accepts: [
    accept("no date", { statusSince: undefined }),
    accept("the first day allowed", { statusSince: "1990-01-01" }),
    accept("the last day allowed", { statusSince: "2100-12-31" }),
    accept("a leap day", { statusSince: "2024-02-29" }),
  ],
  rejects: [
    reject("a missing status", { projectStatus: undefined }, "projectStatus", "projects.errors.status"),
    reject("an unknown status", { projectStatus: "PAUSED" }, "projectStatus", "projects.errors.status"),
    reject("the day before 1990", { statusSince: "1989-12-31" }, "statusSince", "projects.errors.date"),
    reject("the day after 2100", { statusSince: "2101-01-01" }, "statusSince", "projects.errors.date"),
    reject("29 February of a common year", { statusSince: "2025-02-29" }, "statusSince", "projects.errors.date"),
    reject("a 31st of April", { statusSince: "2025-04-31" }, "statusSince", "projects.errors.date"),
    reject("a number as date", { statusSince: 2025 }, "statusSince", "projects.errors.date"),
    rejectAny("an unknown intent", { intent: "delete" }, "intent"),
    rejectAny("no intent", { intent: undefined }, "intent"),
  ],
};

export const projectEvent: SchemaCases = {
  name: "ProjectAdminSchema (event)",
  schema: ProjectAdminSchema,
  base: { intent: "event", occurredOn: "2025-02-01", text: "Vote du conseil" },
  accepts: [
    accept("a 3-character text", { text: "abc" }),
    accept("a 2,000-character text", { text: chars(2_000) }),
    accept("a status", { status: "DEPLOYED" }),
    accept("an unknown status (dropped)", { status: "PAUSED" }),
  ],
  rejects: [
    reject("a missing date", { occurredOn: undefined }, "occurredOn", "projects.errors.date"),
    reject("a malformed date", { occurredOn: "1/2/2025" }, "occurredOn", "projects.errors.date"),
    reject("a missing text", { text: undefined }, "text", "projects.errors.eventText"),
    reject("a 2-character text", { text: " ab " }, "text", "projects.errors.eventText"),
    reject("a 2,001-character text", { text: chars(2_001) }, "text", "projects.errors.eventTextLong"),
  ],
};

const companyIntents = ["link", "unlink"].map((intent): SchemaCases => ({
  name: `ProjectAdminSchema (${intent})`,
  schema: ProjectAdminSchema,
  base: { intent, companyId: UUID },
  accepts: [],
  rejects: [
    reject("a missing company", { companyId: undefined }, "companyId", "projects.errors.company"),
    reject("a company that is not a UUID", { companyId: "acme" }, "companyId", "projects.errors.company"),
  ],
}));

export const projectOthers: SchemaCases[] = [
  ...companyIntents,
  {
    name: "ProjectAdminSchema (actors)",
    schema: ProjectAdminSchema,
    base: { intent: "actors" },
    accepts: [accept("2,000 characters of actors", { actors: chars(2_000) })],
    rejects: [reject("2,001 characters of actors", { actors: chars(2_001) }, "actors", "reports.errors.actors")],
  },
  {
    name: "ProjectAdminSchema (merge)",
    schema: ProjectAdminSchema,
    base: { intent: "merge", intoId: UUID },
    accepts: [],
    rejects: [
      reject("a missing target", { intoId: undefined }, "intoId", "projects.errors.mergeTarget"),
      reject("a target that is not a UUID", { intoId: "nice-vsa" }, "intoId", "projects.errors.mergeTarget"),
    ],
  },
];

const company = { name: "Acme", kind: "VENDOR" };
const companyAccepts: Accept[] = [
  accept("a 2-character name", { name: "AB" }),
  accept("a 120-character name", { name: chars(120) }),
  accept("a website", { website: "https://acme.example/" }),
  accept("an empty website", { website: "" }),
  accept("a 300-character website", { website: `https://acme.example/${chars(300 - 21)}` }),
  accept("a 2,000-character description", { description: chars(2_000) }),
];
const companyRejects: Reject[] = [
  reject("a missing name", { name: undefined }, "name", "companies.errors.name"),
  reject("a 1-character name", { name: " A " }, "name", "companies.errors.name"),
  reject("a 121-character name", { name: chars(121) }, "name", "companies.errors.nameLong"),
  reject("a missing kind", { kind: undefined }, "kind", "companies.errors.kind"),
  reject("an unknown kind", { kind: "STARTUP" }, "kind", "companies.errors.kind"),
  reject("a website without scheme", { website: "acme.example" }, "website", "companies.errors.website"),
  reject("a javascript: website", { website: "javascript:alert(1)" }, "website", "companies.errors.website"),
  reject("a 301-character website", { website: `https://acme.example/${chars(301 - 21)}` }, "website", "companies.errors.website"),
  reject("a 2,001-character description", { description: chars(2_001) }, "description", "companies.errors.description"),
];

export const companyFields: SchemaCases = {
  name: "CompanyFieldsSchema",
  schema: CompanyFieldsSchema,
  base: company,
  accepts: companyAccepts,
  rejects: companyRejects,
};

const intent = <T extends Accept | Reject>(patch: Record<string, unknown>, cases: T[]): T[] => cases.map((c) => ({ ...c, patch: { ...patch, ...c.patch } }));

export const companyAdmin: SchemaCases[] = [
  { name: "CompanyAdminSchema (create)", schema: CompanyAdminSchema, base: { intent: "create", ...company }, accepts: companyAccepts, rejects: companyRejects },
  {
    name: "CompanyAdminSchema (edit)",
    schema: CompanyAdminSchema,
    base: { intent: "edit", id: UUID, ...company },
    accepts: companyAccepts,
    rejects: [...intent({}, companyRejects), rejectAny("a missing id", { id: undefined }, "id"), rejectAny("an id that is not a UUID", { id: "1" }, "id")],
  },
  {
    name: "CompanyAdminSchema (merge)",
    schema: CompanyAdminSchema,
    base: { intent: "merge", id: UUID, intoId: UUID },
    accepts: [],
    rejects: [
      rejectAny("a missing id", { id: undefined }, "id"),
      reject("a missing target", { intoId: undefined }, "intoId", "companies.errors.mergeTarget"),
      reject("a target that is not a UUID", { intoId: "acme" }, "intoId", "companies.errors.mergeTarget"),
      rejectAny("an unknown intent", { intent: "delete" }, "intent"),
    ],
  },
];

export const mapFilter: SchemaCases = {
  name: "MapFilterSchema",
  schema: MapFilterSchema,
  base: {},
  accepts: [accept("anything malformed (dropped)", { type: "X", statut: "PAUSED", departement: "Alpes" })],
  rejects: [],
};
