import { z } from "zod";
import { freeText } from "~/schemas/free-text";
import { confirmField } from "~/schemas/confirm";
import { PROJECT_KINDS } from "./choices";

export const MAX_SOURCES = 20;

/** One URL a line; blank lines ignored. */
export function sourceLines(value: string | undefined) {
  return (value ?? "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

function isWebUrl(value: string) {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

const text = (required: string, min: number, max: number, short: string, long: string) =>
  freeText({ error: required }).min(1, required).min(min, short).max(max, long);

/** What an organizer may edit before publishing; the public form adds the commune and the reporter. */
export const ProjectFieldsSchema = z.object({
  kind: z.enum(PROJECT_KINDS, { error: "reports.errors.kind" }),
  title: text("reports.errors.title", 3, 160, "reports.errors.titleShort", "reports.errors.titleLong"),
  description: text("reports.errors.description", 20, 10_000, "reports.errors.descriptionShort", "reports.errors.descriptionLong"),
  startedOn: freeText().max(40, "reports.errors.startedOn").optional(),
  actors: freeText().max(2_000, "reports.errors.actors").optional(),
  sources: freeText()
    .max(20_000, "reports.errors.sourcesTooMany")
    .optional()
    .superRefine((value, ctx) => {
      const lines = sourceLines(value);
      if (lines.length > MAX_SOURCES) ctx.addIssue({ code: "custom", message: "reports.errors.sourcesTooMany" });
      else if (lines.some((line) => line.length > 2_000 || !isWebUrl(line))) ctx.addIssue({ code: "custom", message: "reports.errors.sources" });
    }),
});

/** The public "report a project" form. Documents are checked apart (app/utils/uploads.server.ts). */
export const ReportSchema = ProjectFieldsSchema.extend({
  /** What the reporter typed in the commune box (name or postcode). */
  commune: freeText({ error: "reports.errors.commune" }).min(1, "reports.errors.commune").max(80, "reports.errors.commune"),
  /** The commune chosen from the suggestions (with JavaScript) or the list of matches (without). */
  inseeCode: z
    .string()
    .regex(/^[0-9AB]{5}$/i)
    .optional()
    .catch(undefined),
  email: freeText({ error: "errors.email.required" })
    .max(254, "errors.email.invalid")
    .pipe(z.email({ error: "errors.email.invalid" })),
  mayCredit: z.boolean().default(false),
  creditName: freeText().max(80, "errors.name.tooLong").optional(),
  /** The files: size and type are checked by the action (app/utils/uploads.server.ts), never trusted from here. */
  documents: z.unknown().optional(),
});

export type ReportInput = z.infer<typeof ReportSchema>;
export type ProjectFields = z.infer<typeof ProjectFieldsSchema>;

export const ModerationSchema = z.discriminatedUnion("intent", [
  ProjectFieldsSchema.extend({ intent: z.literal("save") }),
  ProjectFieldsSchema.extend({ intent: z.literal("publish") }),
  // Declining, merging and taking down cannot be undone: they take effect only with confirm=1.
  z.object({
    intent: z.literal("decline"),
    reason: freeText({ error: "reports.errors.reason" }).min(1, "reports.errors.reason").max(2_000, "reports.errors.reason"),
    confirm: confirmField,
  }),
  z.object({ intent: z.literal("merge"), intoId: z.uuid({ error: "reports.errors.mergeTarget" }), confirm: confirmField }),
  // Takedown of a published report (issue 13)
  z.object({
    intent: z.literal("takedown"),
    reason: freeText({ error: "reports.errors.reason" }).min(1, "reports.errors.reason").max(2_000, "reports.errors.reason"),
    confirm: confirmField,
  }),
]);

/** Filters of the moderation queue: commune name, kind, age. */
export const QueueFilterSchema = z.object({
  ville: freeText().max(80).catch("").default(""),
  type: z.enum(PROJECT_KINDS).optional().catch(undefined),
  age: z.enum(["week", "older", "month"]).optional().catch(undefined),
});

/** Filters of the national list of projects. */
export const ProjectListFilterSchema = z.object({
  type: z.enum(PROJECT_KINDS).optional().catch(undefined),
  departement: freeText()
    .regex(/^(\d{2,3}|2A|2B)$/i)
    .optional()
    .catch(undefined),
});
