import {
  CampaignSchema,
  NewRequestSchema,
  RequestLinkSchema,
  RequestListFilterSchema,
  RequestStepSchema,
  ReviewSchema,
  TakeItemSchema,
  TemplateSchema,
} from "~/modules/document-requests/schema";
import { accept, chars, emailOf, reject, rejectAny, type Accept, type Reject, type SchemaCases } from "../support";
import { emailRejects } from "./small";

export const UUID = "0b9f4a3e-8d6c-4c1e-9a51-2f3b4c5d6e7f";

const requester = { name: "Ann Dupont", address: "1 rue de la Paix\n75002 Paris", email: "ann@example.fr" };

const requesterAccepts: Accept[] = [
  accept("a 2-character name", { name: "Jo" }),
  accept("a 120-character name", { name: chars(120) }),
  accept("a 5-character address", { address: "1 rue" }),
  accept("a 400-character address", { address: chars(400) }),
  accept("a 254-character email", { email: emailOf(254) }),
  accept("a public name", { showName: true }),
];

const requesterRejects: Reject[] = [
  reject("a missing name", { name: undefined }, "name", "documentRequests.errors.name"),
  reject("a number as name", { name: 42 }, "name", "documentRequests.errors.name"),
  reject("a 1-character name", { name: " J " }, "name", "documentRequests.errors.name"),
  // Issue 29: an empty field is told it is empty; the length, only when too short or too long.
  reject("an empty name", { name: "" }, "name", "documentRequests.errors.name"),
  reject("a name of spaces", { name: "   " }, "name", "documentRequests.errors.name"),
  reject("a 121-character name", { name: chars(121) }, "name", "documentRequests.errors.nameLong"),
  reject("a missing address", { address: undefined }, "address", "documentRequests.errors.address"),
  reject("an empty address", { address: "" }, "address", "documentRequests.errors.address"),
  reject("an address of spaces and newlines", { address: " \r\n " }, "address", "documentRequests.errors.address"),
  reject("a 4-character address", { address: "1 ru" }, "address", "documentRequests.errors.addressShort"),
  reject("a 401-character address", { address: chars(401) }, "address", "documentRequests.errors.addressLong"),
  ...emailRejects(),
  rejectAny("a string as showName", { showName: "on" }, "showName"),
];

export const newRequest: SchemaCases = {
  name: "NewRequestSchema",
  schema: NewRequestSchema,
  base: requester,
  accepts: [
    ...requesterAccepts,
    accept("a 200-character project", { projectLabel: chars(200) }),
    accept("documents kept by index", { documents: ["0", "12"] }),
    accept("4,000 characters of extra documents", { extraDocuments: chars(4_000) }),
  ],
  rejects: [
    ...requesterRejects,
    reject("a 201-character project", { projectLabel: chars(201) }, "projectLabel", "documentRequests.errors.projectLong"),
    reject("4,001 characters of extra documents", { extraDocuments: chars(4_001) }, "extraDocuments", "documentRequests.errors.extraLong"),
    rejectAny("a document index of three digits", { documents: ["100"] }, "documents.0"),
    rejectAny("a document that is not an index", { documents: ["0", "all"] }, "documents.1"),
  ],
};

export const takeItem: SchemaCases = { name: "TakeItemSchema", schema: TakeItemSchema, base: requester, accepts: requesterAccepts, rejects: requesterRejects };

const day = (intent: string): Reject[] => [
  reject(`a missing day (${intent})`, { day: undefined }, "day", "documentRequests.errors.day"),
  reject(`a day in French order (${intent})`, { day: "01/02/2025" }, "day", "documentRequests.errors.day"),
  reject(`29 February of a common year (${intent})`, { day: "2025-02-29" }, "day", "documentRequests.errors.day"),
  reject(`a 31st of April (${intent})`, { day: "2025-04-31" }, "day", "documentRequests.errors.day"),
];

