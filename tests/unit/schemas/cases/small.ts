// The schemas of the small files: commune search, language choice, sign-in, my data, newsletter, organizers.
import { MyDataDeleteSchema, MyDataRequestSchema } from "~/modules/my-data/schema";
import { ManageSubscriptionSchema, SubscribeSchema } from "~/modules/newsletter/schema";
import { AddOrganizerSchema, RemoveOrganizerSchema } from "~/schemas/organizer";
import { SignInRequestSchema } from "~/schemas/sign-in-request";
import { z } from "zod";
import { accept, emailOf, reject, rejectAny, type Reject, type SchemaCases } from "../support";

export const UUID = "0b9f4a3e-8d6c-4c1e-9a51-2f3b4c5d6e7f";

/** The email field every form shares: missing, wrong type, malformed, over 254 characters. */
export const emailRejects = (path = "email"): Reject[] => [
  reject("a missing email", { [path]: undefined }, path, "errors.email.required"),
  reject("a number as email", { [path]: 42 }, path, "errors.email.required"),
  reject("an empty email", { [path]: " " }, path, "errors.email.invalid"),
  reject("an email without a domain", { [path]: "ann@" }, path, "errors.email.invalid"),
  reject("an email without a top-level domain", { [path]: "ann@example" }, path, "errors.email.invalid"),
  reject("two addresses", { [path]: "ann@example.fr, bob@example.fr" }, path, "errors.email.invalid"),
  reject("a 255-character email", { [path]: emailOf(255) }, path, "errors.email.invalid"),
];

export const emailOnly = (name: string, schema: z.ZodType): SchemaCases => ({
  name,
  schema,
  base: { email: "ann@example.fr" },
  accepts: [accept("a 254-character email", { email: emailOf(254) }), accept("an email padded with spaces", { email: "  ann@example.fr \t" })],
  rejects: emailRejects(),
});

export const signInRequest: SchemaCases = {
  ...emailOnly("SignInRequestSchema", SignInRequestSchema),
  accepts: [
    accept("a 254-character email", { email: emailOf(254) }),
    accept("a redirect into the admin", { redirectTo: "/admin/petitions?page=2" }),
    accept("a redirect off the admin (dropped)", { redirectTo: "/villes" }),
    accept("a redirect to another site (dropped)", { redirectTo: "//evil.example/admin" }),
    accept("a redirect that is not a string (dropped)", { redirectTo: 42 }),
  ],
};

export const myDataRequest = emailOnly("MyDataRequestSchema", MyDataRequestSchema);

export const myDataDelete: SchemaCases = {
  name: "MyDataDeleteSchema",
  schema: MyDataDeleteSchema,
  base: { intent: "signature", id: UUID },
  accepts: [
    accept("a report", { intent: "report" }),
    accept("a document request", { intent: "documentRequest" }),
    accept("the volunteer sign-up, without id", { intent: "volunteer", id: undefined }),
    accept("the subscription, without id", { intent: "subscription", id: undefined }),
    accept("everything, without id", { intent: "all", id: undefined }),
  ],
  rejects: [
    rejectAny("a signature without id", { id: undefined }, "id"),
    rejectAny("a signature id that is not a UUID", { id: "42" }, "id"),
    rejectAny("an unknown intent", { intent: "donation" }, "intent"),
    rejectAny("no intent", { intent: undefined }, "intent"),
  ],
};

export const subscribe: SchemaCases = {
  name: "SubscribeSchema",
  schema: SubscribeSchema,
  base: { email: "ann@example.fr" },
  accepts: [accept("a 254-character email", { email: emailOf(254) }), accept("English from the footer", { lang: "en", source: "footer" })],
  rejects: [
    ...emailRejects(),
    // Rejected with Zod's own English message: no key is declared (see the report).
    rejectAny("an unknown language", { lang: "de" }, "lang"),
    rejectAny("the petition source (only the signing form uses it)", { source: "petition" }, "source"),
  ],
};

export const manageSubscription: SchemaCases = {
  name: "ManageSubscriptionSchema",
  schema: ManageSubscriptionSchema,
  base: { intent: "unsubscribe" },
  accepts: [accept("a change of language", { intent: "lang", lang: "en" })],
  rejects: [
    rejectAny("a change of language without one", { intent: "lang" }, "lang"),
    rejectAny("a change to an unknown language", { intent: "lang", lang: "de" }, "lang"),
    rejectAny("an unknown intent", { intent: "pause" }, "intent"),
    rejectAny("no intent", { intent: undefined }, "intent"),
  ],
};

export const addOrganizer: SchemaCases = {
  name: "AddOrganizerSchema",
  schema: AddOrganizerSchema,
  base: { intent: "add", email: "ann@example.fr", role: "ORGANIZER" },
  accepts: [accept("an admin", { role: "ADMIN" }), accept("a 254-character email", { email: emailOf(254) })],
  rejects: [
    ...emailRejects(),
    reject("a missing role", { role: undefined }, "role", "errors.role"),
    reject("an unknown role", { role: "OWNER" }, "role", "errors.role"),
    rejectAny("another intent", { intent: "remove" }, "intent"),
  ],
};

export const removeOrganizer: SchemaCases = {
  name: "RemoveOrganizerSchema",
  schema: RemoveOrganizerSchema,
  base: { intent: "remove", organizerId: UUID },
  accepts: [],
  rejects: [
    rejectAny("a missing organizer", { organizerId: undefined }, "organizerId"),
    rejectAny("an organizer id that is not a UUID", { organizerId: "1" }, "organizerId"),
    rejectAny("another intent", { intent: "add" }, "intent"),
  ],
};
