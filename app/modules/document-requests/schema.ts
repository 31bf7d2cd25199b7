import { z } from "zod";
import { freeText } from "~/schemas/free-text";
import { isCalendarDay } from "~/utils/dates";
import { ANSWER_KINDS, OUTCOMES, REQUEST_STATES } from "./clock";

const email = freeText({ error: "errors.email.required" })
  .max(254, "errors.email.invalid")
  .pipe(z.email({ error: "errors.email.invalid" }));

// An empty field is told it is empty; a length message only when the text is too short or too long.
const requester = {
  name: freeText({ error: "documentRequests.errors.name" })
    .min(1, { error: "documentRequests.errors.name", abort: true })
    .min(2, "documentRequests.errors.name")
    .max(120, "documentRequests.errors.nameLong"),
  address: freeText({ error: "documentRequests.errors.address" })
    .min(1, { error: "documentRequests.errors.address", abort: true })
    .min(5, "documentRequests.errors.addressShort")
    .max(400, "documentRequests.errors.addressLong")
    // Browsers send a textarea's lines with CRLF.
    .transform((value) => value.replace(/\r\n?/g, "\n")),
  email,
  showName: z.boolean().default(false),
};

/** The public "make a request" form; the template and the commune come from the page's address. */
export const NewRequestSchema = z.object({
  projectLabel: freeText().max(200, "documentRequests.errors.projectLong").optional(),
  /** The template's documents the requester keeps (indexes), plus their own, one a line. */
  documents: z.array(z.string().regex(/^\d{1,2}$/)).default([]),
  extraDocuments: freeText().max(4_000, "documentRequests.errors.extraLong").optional(),
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
      ? freeText({ error: "documentRequests.errors.project" })
          .min(1, { error: "documentRequests.errors.project", abort: true })
          .max(200, "documentRequests.errors.projectLong")
      : NewRequestSchema.shape.projectLabel,
  }).refine(
    // The value may be partly invalid here (see `when`): read it with care.
    (value) =>
      (Array.isArray(value.documents) && value.documents.length > 0) || (typeof value.extraDocuments === "string" && lines(value.extraDocuments).length > 0),
    {
      error: "documentRequests.errors.documents",
      path: ["documents"],
      // Checked even when another field failed, so that the summary lists every error at once.
      when: (payload) => typeof payload.value === "object" && payload.value !== null,
    },
  );
}

/** A volunteer taking a campaign item: who sends it. */
export const TakeItemSchema = z.object(requester);
export type TakeItemInput = z.infer<typeof TakeItemSchema>;

const day = freeText({ error: "documentRequests.errors.day" }).refine((value) => isCalendarDay(value), { error: "documentRequests.errors.day" });

/** What the requester records through their personal link, one step at a time. */
export const RequestStepSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("sent"), day }),
  z.object({
    intent: z.literal("answer"),
    day,
    answerKind: z.enum(ANSWER_KINDS, { error: "documentRequests.errors.answerKind" }),
    files: z.unknown().optional(),
  }),
  z.object({ intent: z.literal("referral"), day }),
  z.object({
    intent: z.literal("opinion"),
    day,
    // The opinion's number as the CADA writes it ("20261234"): quoted by the court application draft.
    reference: freeText().max(60, "documentRequests.errors.opinionReference").optional(),
  }),
  z.object({ intent: z.literal("outcome"), day, outcome: z.enum(OUTCOMES, { error: "documentRequests.errors.outcome" }), files: z.unknown().optional() }),
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
  title: freeText({ error: "documentRequests.errors.templateTitle" })
    .min(3, "documentRequests.errors.templateTitle")
    .max(160, "documentRequests.errors.templateTitle"),
  slug: freeText({ error: "documentRequests.errors.slug" })
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "documentRequests.errors.slug")
    .max(80, "documentRequests.errors.slug"),
  subject: freeText({ error: "documentRequests.errors.subject" }).min(3, "documentRequests.errors.subject").max(300, "documentRequests.errors.subject"),
  body: freeText({ error: "documentRequests.errors.body" })
    .min(50, "documentRequests.errors.body")
    .max(20_000, "documentRequests.errors.body")
    .refine((value) => value.includes("{documents}"), {
      error: "documentRequests.errors.bodyDocuments",
    }),
  // Free text like the rest: a NUL byte in it failed the INSERT (a 500, found by the hostile project).
  documents: freeText({ error: "documentRequests.errors.documentsList" })
    .max(10_000, "documentRequests.errors.documentsList")
    .refine((value) => lines(value).length >= 1 && lines(value).length <= 30, { error: "documentRequests.errors.documentsList" }),
  needsProject: z.boolean().default(false),
  active: z.boolean().default(false),
});
export type TemplateInput = z.infer<typeof TemplateSchema>;

/** A campaign: one template for the communes of a department above a population. */
export const CampaignSchema = z.object({
  title: freeText({ error: "documentRequests.errors.campaignTitle" })
    .min(3, "documentRequests.errors.campaignTitle")
    .max(160, "documentRequests.errors.campaignTitle"),
  templateId: z.uuid({ error: "documentRequests.errors.template" }),
  departmentCode: freeText({ error: "documentRequests.errors.department" })
    .regex(/^(\d{2,3}|2A|2B)$/i, "documentRequests.errors.department")
    .transform((value) => value.toUpperCase()),
  minPopulation: freeText({ error: "documentRequests.errors.population" })
    .regex(/^\d{1,8}$/, "documentRequests.errors.population")
    .transform(Number),
  projectLabel: freeText().max(200, "documentRequests.errors.projectLong").optional(),
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