export const requestStep: SchemaCases = {
  name: "RequestStepSchema",
  schema: RequestStepSchema,
  base: { intent: "sent", day: "2025-02-03" },
  accepts: [
    accept("a leap day", { day: "2024-02-29" }),
    accept("a day padded with spaces", { day: " 2025-02-03 " }),
    accept("an answer", { intent: "answer", answerKind: "PARTIAL" }),
    accept("a referral", { intent: "referral" }),
    accept("an opinion", { intent: "opinion" }),
    accept("an outcome", { intent: "outcome", outcome: "COMMUNICATED" }),
    accept("a court", { intent: "court" }),
    accept("a stop, without day", { intent: "stop", day: undefined }),
  ],
  rejects: [
    ...["sent", "referral", "opinion", "court"].flatMap((intent) => day(intent).map((c) => ({ ...c, patch: { intent, ...c.patch } }))),
    ...day("answer").map((c) => ({ ...c, patch: { intent: "answer", answerKind: "FULL", ...c.patch } })),
    ...day("outcome").map((c) => ({ ...c, patch: { intent: "outcome", outcome: "REFUSED", ...c.patch } })),
    reject("an answer without its kind", { intent: "answer" }, "answerKind", "documentRequests.errors.answerKind"),
    reject("an answer of an unknown kind", { intent: "answer", answerKind: "LATE" }, "answerKind", "documentRequests.errors.answerKind"),
    reject("an outcome without its kind", { intent: "outcome" }, "outcome", "documentRequests.errors.outcome"),
    reject("an unknown outcome", { intent: "outcome", outcome: "PARTIAL" }, "outcome", "documentRequests.errors.outcome"),
    rejectAny("an unknown intent", { intent: "reminder" }, "intent"),
    rejectAny("no intent", { intent: undefined }, "intent"),
  ],
};

export const requestListFilter: SchemaCases = {
  name: "RequestListFilterSchema",
  schema: RequestListFilterSchema,
  base: {},
  accepts: [accept("anything malformed (dropped)", { statut: "LOST", departement: "Alpes", modele: "Caméras" })],
  rejects: [],
};

const template = {
  title: "Vidéosurveillance",
  slug: "videosurveillance",
  subject: "Demande de documents",
  body: `Madame, Monsieur, je vous demande les documents suivants : {documents}. ${chars(10)}`,
  documents: "Le marché public\nLa délibération",
};

export const templateCases: SchemaCases = {
  name: "TemplateSchema",
  schema: TemplateSchema,
  base: template,
  accepts: [
    accept("a 3-character title", { title: "abc" }),
    accept("a 160-character title", { title: chars(160) }),
    accept("an 80-character slug", { slug: chars(80) }),
    accept("a slug with hyphens", { slug: "vsa-2025-nice" }),
    accept("a 3-character subject", { subject: "abc" }),
    accept("a 300-character subject", { subject: chars(300) }),
    accept("a 50-character body", { body: `{documents}${chars(39)}` }),
    accept("a 20,000-character body", { body: `{documents}${chars(20_000 - 11)}` }),
    accept("one document", { documents: "Le marché" }),
    accept("30 documents, blank lines ignored", { documents: `${Array.from({ length: 30 }, (_, i) => `Document ${i}`).join("\r\n")}\n\n` }),
    accept("10,000 characters of documents", { documents: chars(10_000) }),
  ],
  rejects: [
    reject("a missing title", { title: undefined }, "title", "documentRequests.errors.templateTitle"),
    reject("a 2-character title", { title: " ab " }, "title", "documentRequests.errors.templateTitle"),
    reject("a 161-character title", { title: chars(161) }, "title", "documentRequests.errors.templateTitle"),
    reject("a missing slug", { slug: undefined }, "slug", "documentRequests.errors.slug"),
    reject("a slug with capitals", { slug: "Video" }, "slug", "documentRequests.errors.slug"),
    reject("a slug with a trailing hyphen", { slug: "video-" }, "slug", "documentRequests.errors.slug"),
    reject("an 81-character slug", { slug: chars(81) }, "slug", "documentRequests.errors.slug"),
    reject("a missing subject", { subject: undefined }, "subject", "documentRequests.errors.subject"),
    reject("a 2-character subject", { subject: "ab" }, "subject", "documentRequests.errors.subject"),
    reject("a 301-character subject", { subject: chars(301) }, "subject", "documentRequests.errors.subject"),
    reject("a missing body", { body: undefined }, "body", "documentRequests.errors.body"),
    reject("a 49-character body", { body: `{documents}${chars(38)}` }, "body", "documentRequests.errors.body"),
    reject("a 20,001-character body", { body: `{documents}${chars(20_001 - 11)}` }, "body", "documentRequests.errors.body"),
    reject("a body without {documents}", { body: chars(60) }, "body", "documentRequests.errors.bodyDocuments"),
    reject("missing documents", { documents: undefined }, "documents", "documentRequests.errors.documentsList"),
    reject("no document", { documents: " \n \n" }, "documents", "documentRequests.errors.documentsList"),
    reject(
      "31 documents",
      { documents: Array.from({ length: 31 }, (_, i) => `Document ${i}`).join("\n") },
      "documents",
      "documentRequests.errors.documentsList",
    ),
    reject("10,001 characters of documents", { documents: chars(10_001) }, "documents", "documentRequests.errors.documentsList"),
    rejectAny("a string as active", { active: "on" }, "active"),
  ],
};

