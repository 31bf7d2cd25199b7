// Reading one step of a request's procedure from a form (with its documents): shared by the
// requester's personal page and the organizers' page of a request, which record the same steps.
import { RequestStepSchema, type RequestStep } from "./schema";
import { sanitizeDocuments } from "~/utils/document-sanitizer.server";
import { translator, type Lang } from "~/utils/i18n";
import { checkDocuments, MAX_DOCUMENTS, parseFormWithFiles } from "~/utils/uploads.server";
import type { AcceptedFile } from "./request.server";

/** What a step form gets back on a mistake: the step, messages per field, one for the form. */
export type StepErrors = { intent: string; fields: Record<string, string[]>; form?: string };

export type StepSubmission =
  | { ok: true; intent: string; formData: FormData; step: RequestStep; files: AcceptedFile[] }
  | { ok: false; intent: string; formData: FormData; errors: StepErrors };

/**
 * Parses a step: Zod for the fields, then the documents (answers and outcomes only) through the
 * same checks as reports (size, type read from the content, metadata stripped).
 */
export async function readStepSubmission(request: Request, lang: Lang): Promise<StepSubmission> {
  const { formData, files } = await parseFormWithFiles(request, "files");
  const intent = String(formData.get("intent") ?? "");
  const errors: StepErrors = { intent, fields: {} };
  const parsed = RequestStepSchema.safeParse(Object.fromEntries([...formData.entries()].filter(([, value]) => typeof value === "string")));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) (errors.fields[String(issue.path[0] ?? "form")] ??= []).push(issue.message);
    return { ok: false, intent, formData, errors };
  }
  const step = parsed.data;
  const takesFiles = step.intent === "answer" || step.intent === "outcome";
  const { accepted, problems } = await sanitizeDocuments(checkDocuments(takesFiles ? files : []));
  if (problems.length > 0) {
    const t = translator(lang);
    errors.fields.files = problems.map(({ fileName, problem }) =>
      problem === "tooMany"
        ? t("reports.errors.tooManyFiles", { max: MAX_DOCUMENTS })
        : problem === "busy"
          ? t("reports.errors.busy")
          : t(`reports.errors.file.${problem}`, { name: fileName }),
    );
    return { ok: false, intent, formData, errors };
  }
  return { ok: true, intent, formData, step, files: accepted };
}
