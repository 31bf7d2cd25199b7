import { ModerationSchema, ProjectFieldsSchema, ProjectListFilterSchema, QueueFilterSchema, ReportSchema } from "~/modules/projects/report-schema";
import { accept, chars, emailOf, reject, rejectAny, type Accept, type Reject, type SchemaCases } from "../support";

export const UUID = "0b9f4a3e-8d6c-4c1e-9a51-2f3b4c5d6e7f";
const url = (length: number) => `https://example.fr/${chars(length - "https://example.fr/".length)}`;
const sources = (count: number) => Array.from({ length: count }, (_, i) => `https://example.fr/${i}`).join("\n");

export const projectFields = {
  kind: "VIDEO_ANALYTICS",
  title: "Caméras augmentées",
  description: "La ville teste la vidéosurveillance algorithmique.",
};

export const fieldAccepts: Accept[] = [
  accept("a 3-character title", { title: "abc" }),
  accept("a 160-character title", { title: chars(160) }),
  accept("a 20-character description", { description: chars(20) }),
  accept("a 10,000-character description", { description: chars(10_000) }),
  accept("40 characters of start date", { startedOn: chars(40) }),
  accept("2,000 characters of actors", { actors: chars(2_000) }),
  accept("20 sources, blank lines ignored", { sources: `${sources(20)}\n\n  \n` }),
  accept("a 2,000-character source", { sources: url(2_000) }),
  accept("an http source", { sources: "http://example.fr/a" }),
];

export const fieldRejects: Reject[] = [
  reject("a missing kind", { kind: undefined }, "kind", "reports.errors.kind"),
  reject("an unknown kind", { kind: "SATELLITES" }, "kind", "reports.errors.kind"),
  reject("a missing title", { title: undefined }, "title", "reports.errors.title"),
  reject("a number as title", { title: 42 }, "title", "reports.errors.title"),
  // Parsed directly, "" fails both minimums; through Conform "" is missing (one message).
  reject("an empty title", { title: "" }, "title", "reports.errors.title", "reports.errors.titleShort"),
  reject("a 2-character title", { title: " ab " }, "title", "reports.errors.titleShort"),
  reject("a 161-character title", { title: chars(161) }, "title", "reports.errors.titleLong"),
  reject("a missing description", { description: undefined }, "description", "reports.errors.description"),
  reject("a 19-character description", { description: chars(19) }, "description", "reports.errors.descriptionShort"),
  reject("a 10,001-character description", { description: chars(10_001) }, "description", "reports.errors.descriptionLong"),
  reject("41 characters of start date", { startedOn: chars(41) }, "startedOn", "reports.errors.startedOn"),
  reject("2,001 characters of actors", { actors: chars(2_001) }, "actors", "reports.errors.actors"),
  reject("21 sources", { sources: sources(21) }, "sources", "reports.errors.sourcesTooMany"),
  reject("a source that is not a URL", { sources: `${sources(1)}\nle journal du 3 mai` }, "sources", "reports.errors.sources"),
  reject("a javascript: source", { sources: "javascript:alert(1)" }, "sources", "reports.errors.sources"),
  reject("an ftp source", { sources: "ftp://example.fr/a" }, "sources", "reports.errors.sources"),
  reject("a 2,001-character source", { sources: url(2_001) }, "sources", "reports.errors.sources"),
  reject("20,001 characters of sources", { sources: chars(20_001) }, "sources", "reports.errors.sourcesTooMany", "reports.errors.sources"),
  // Optional text fields declare no type message: Zod's own English one (only a forged request gets it).
  rejectAny("a number as sources", { sources: 42 }, "sources"),
];

export const projectFieldsCases: SchemaCases = {
  name: "ProjectFieldsSchema",
  schema: ProjectFieldsSchema,
  base: projectFields,
  accepts: fieldAccepts,
  rejects: fieldRejects,
};

