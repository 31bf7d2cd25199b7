import { MarkContactedSchema, VolunteerFilterSchema, VolunteerProfileSchema, VolunteerSchema } from "~/modules/volunteers/schema";
import { accept, chars, emailOf, reject, rejectAny, type Reject, type SchemaCases } from "../support";

const profile = { name: "Camille", commune: "Lyon", skills: ["LEGAL", "PRESS"], availability: "MONTHLY" };

const profileRejects: Reject[] = [
  reject("a missing name", { name: undefined }, "name", "volunteers.errors.name"),
  reject("an empty name", { name: "" }, "name", "volunteers.errors.name"),
  reject("a number as name", { name: 42 }, "name", "volunteers.errors.name"),
  reject("an 81-character name", { name: chars(81) }, "name", "errors.name.tooLong"),
  reject("a missing commune", { commune: undefined }, "commune", "reports.errors.commune"),
  reject("an empty commune", { commune: " " }, "commune", "reports.errors.commune"),
  reject("a number as commune", { commune: 69001 }, "commune", "reports.errors.commune"),
  reject("an 81-character commune", { commune: chars(81) }, "commune", "reports.errors.commune"),
  reject("missing skills", { skills: undefined }, "skills", "volunteers.errors.skills"),
  reject("no skills", { skills: [] }, "skills", "volunteers.errors.skills"),
  reject("a string as skills", { skills: "LEGAL" }, "skills", "volunteers.errors.skills"),
  // Rejected, but with Zod's own English message, not volunteers.errors.skills (see the report).
  rejectAny("an unknown skill", { skills: ["LEGAL", "COOKING"] }, "skills.1"),
  reject("a missing availability", { availability: undefined }, "availability", "volunteers.errors.availability"),
  reject("an unknown availability", { availability: "DAILY" }, "availability", "volunteers.errors.availability"),
  reject("201 characters of languages", { languages: chars(201) }, "languages", "volunteers.errors.languages"),
  reject("a 2,001-character message", { message: chars(2_001) }, "message", "volunteers.errors.message"),
];

const profileAccepts = [
  accept("an 80-character name", { name: chars(80) }),
  accept("an 80-character commune", { commune: chars(80) }),
  accept("every skill", { skills: ["LEGAL", "RESEARCH", "PRESS", "DESIGN", "DEVELOPMENT", "TRANSLATION", "ORGANISING", "OTHER"] }),
  accept("200 characters of languages", { languages: chars(200) }),
  accept("a 2,000-character message", { message: chars(2_000) }),
  accept("a malformed INSEE code (dropped)", { inseeCode: "123" }),
];

export const volunteerProfile: SchemaCases = {
  name: "VolunteerProfileSchema",
  schema: VolunteerProfileSchema,
  base: profile,
  accepts: profileAccepts,
  rejects: profileRejects,
};

export const volunteer: SchemaCases = {
  name: "VolunteerSchema",
  schema: VolunteerSchema,
  base: { ...profile, email: "camille@example.fr", consentContact: true },
  accepts: [...profileAccepts, accept("a 254-character email", { email: emailOf(254) })],
  rejects: [
    ...profileRejects,
    reject("a missing email", { email: undefined }, "email", "errors.email.required"),
    reject("an invalid email", { email: "camille@" }, "email", "errors.email.invalid"),
    reject("a 255-character email", { email: emailOf(255) }, "email", "errors.email.invalid"),
    reject("a missing consent", { consentContact: undefined }, "consentContact", "volunteers.errors.consent"),
    reject("a refused consent", { consentContact: false }, "consentContact", "volunteers.errors.consent"),
    reject("a string as consent", { consentContact: "on" }, "consentContact", "volunteers.errors.consent"),
  ],
};

export const volunteerFilter: SchemaCases = {
  name: "VolunteerFilterSchema",
  schema: VolunteerFilterSchema,
  base: {},
  accepts: [
    accept("a department", { departement: "2A" }),
    accept("an unknown department (dropped)", { departement: "Rhône" }),
    accept("an 81-character commune (dropped)", { commune: chars(81) }),
    accept("an unknown skill (dropped)", { competence: "COOKING" }),
  ],
  rejects: [],
};

export const markContacted: SchemaCases = {
  name: "MarkContactedSchema",
  schema: MarkContactedSchema,
  base: { volunteerId: "0b9f4a3e-8d6c-4c1e-9a51-2f3b4c5d6e7f" },
  accepts: [accept("a 2,000-character note", { note: chars(2_000) })],
  rejects: [
    rejectAny("a missing volunteer", { volunteerId: undefined }, "volunteerId"),
    rejectAny("a volunteer id that is not a UUID", { volunteerId: "42" }, "volunteerId"),
    reject("a 2,001-character note", { note: chars(2_001) }, "note", "volunteers.errors.note"),
  ],
};
