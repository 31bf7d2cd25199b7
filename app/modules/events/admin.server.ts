// The organizers' event form, read once for creation and edition: the schema, then the commune
// (it must exist), then the references against the organizer's rights. Errors go back next to
// their fields, with everything typed.
import type { SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { communeField } from "~/models/commune-choice.server";
import type { CommuneSummary } from "~/models/commune-index.server";
import type { Actor } from "~/modules/groups/territory.server";
import { checkEventReferences } from "./event.server";
import { EventSchema, type EventInput } from "./schema";

type Parsed = { ok: true; input: EventInput; inseeCode: string | null } | { ok: false; reply: SubmissionResult<string[]>; choices: CommuneSummary[] };

export async function readEventForm(actor: Actor, formData: FormData): Promise<Parsed> {
  const submission = parseWithZod(formData, { schema: EventSchema });
  const online = formData.get("place") === "online";
  const { commune, choices, errors } = online ? { commune: null, choices: [], errors: undefined } : await communeField(formData);
  if (submission.status !== "success" || (!online && !commune)) {
    return { ok: false, reply: submission.reply({ fieldErrors: errors ? { commune: errors } : {} }), choices };
  }
  const inseeCode = commune?.inseeCode ?? null;
  const fieldErrors = await checkEventReferences(actor, submission.value, inseeCode);
  if (Object.keys(fieldErrors).length) return { ok: false, reply: submission.reply({ fieldErrors }), choices: [] };
  return { ok: true, input: submission.value, inseeCode };
}