export const report: SchemaCases = {
  name: "ReportSchema",
  schema: ReportSchema,
  base: { ...projectFields, commune: "Nice", email: "ann@example.fr" },
  accepts: [
    ...fieldAccepts,
    accept("an 80-character commune", { commune: chars(80) }),
    accept("a 254-character email", { email: emailOf(254) }),
    accept("an 80-character credit name", { mayCredit: true, creditName: chars(80) }),
    accept("a malformed INSEE code (dropped)", { inseeCode: "Nice" }),
    accept("documents of any shape (checked by the action)", { documents: [{ name: "a.pdf" }] }),
  ],
  rejects: [
    ...fieldRejects,
    reject("a missing commune", { commune: undefined }, "commune", "reports.errors.commune"),
    reject("an empty commune", { commune: "" }, "commune", "reports.errors.commune"),
    reject("an 81-character commune", { commune: chars(81) }, "commune", "reports.errors.commune"),
    reject("a missing email", { email: undefined }, "email", "errors.email.required"),
    reject("an invalid email", { email: "ann@example" }, "email", "errors.email.invalid"),
    reject("a 255-character email", { email: emailOf(255) }, "email", "errors.email.invalid"),
    reject("an 81-character credit name", { creditName: chars(81) }, "creditName", "errors.name.tooLong"),
    rejectAny("a string as mayCredit", { mayCredit: "on" }, "mayCredit"),
  ],
};

const withIntent = <T extends Accept | Reject>(intent: string, cases: T[]): T[] =>
  cases.map((c) => ({ ...c, label: `${c.label} (${intent})`, patch: { intent, ...c.patch } }));

export const moderationSave: SchemaCases = {
  name: "ModerationSchema (save, publish)",
  schema: ModerationSchema,
  base: { intent: "save", ...projectFields },
  accepts: [accept("publish", { intent: "publish" }), ...withIntent("publish", fieldAccepts)],
  rejects: [...withIntent("save", fieldRejects), ...withIntent("publish", fieldRejects)],
};

export const moderationOthers: SchemaCases = {
  name: "ModerationSchema (decline, merge, takedown)",
  schema: ModerationSchema,
  base: { intent: "decline", reason: "Doublon" },
  accepts: [
    accept("a 2,000-character decline reason", { reason: chars(2_000) }),
    accept("a merge", { intent: "merge", reason: undefined, intoId: UUID }),
    accept("a takedown", { intent: "takedown" }),
    accept("a 2,000-character takedown reason", { intent: "takedown", reason: chars(2_000) }),
  ],
  rejects: [
    reject("a missing decline reason", { reason: undefined }, "reason", "reports.errors.reason"),
    reject("an empty decline reason", { reason: " " }, "reason", "reports.errors.reason"),
    reject("a 2,001-character decline reason", { reason: chars(2_001) }, "reason", "reports.errors.reason"),
    reject("a missing merge target", { intent: "merge", reason: undefined }, "intoId", "reports.errors.mergeTarget"),
    reject("a merge target that is not a UUID", { intent: "merge", intoId: "42" }, "intoId", "reports.errors.mergeTarget"),
    reject("a missing takedown reason", { intent: "takedown", reason: undefined }, "reason", "reports.errors.reason"),
    reject("an empty takedown reason", { intent: "takedown", reason: " " }, "reason", "reports.errors.reason"),
    reject("a 2,001-character takedown reason", { intent: "takedown", reason: chars(2_001) }, "reason", "reports.errors.reason"),
    rejectAny("an unknown intent", { intent: "delete" }, "intent"),
    rejectAny("no intent", { intent: undefined }, "intent"),
  ],
};

export const queueFilter: SchemaCases = {
  name: "QueueFilterSchema",
  schema: QueueFilterSchema,
  base: {},
  accepts: [accept("anything malformed (dropped)", { ville: chars(81), type: "X", age: "year" })],
  rejects: [],
};

export const projectListFilter: SchemaCases = {
  name: "ProjectListFilterSchema",
  schema: ProjectListFilterSchema,
  base: {},
  accepts: [accept("anything malformed (dropped)", { type: "X", departement: "Alpes" })],
  rejects: [],
};
