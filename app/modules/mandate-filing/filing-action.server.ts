// What the filing page's action does with a submission (issue 26, item 4), so that the route
// stays thin: parse, check the day, ask for the confirmation, record, and say why not.
import { parseWithZod } from "@conform-to/zod/v4";
import type { SubmissionResult } from "@conform-to/react";
import { isConfirmed } from "~/schemas/confirm";
import { formatDate, parisDay } from "~/utils/dates";
import { messageWithParams, type Lang } from "~/utils/i18n";
import { recordEnd, recordFiling } from "./filing.server";
import { EndSchema, FilingSchema, filingInstant } from "./schema";

export type FilingActionResult =
  | { kind: "reply"; status: number; result: SubmissionResult<string[]>; confirm?: { filedOn: string; filedWith: string; reference: string } }
  | { kind: "confirm-end" }
  | { kind: "error"; status: number; error: "notFiled" | "alreadyEnded" }
  | { kind: "done"; notice: "filed" | "ended"; count?: number };

export async function handleFilingAction({
  formData,
  campaign,
  organizerId,
  lang,
  now = new Date(),
}: {
  formData: FormData;
  campaign: { id: string; fileBy: Date; count: number };
  organizerId: string;
  lang: Lang;
  now?: Date;
}): Promise<FilingActionResult> {
  if (formData.get("intent") === "end") {
    const parsed = EndSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success || !isConfirmed(parsed.data)) return { kind: "confirm-end" };
    const ended = await recordEnd({ campaignId: campaign.id, organizerId, now });
    if (ended.ok) return { kind: "done", notice: "ended" };
    return { kind: "error", status: 409, error: ended.error === "already-ended" ? "alreadyEnded" : "notFiled" };
  }
  const submission = parseWithZod(formData, { schema: FilingSchema });
  if (submission.status !== "success") return { kind: "reply", status: 400, result: submission.reply() };
  const { filedOn, filedWith, reference, confirm } = submission.value;
  const from = parisDay(campaign.fileBy);
  if (filedOn < from || filedOn > parisDay(now)) {
    return {
      kind: "reply",
      status: 400,
      result: submission.reply({ fieldErrors: { filedOn: [messageWithParams("admin.mandateFiling.errors.filedOnRange", { from: formatDate(lang, from) })] } }),
    };
  }
  if (!isConfirmed({ confirm })) {
    if (now < campaign.fileBy) return { kind: "reply", status: 409, result: submission.reply({ formErrors: ["admin.mandateFiling.errors.notFrozen"] }) };
    return { kind: "reply", status: 200, result: submission.reply(), confirm: { filedOn, filedWith, reference } };
  }
  const filed = await recordFiling({ campaignId: campaign.id, organizerId, filedAt: filingInstant(filedOn), filedWith, reference, now });
  if (filed.ok) return { kind: "done", notice: "filed", count: filed.recipients };
  const error = filed.error === "already-filed" ? "admin.mandateFiling.errors.alreadyFiled" : "admin.mandateFiling.errors.notFrozen";
  return { kind: "reply", status: 409, result: submission.reply({ formErrors: [error] }) };
}
