import type { SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary, FieldErrors } from "~/components/forms";
import { MergeForm } from "~/components/merge-form";
import { createCompany, editCompany, listCompaniesForAdmin, mergeCompany } from "~/modules/projects/company.server";
import { CompanyAdminSchema } from "~/modules/projects/project-schema";
import { COMPANY_KINDS } from "~/modules/projects/choices";
import { requireOrganizer } from "~/models/auth.server";
import { useT } from "~/utils/i18n";
import { adminTitle } from "~/utils/meta";
import { isConfirmed } from "~/schemas/confirm";

export const meta: MetaFunction = ({ matches }) => adminTitle(matches, "admin.companies");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireOrganizer(request);
  return { companies: await listCompaniesForAdmin() };
}

/** The answer to a failed or unconfirmed submit: which form it was, its reply, and a merge awaiting confirmation. */
type ActionResult = { form: string; result: SubmissionResult<string[]>; confirm?: { id: string; intoId: string } };

export async function action({ request }: ActionFunctionArgs) {
  const organizer = await requireOrganizer(request);
  const formData = await request.formData();
  const form = `${formData.get("intent") ?? ""}${formData.get("id") ?? ""}`.slice(0, 80);
  const submission = parseWithZod(formData, { schema: CompanyAdminSchema });
  if (submission.status !== "success") return data<ActionResult>({ form, result: submission.reply() }, { status: 400 });
  const value = submission.value;
  if (value.intent === "create") {
    const created = await createCompany({ organizerId: organizer.id, fields: value });
    if (!created.ok) return data<ActionResult>({ form, result: submission.reply({ fieldErrors: { name: ["companies.errors.taken"] } }) }, { status: 409 });
    return redirect("/admin/entreprises");
  }
  // A merge cannot be undone: without confirm=1 the page asks for the confirmation.
  if (value.intent === "merge" && !isConfirmed(value))
    return data<ActionResult>({ form, result: submission.reply(), confirm: { id: value.id, intoId: value.intoId } });
  const result =
    value.intent === "edit"
      ? await editCompany({ id: value.id, organizerId: organizer.id, fields: value })
      : await mergeCompany({ id: value.id, organizerId: organizer.id, intoId: value.intoId });
  if (!result.ok) return data<ActionResult>({ form, result: submission.reply({ formErrors: ["admin.reports.conflict"] }) }, { status: 409 });
  return redirect("/admin/entreprises");
}

function CompanyFields({
  prefix,
  errors,
  defaults,
}: {
  prefix: string;
  errors: Record<string, string[] | undefined>;
  defaults?: { name: string; kind: string; website: string | null; description: string };
}) {
  const t = useT();
  return (
    <>
      <div className="field">
        <label htmlFor={`${prefix}-name`}>{t("companies.name")}</label>
        <input
          id={`${prefix}-name`}
          name="name"
          required
          minLength={2}
          maxLength={120}
          defaultValue={defaults?.name}
          aria-describedby={errors.name ? `${prefix}-name-error` : undefined}
        />
        <FieldErrors id={`${prefix}-name-error`} errors={errors.name} />
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-kind`}>{t("companies.kind")}</label>
        <select id={`${prefix}-kind`} name="kind" required defaultValue={defaults?.kind ?? "VENDOR"}>
          {COMPANY_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`companies.kind.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-website`}>{t("companies.website")}</label>
        <input
          id={`${prefix}-website`}
          name="website"
          type="url"
          maxLength={300}
          defaultValue={defaults?.website ?? ""}
          aria-describedby={errors.website ? `${prefix}-website-error` : undefined}
        />
        <FieldErrors id={`${prefix}-website-error`} errors={errors.website} />
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-description`}>{t("companies.description")}</label>
        <textarea id={`${prefix}-description`} name="description" rows={2} maxLength={2000} defaultValue={defaults?.description} />
        <FieldErrors id={`${prefix}-description-error`} errors={errors.description} />
      </div>
    </>
  );
}

/** Companies and public bodies: create, edit, merge duplicates (every change audited). */
export default function AdminCompaniesPage() {
  const { companies } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const errors = (form: string): Record<string, string[] | undefined> =>
    Object.fromEntries(Object.entries(actionData?.form === form ? (actionData.result.error ?? {}) : {}).map(([name, list]) => [name, list ?? undefined]));
  const active = companies.filter((company) => !company.mergedInto);
  const confirming = actionData?.confirm;
  // The form that failed, for the error summary: the creation form or one company's (opened).
  const failedCompany = companies.find((company) => actionData?.form === `edit${company.id}`);
  const failedPrefix = actionData?.form === "create" ? "new" : failedCompany ? `edit-${failedCompany.slug}` : null;
  const failedErrors = actionData ? errors(actionData.form) : {};
  const summaryFields = failedPrefix
    ? ["name", "website", "description"].map((name) => ({ name, id: `${failedPrefix}-${name}`, errors: failedErrors[name] }))
    : [];
  return (
    <>
      <h1>{t("admin.companies")}</h1>
      <p>
        <Link to="/admin/projets">{t("admin.projects")}</Link> · <Link to="/entreprises">{t("companies.title")}</Link>
      </p>
      <ErrorSummary formErrors={actionData?.result.error?.[""] ?? undefined} fields={summaryFields} />
      <h2>{t("admin.companies.create")}</h2>
      <Form method="post" className="stack">
        <input type="hidden" name="intent" value="create" />
        <CompanyFields prefix="new" errors={errors("create")} />
        <button type="submit">{t("admin.companies.createSubmit")}</button>
      </Form>
      <h2>{t("admin.companies.list")}</h2>
      {companies.length === 0 ? <p>{t("companies.empty")}</p> : null}
      {companies.map((company) => (
        <details key={company.id} className="panel" open={confirming?.id === company.id || company.id === failedCompany?.id || undefined}>
          <summary>
            {company.name}{" "}
            <span className="muted">
              ({t(`companies.kind.${company.kind}`)}, {t("reports.list.projectCount", { count: company._count.reports })})
            </span>
            {company.mergedInto ? <span className="muted"> → {company.mergedInto.name}</span> : null}
          </summary>
          {company.mergedInto ? null : (
            <>
              <Form method="post" className="stack">
                <input type="hidden" name="intent" value="edit" />
                <input type="hidden" name="id" value={company.id} />
                <CompanyFields prefix={`edit-${company.slug}`} errors={errors(`edit${company.id}`)} defaults={company} />
                <button type="submit" className="secondary">
                  {t("admin.companies.save")}
                </button>
              </Form>
              {active.length > 1 ? (
                <MergeForm
                  id={`merge-${company.slug}`}
                  label={t("admin.companies.mergeInto", { name: company.name })}
                  submitLabel={t("admin.companies.mergeSubmit")}
                  candidates={active.filter((other) => other.id !== company.id).map((other) => ({ id: other.id, label: other.name }))}
                  fields={{ id: company.id }}
                  confirming={confirming?.id === company.id ? confirming.intoId : undefined}
                  consequence={(into) => t("admin.companies.confirmMerge", { name: company.name, into: into.label })}
                  errors={errors(`merge${company.id}`).intoId}
                />
              ) : null}
            </>
          )}
        </details>
      ))}
    </>
  );
}
