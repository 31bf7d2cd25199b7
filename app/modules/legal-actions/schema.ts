import { z } from "zod";
import { isCalendarDay } from "~/utils/dates";
import { freeText } from "~/schemas/free-text";
import { LEGAL_ACTION_STATUSES } from "./choices";
import { HearingFields, hearingPlaceRequired } from "~/modules/calendar/schema";

const date = freeText({ error: "legalActions.errors.date" }).refine(isCalendarDay, "legalActions.errors.date");

/**
 * An organizer's legal action form. Communes: names (or INSEE codes), separated by commas
 * (empty for a national action); whether they exist is checked in the action. Documents: one
 * per line, "label | https://…".
 */
export const LegalActionSchema = z.object({
  title: freeText({ error: "legalActions.errors.title" }).min(3, "legalActions.errors.title").max(200, "legalActions.errors.title"),
  communes: freeText().max(500, "legalActions.errors.communes").default(""),
  project: freeText().max(300, "legalActions.errors.project").default(""),
  /** The published project record it targets, picked from a list (empty: none); checked in the action. */
  reportId: z.uuid({ error: "legalActions.errors.report" }).optional(),
  court: freeText({ error: "legalActions.errors.court" }).min(2, "legalActions.errors.court").max(200, "legalActions.errors.court"),
  filedOn: date,
  status: z.enum(LEGAL_ACTION_STATUSES, { error: "legalActions.errors.status" }),
  summary: freeText({ error: "legalActions.errors.summary" }).min(10, "legalActions.errors.summary").max(5000, "legalActions.errors.summary"),
  documents: freeText()
    .max(5000, "legalActions.errors.documents")
    .default("")
    .refine((value) => parseDocuments(value) !== null, "legalActions.errors.documents"),
});

export type LegalActionInput = z.infer<typeof LegalActionSchema>;

export const LegalActionUpdateSchema = z
  .object({
    happenedOn: date,
    text: freeText({ error: "legalActions.errors.updateText" }).min(3, "legalActions.errors.updateText").max(2000, "legalActions.errors.updateText"),
    // Issue 25: a hearing on this date becomes a public event (app/modules/calendar/campaign-dates.server.ts).
    ...HearingFields,
  })
  .refine(hearingPlaceRequired.check, { path: [...hearingPlaceRequired.path], error: hearingPlaceRequired.error });

/** "label | https://…" per line; null when a line is not of that form. */
export function parseDocuments(value: string): { label: string; url: string }[] | null {
  const lines = value
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  const documents: { label: string; url: string }[] = [];
  for (const line of lines) {
    const match = /^(.+?)\s*\|\s*(https?:\/\/\S+)$/.exec(line);
    if (!match) return null;
    documents.push({ label: match[1].trim(), url: match[2] });
  }
  return documents;
}

/** The public list's filters (/recours?statut=…&ville=…): junk reads as no filter. */
export const LegalActionFiltersSchema = z.object({
  statut: z.enum(LEGAL_ACTION_STATUSES).optional().catch(undefined),
  ville: z.string().trim().max(100).optional().catch(undefined),
});