export const campaign: SchemaCases = {
  name: "CampaignSchema",
  schema: CampaignSchema,
  base: { title: "VSA dans les Alpes-Maritimes", templateId: UUID, departmentCode: "06", minPopulation: "10000" },
  accepts: [
    accept("a 3-character title", { title: "abc" }),
    accept("a 160-character title", { title: chars(160) }),
    accept("an overseas department", { departmentCode: "974" }),
    accept("Corsica", { departmentCode: "2b" }),
    accept("a population of 0", { minPopulation: "0" }),
    accept("a population of 8 digits", { minPopulation: "99999999" }),
    accept("a 200-character project", { projectLabel: chars(200) }),
  ],
  rejects: [
    reject("a missing title", { title: undefined }, "title", "documentRequests.errors.campaignTitle"),
    reject("a 2-character title", { title: "ab" }, "title", "documentRequests.errors.campaignTitle"),
    reject("a 161-character title", { title: chars(161) }, "title", "documentRequests.errors.campaignTitle"),
    reject("a missing template", { templateId: undefined }, "templateId", "documentRequests.errors.template"),
    reject("a template that is not a UUID", { templateId: "1" }, "templateId", "documentRequests.errors.template"),
    reject("a missing department", { departmentCode: undefined }, "departmentCode", "documentRequests.errors.department"),
    reject("a 1-digit department", { departmentCode: "6" }, "departmentCode", "documentRequests.errors.department"),
    reject("a department name", { departmentCode: "Alpes-Maritimes" }, "departmentCode", "documentRequests.errors.department"),
    reject("a missing population", { minPopulation: undefined }, "minPopulation", "documentRequests.errors.population"),
    reject("a population of 9 digits", { minPopulation: "100000000" }, "minPopulation", "documentRequests.errors.population"),
    reject("a negative population", { minPopulation: "-1" }, "minPopulation", "documentRequests.errors.population"),
    reject("a population with a space", { minPopulation: "10 000" }, "minPopulation", "documentRequests.errors.population"),
    reject("a number as population", { minPopulation: 10_000 }, "minPopulation", "documentRequests.errors.population"),
    reject("a 201-character project", { projectLabel: chars(201) }, "projectLabel", "documentRequests.errors.projectLong"),
  ],
};

export const review: SchemaCases = {
  name: "ReviewSchema",
  schema: ReviewSchema,
  base: { fileId: UUID, decision: "publish" },
  accepts: [accept("a decline", { decision: "decline" })],
  rejects: [
    rejectAny("a missing file", { fileId: undefined }, "fileId"),
    rejectAny("a file that is not a UUID", { fileId: "1" }, "fileId"),
    rejectAny("an unknown decision", { decision: "delete" }, "decision"),
  ],
};

export const requestLink: SchemaCases = {
  name: "RequestLinkSchema",
  schema: RequestLinkSchema,
  base: { intent: "link", reportId: UUID, legalActionId: UUID },
  accepts: [accept("no link", { reportId: undefined, legalActionId: undefined }), accept("unlinking with empty values", { reportId: "", legalActionId: " " })],
  rejects: [
    reject("a project that is not a UUID", { reportId: "nice-vsa" }, "reportId", "admin.requests.errors.project"),
    reject("a legal action that is not a UUID", { legalActionId: "42" }, "legalActionId", "admin.requests.errors.legalAction"),
    rejectAny("another intent", { intent: "unlink" }, "intent"),
  ],
};
