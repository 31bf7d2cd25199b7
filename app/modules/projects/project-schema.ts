import { z } from "zod";
import { confirmField } from "~/schemas/confirm";
import { freeText } from "~/schemas/free-text";
import { COMPANY_KINDS, PROJECT_KINDS, PROJECT_STATUSES } from "./choices";

/** A calendar day typed in an <input type="date"> (YYYY-MM-DD), between 1990 and 2100. */
const day = (message: string) =>
  z
    .string({ error: message })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, message)
    .refine((value) => {
      const date = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) && value >= "1990-01-01" && value <= "2100-12-31";
    }, message);

/** The organizers' screen of a project: each form names its intent. */
export const ProjectAdminSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("status"),
    projectStatus: z.enum(PROJECT_STATUSES, { error: "projects.errors.status" }),
    statusSince: day("projects.errors.date").optional(),
  }),
  z.object({
    intent: z.literal("event"),
    occurredOn: day("projects.errors.date"),
    text: freeText({ error: "projects.errors.eventText" }).min(3, "projects.errors.eventText").max(2_000, "projects.errors.eventTextLong"),
    status: z.enum(PROJECT_STATUSES).optional().catch(undefined),
  }),
  z.object({ intent: z.literal("link"), companyId: z.uuid({ error: "projects.errors.company" }) }),
  z.object({ intent: z.literal("unlink"), companyId: z.uuid({ error: "projects.errors.company" }) }),
  z.object({ intent: z.literal("actors"), actors: freeText().max(2_000, "reports.errors.actors").optional() }),
  // Merging cannot be undone: it takes effect only with confirm=1, the second submit of its confirmation step.
  z.object({ intent: z.literal("merge"), intoId: z.uuid({ error: "projects.errors.mergeTarget" }), confirm: confirmField }),
]);
export type ProjectAdminInput = z.infer<typeof ProjectAdminSchema>;

const website = freeText()
  .max(300, "companies.errors.website")
  .refine((value) => {
    if (!value) return true;
    try {
      const url = new URL(value);
      return url.protocol === "https:" || url.protocol === "http:";
    } catch {
      return false;
    }
  }, "companies.errors.website")
  .optional();

/** Create or edit a company or public body. */
export const CompanyFieldsSchema = z.object({
  name: freeText({ error: "companies.errors.name" }).min(2, "companies.errors.name").max(120, "companies.errors.nameLong"),
  kind: z.enum(COMPANY_KINDS, { error: "companies.errors.kind" }),
  website,
  description: freeText().max(2_000, "companies.errors.description").optional(),
});
export type CompanyFields = z.infer<typeof CompanyFieldsSchema>;

export const CompanyAdminSchema = z.discriminatedUnion("intent", [
  CompanyFieldsSchema.extend({ intent: z.literal("create") }),
  CompanyFieldsSchema.extend({ intent: z.literal("edit"), id: z.uuid() }),
  // Merging cannot be undone: it takes effect only with confirm=1.
  z.object({ intent: z.literal("merge"), id: z.uuid(), intoId: z.uuid({ error: "companies.errors.mergeTarget" }), confirm: confirmField }),
]);

/** The map's and its table's filters (query parameters: the map works without JavaScript). */
export const MapFilterSchema = z.object({
  type: z.enum(PROJECT_KINDS).optional().catch(undefined),
  statut: z.enum(PROJECT_STATUSES).optional().catch(undefined),
  departement: z
    .string()
    .trim()
    .regex(/^(\d{2,3}|2A|2B)$/i)
    .transform((value) => value.toUpperCase())
    .optional()
    .catch(undefined),
});
export type MapFilter = z.infer<typeof MapFilterSchema>;
