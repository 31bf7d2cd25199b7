import { InvalidationSchema, OpenPetitionSchema, PetitionSchema, ResponseSchema, StatusIntentSchema } from "~/modules/petitions/admin-schema";
import { accept, chars, reject, rejectAny, type Accept, type Reject, type SchemaCases } from "../support";

const petition = { intent: "save", title: "Non à la VSA", body: "Madame la maire, …", goal: "500", mayorTitle: "MADAME_LA_MAIRE", mayorName: "Martine Durand" };

const petitionAccepts: Accept[] = [
  accept("a 200-character title", { title: chars(200) }),
  accept("a 20,000-character body", { body: chars(20_000) }),
  accept("a goal of 1", { goal: "1" }),
  accept("a goal of 10,000,000", { goal: "10000000" }),
  accept("a goal as a number", { goal: 42 }),
  accept("a 120-character mayor's name", { mayorName: chars(120) }),
  accept("a mayor", { mayorTitle: "MONSIEUR_LE_MAIRE" }),
];

const petitionRejects: Reject[] = [
  reject("a missing title", { title: undefined }, "title", "errors.petitionAdmin.title"),
  reject("an empty title", { title: " " }, "title", "errors.petitionAdmin.title"),
  reject("a 201-character title", { title: chars(201) }, "title", "errors.petitionAdmin.tooLong"),
  reject("a missing body", { body: undefined }, "body", "errors.petitionAdmin.body"),
  reject("a number as body", { body: 42 }, "body", "errors.petitionAdmin.body"),
  reject("a 20,001-character body", { body: chars(20_001) }, "body", "errors.petitionAdmin.tooLong"),
  reject("a missing goal", { goal: undefined }, "goal", "errors.petitionAdmin.goal"),
  reject("a word as goal", { goal: "cinq cents" }, "goal", "errors.petitionAdmin.goal"),
  reject("a goal of 0", { goal: "0" }, "goal", "errors.petitionAdmin.goal"),
  reject("a fractional goal", { goal: "1.5" }, "goal", "errors.petitionAdmin.goal"),
  reject("a goal of 10,000,001", { goal: "10000001" }, "goal", "errors.petitionAdmin.goal"),
  reject("a missing mayor's title", { mayorTitle: undefined }, "mayorTitle", "errors.petitionAdmin.mayorTitle"),
  reject("an unknown mayor's title", { mayorTitle: "MAIRE" }, "mayorTitle", "errors.petitionAdmin.mayorTitle"),
  reject("a missing mayor's name", { mayorName: undefined }, "mayorName", "errors.petitionAdmin.mayorName"),
  reject("an empty mayor's name", { mayorName: "" }, "mayorName", "errors.petitionAdmin.mayorName"),
  reject("a 121-character mayor's name", { mayorName: chars(121) }, "mayorName", "errors.petitionAdmin.tooLong"),
  rejectAny("another intent", { intent: "open" }, "intent"),
];

export const petitionCases: SchemaCases = {
  name: "PetitionSchema",
  schema: PetitionSchema,
  base: petition,
  accepts: petitionAccepts,
  rejects: petitionRejects,
};

export const openPetition: SchemaCases = {
  name: "OpenPetitionSchema",
  schema: OpenPetitionSchema,
  base: { ...petition, inseeCode: "06088" },
  accepts: [...petitionAccepts, accept("a Corsican commune", { inseeCode: "2A004" }), accept("an overseas commune", { inseeCode: "97411" })],
  rejects: [
    ...petitionRejects,
    reject("a missing commune", { inseeCode: undefined }, "inseeCode", "errors.petitionAdmin.commune"),
    reject("a 4-digit commune", { inseeCode: "6088" }, "inseeCode", "errors.petitionAdmin.commune"),
    reject("a commune name", { inseeCode: "Nice" }, "inseeCode", "errors.petitionAdmin.commune"),
    reject("a lower-case Corsican code", { inseeCode: "2a004" }, "inseeCode", "errors.petitionAdmin.commune"),
  ],
};

