import { z } from "zod";
import { freeText } from "~/schemas/free-text";
import { isCalendarDay } from "~/utils/dates";
import { ANSWER_KINDS, OUTCOMES, REQUEST_STATES } from "./clock";

const email = freeText({ error: "errors.email.required" })
  .max(254, "errors.email.invalid")
  .pipe(z.email({ error: "errors.email.invalid" }));

// An empty field is told it is empty; a length message only when the text is too short or too long.
const requester = {
  name: freeText({ error: "requests.errors.name" })
    .min(1, { error: "requests.errors.name", abort: true })
    .min(2, "requests.errors.name")
    .max(120, "requests.errors.nameLong"),
  address: freeText({ error: "requests.errors.address" })
    .min(1, { error: "requests.errors.address", abort: true })
    .min(5, "requests.errors.addressShort")
    .max(400, "requests.errors.addressLong")
    // Browsers send a textarea's lines with CRLF.
    .transform((value) => value.replace(/\r\n?/g, "\n")),
  email,
  showName: z.boolean().default(false),
};

/** The public "make a request" form; the template and the commune come from the page's address. */
export const NewRequestSchema = z.object({
  projectLabel: freeText().max(200, "requests.errors.projectLong").optional(),
  /** The template's documents the requester keeps (indexes), plus their own, one a line. */
  documents: z.array(z.string().regex(/^\d{1,2}$/)).default([]),
  extraDocuments: freeText().max(4_000, "requests.errors.extraLong").optional(),
  ...requester,
});
export type NewRequestInput = z.infer<typeof NewRequestSchema>;

/**
 * The form of a template: its project's name when the template names one, and at least one
 * document (ticked or typed). One schema for the browser and the action, so that every error
 * shows at the first submit, those of the other fields included.
 */
export function newRequestFormSchema({ needsProject }: { needsProject: boolean }) {
  return NewRequestSchema.extend({
    projectLabel: needsProject
      ? freeText({ error: "requests.errors.project" }).min(1, { error: "requests.errors.project", abort: true }).max(200, "requests.errors.projectLong")
      : NewRequestSchema.shape.projectLabel,
  }).refine(
    // The value may be partly invalid here (see `when`): read it with care.
    (value) =>
      (Array.isArray(value.documents) && value.documents.length > 0) || (typeof value.extraDocuments === "string" && lines(value.extraDocuments).length > 0),
    {
      error: "requests.errors.documents",
      path: ["documents"],
      // Checked even when another field failed, so that the summary lists every error at once.
      when: (payload) => typeof payload.value === "object" && payload.value !== null,
    },
  );
}

/** A volunteer taking a campaign item: who sends it. */
export const TakeItemSchema = z.object(requester);
export type TakeItemInput = z.infer<typeof TakeItemSchema>;

const day = freeText({ error: "requests.errors.day" }).refine((value) => isCalendarDay(value), { error: "requests.errors.day" });

/** What the requester records through their personal link, one step at a time. */
export const RequestStepSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("sent"), day }),
  z.object({ intent: z.literal("answer"), day, answerKind: z.enum(ANSWER_KINDS, { error: "requests.errors.answerKind" }), files: z.unknown().optional() }),
  z.object({ intent: z.literal("referral"), day }),
  z.object({
    intent: z.literal("opinion"),
    day,
    // The opinion's number as the CADA writes it ("20261234"): quoted by the court application draft.
    reference: freeText().max(60, "requests.errors.opinionReference").optional(),
  }),
  z.object({ intent: z.literal("outcome"), day, outcome: z.enum(OUTCOMES, { error: "requests.errors.outcome" }), files: z.unknown().optional() }),
  z.object({ intent: z.literal("court"), day }),
  z.object({ intent: z.literal("stop") }),
]);
export type RequestStep = z.infer<typeof RequestStepSchema>;

/** Filters of /demandes. */
export const RequestListFilterSchema = z.object({
  statut: z.enum(REQUEST_STATES).optional().catch(undefined),
  departement: freeText()
    .regex(/^(\d{2,3}|2A|2B)$/i)
    .optional()
    .catch(undefined),
  modele: z
    .string()
    .regex(/^[a-z0-9-]{1,80}$/)
    .optional()
    .catch(undefined),
});

/** An organizer's template. */
export const TemplateSchema = z.object({
  title: freeText({ error: "requests.errors.templateTitle" }).min(3, "requests.errors.templateTitle").max(160, "requests.errors.templateTitle"),
  slug: freeText({ error: "requests.errors.slug" })
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "requests.errors.slug")
    .max(80, "requests.errors.slug"),
  subject: freeText({ error: "requests.errors.subject" }).min(3, "requests.errors.subject").max(300, "requests.errors.subject"),
  body: freeText({ error: "requests.errors.body" })
    .min(50, "requests.errors.body")
    .max(20_000, "requests.errors.body")
    .refine((value) => value.includes("{documents}"), {
      error: "requests.errors.bodyDocuments",
    }),
  // Free text like the rest: a NUL byte in it failed the INSERT (a 500, found by the hostile project).
  documents: freeText({ error: "requests.errors.documentsList" })
    .max(10_000, "requests.errors.documentsList")
    .refine((value) => lines(value).length >= 1 && lines(value).length <= 30, { error: "requests.errors.documentsList" }),
  needsProject: z.boolean().default(false),
  active: z.boolean().default(false),
});
export type TemplateInput = z.infer<typeof TemplateSchema>;

/** A campaign: one template for the communes of a department above a population. */
export const CampaignSchema = z.object({
  title: freeText({ error: "requests.errors.campaignTitle" }).min(3, "requests.errors.campaignTitle").max(160, "requests.errors.campaignTitle"),
  templateId: z.uuid({ error: "requests.errors.template" }),
  departmentCode: freeText({ error: "requests.errors.department" })
    .regex(/^(\d{2,3}|2A|2B)$/i, "requests.errors.department")
    .transform((value) => value.toUpperCase()),
  minPopulation: freeText({ error: "requests.errors.population" })
    .regex(/^\d{1,8}$/, "requests.errors.population")
    .transform(Number),
  projectLabel: freeText().max(200, "requests.errors.projectLong").optional(),
});
export type CampaignInput = z.infer<typeof CampaignSchema>;

export const ReviewSchema = z.object({
  fileId: z.uuid(),
  decision: z.enum(["publish", "decline"]),
});

export function lines(value: string | undefined) {
  return (value ?? "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

const optionalId = (error: string) =>
  freeText()
    .transform((value) => value || null)
    .pipe(z.uuid({ error }).nullable());

/** An organizer links a request to a published project of its commune and to a legal action ("" unlinks). */
export const RequestLinkSchema = z.object({
  intent: z.literal("link"),
  reportId: optionalId("admin.requests.errors.project").default(null),
  legalActionId: optionalId("admin.requests.errors.legalAction").default(null),
});
