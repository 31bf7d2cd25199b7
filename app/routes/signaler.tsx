import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ReportForm } from "~/modules/projects/components/report-form";
import { communeField } from "~/models/commune-choice.server";
import { companyNames } from "~/modules/projects/company.server";
import { submitReport } from "~/modules/projects/report.server";
import { ReportSchema } from "~/modules/projects/report-schema";
import { guardPublicForm, guardReply } from "~/utils/form-guard.server";
import { messageWithParams, useT } from "~/utils/i18n";
import { getLang } from "~/utils/lang.server";
import { pageTitle } from "~/utils/meta";
import { sanitizeDocuments } from "~/utils/document-sanitizer.server";
import { checkDocuments, MAX_DOCUMENTS, parseFormWithFiles } from "~/utils/uploads.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "reports.form.pageTitle");

export async function loader(_: LoaderFunctionArgs) {
  return { companyNames: await companyNames() };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { formData, files } = await parseFormWithFiles(request, "documents");
  const submission = parseWithZod(formData, { schema: ReportSchema });
  const email = submission.status === "success" ? submission.value.email : null;
  const guard = await guardPublicForm({ request, context, formData, form: "report", email });
  // A bot gets what a reporter gets, and nothing is recorded.
  const stopped = guardReply(guard, { bot: () => redirect("/signaler/verification"), reply: (held) => ({ result: submission.reply(held), choices: [] }) });
  if (stopped) return stopped;

  const { accepted, problems } = await sanitizeDocuments(checkDocuments(files));
  const fieldErrors: Record<string, string[]> = {};
  if (problems.length > 0) {
    fieldErrors.documents = problems.map(({ fileName, problem }) =>
      problem === "tooMany"
        ? messageWithParams("reports.errors.tooManyFiles", { max: MAX_DOCUMENTS })
        : problem === "busy"
          ? "reports.errors.busy"
          : messageWithParams(`reports.errors.file.${problem}`, { name: fileName }),
    );
    fieldErrors.documents.push("reports.errors.chooseAgain");
  }
  const { commune, choices, errors } = await communeField(formData);
  if (errors) fieldErrors.commune = errors;
  if (submission.status !== "success" || !commune || Object.keys(fieldErrors).length > 0) {
    // Too many documents being cleaned: the site's state, not the form's (the form is kept).
    const busy = problems.some(({ problem }) => problem === "busy");
    return data({ result: submission.reply({ fieldErrors }), choices }, busy ? { status: 503, headers: { "Retry-After": "10" } } : { status: 400 });
  }
  const submitted = await submitReport({ inseeCode: commune.inseeCode, input: submission.value, documents: accepted, lang: await getLang(request) });
  // Unconfirmed reports' files fill their quota (a flood): say so and keep what was typed.
  if (!submitted.ok) return data({ result: submission.reply({ formErrors: ["reports.errors.uploadsFull"] }), choices }, { status: 429 });
  return redirect("/signaler/verification");
}

export default function ReportPage() {
  const actionData = useActionData<typeof action>();
  const { companyNames: knownCompanies } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <div className="narrow">
      <h1>{t("reports.form.heading")}</h1>
      <p className="lead">{t("reports.form.intro")}</p>
      <ReportForm lastResult={actionData?.result} choices={actionData?.choices} companyNames={knownCompanies} />
    </div>
  );
}