export const invalidationByDomain: SchemaCases = {
  name: "InvalidationSchema (by domain)",
  schema: InvalidationSchema,
  base: { intent: "preview", by: "domain", domain: "spam.example" },
  accepts: [
    accept("invalidate", { intent: "invalidate" }),
    accept("an address", { domain: "bot@spam.example" }),
    accept("a sub-domain", { domain: "a.b-c.example" }),
  ],
  rejects: [
    reject("a missing domain", { domain: undefined }, "domain", "errors.petitionAdmin.domain"),
    reject("an empty domain", { domain: " " }, "domain", "errors.petitionAdmin.domain"),
    reject("a domain without a dot", { domain: "localhost" }, "domain", "errors.petitionAdmin.domain"),
    reject("a domain with a space", { domain: "spam .example" }, "domain", "errors.petitionAdmin.domain"),
    reject("a domain starting with a hyphen", { domain: "-spam.example" }, "domain", "errors.petitionAdmin.domain"),
    rejectAny("an unknown intent", { intent: "delete" }, "intent"),
    rejectAny("an unknown criterion", { by: "name" }, "by"),
    rejectAny("no criterion", { by: undefined }, "by"),
  ],
};

export const invalidationByIp: SchemaCases = {
  name: "InvalidationSchema (by IP)",
  schema: InvalidationSchema,
  base: { intent: "invalidate", by: "ip", ip: "203.0.113.7" },
  accepts: [accept("an IPv6 address", { ip: "2001:db8::1" }), accept("an address padded with spaces", { ip: " 203.0.113.7 " })],
  rejects: [
    reject("a missing IP", { ip: undefined }, "ip", "errors.petitionAdmin.ip"),
    reject("an IPv4 out of range", { ip: "256.0.0.1" }, "ip", "errors.petitionAdmin.ip"),
    reject("a host name", { ip: "example.fr" }, "ip", "errors.petitionAdmin.ip"),
    reject("a network", { ip: "203.0.113.0/24" }, "ip", "errors.petitionAdmin.ip"),
  ],
};

export const invalidationByTime: SchemaCases = {
  name: "InvalidationSchema (by time)",
  schema: InvalidationSchema,
  base: { intent: "preview", by: "time", from: "2025-05-01T10:00", to: "2025-05-01T11:00" },
  accepts: [accept("with seconds", { from: "2025-05-01T10:00:30", to: "2025-05-01T10:00:31" })],
  rejects: [
    reject("a missing start", { from: undefined }, "from", "errors.petitionAdmin.from"),
    reject("a start without time", { from: "2025-05-01" }, "from", "errors.petitionAdmin.from"),
    // PostgreSQL has no year 0: this was a 500 (issue 28).
    reject("a start in year 0", { from: "0000-01-01T00:00" }, "from", "errors.petitionAdmin.from"),
    reject("a day that does not exist", { from: "2025-02-30T25:61" }, "from", "errors.petitionAdmin.from"),
    reject("a missing end", { to: undefined }, "to", "errors.petitionAdmin.to"),
    reject("an end before the start", { from: "2025-05-01T11:00", to: "2025-05-01T10:00" }, "to", "errors.petitionAdmin.window"),
    reject("an end equal to the start", { to: "2025-05-01T10:00" }, "to", "errors.petitionAdmin.window"),
  ],
};

export const response: SchemaCases = {
  name: "ResponseSchema",
  schema: ResponseSchema,
  base: { intent: "response", response: "La maire a répondu." },
  accepts: [accept("a 20,000-character response", { response: chars(20_000) })],
  rejects: [
    reject("a missing response", { response: undefined }, "response", "errors.petitionAdmin.response"),
    reject("an empty response", { response: "\u0000 " }, "response", "errors.petitionAdmin.response"),
    reject("a 20,001-character response", { response: chars(20_001) }, "response", "errors.petitionAdmin.tooLong"),
    rejectAny("another intent", { intent: "save" }, "intent"),
  ],
};

export const statusIntent: SchemaCases = {
  name: "StatusIntentSchema",
  schema: StatusIntentSchema,
  base: { intent: "close" },
  accepts: [accept("reopen", { intent: "reopen" }), accept("deliver", { intent: "deliver" })],
  rejects: [rejectAny("an unknown intent", { intent: "delete" }, "intent"), rejectAny("no intent", { intent: undefined }, "intent")],
};
