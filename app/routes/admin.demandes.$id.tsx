import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { RequestStepForms } from "~/modules/document-requests/components/steps";
import { ObtainedFiles, RequestDatesList, RequestStanding } from "~/modules/document-requests/components/requests";
import { ErrorSummary, FieldErrors } from "~/components/forms";
import { getRequestForOrganizer, linkRequest } from "~/modules/document-requests/admin.server";
import { recordStepAsOrganizer } from "~/modules/document-requests/request.server";
import { readStepSubmission } from "~/modules/document-requests/steps.server";
import { RequestLinkSchema } from "~/modules/document-requests/schema";
import { requireOrganizer } from "~/models/auth.server";
import { requireRecord } from "~/modules/territorial/records.server";
import { isNational } from "~/modules/groups/territory.server";
import { useT } from "~/utils/i18n";
import { getLang } from "~/utils/lang.server";
import { adminTitle } from "~/utils/meta";
import { isUuid } from "~/utils/uuid";
import { prose } from "~/utils/typography";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  adminTitle(matches, "admin.requests.one", data ? { text: data.request.commune.name } : null, data ? { text: data.request.template.title } : null);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const organizer = await requireOrganizer(request, { territorial: true });
  await requireRecord(organizer, "request", params.id, "request.view");
  const found = await getRequestForOrganizer({ id: params.id ?? "" });
  if (!found) throw new Response("Not found", { status: 404 });
  return { request: found, national: isNational(organizer) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const organizer = await requireOrganizer(request, { territorial: true });
  const id = params.id ?? "";
  // Before anything reads the body or reaches PostgreSQL (which refuses a malformed uuid).
  if (!isUuid(id)) throw new Response("Not found", { status: 404 });
  await requireRecord(organizer, "request", id, "request.edit");
  const submission = await readStepSubmission(request, await getLang(request));
  if (submission.intent === "link") {
    const parsed = RequestLinkSchema.safeParse(Object.fromEntries(submission.formData));
    if (!parsed.success) {
      const fields: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) (fields[String(issue.path[0] ?? "form")] ??= []).push(issue.message);
      return data({ intent: "link", fields }, { status: 400 });
    }
    const result = await linkRequest({ requestId: id, reportId: parsed.data.reportId, legalActionId: parsed.data.legalActionId, organizerId: organizer.id });
    if (!result.ok) {
      if (result.error === "documentRequests.errors.unknown") throw new Response("Not found", { status: 404 });
      return data({ intent: "link", fields: {}, form: result.error }, { status: 400 });
    }
    return redirect(`/admin/demandes/${id}#liens`);
  }
  if (!submission.ok) return data(submission.errors, { status: 400 });
  const result = await recordStepAsOrganizer({ requestId: id, step: submission.step, files: submission.files, organizerId: organizer.id });
  if (!result.ok) {
    if (result.error === "documentRequests.errors.unknown") throw new Response("Not found", { status: 404 });
    return data({ intent: submission.intent, fields: {}, form: result.error }, { status: 400 });
  }
  return redirect(`/admin/demandes/${id}`);
}

/** One request, for organizers: where it stands, the commune's answers and each step, and its links. */
export default function AdminRequestPage() {
  const { request, national } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const { clock, dates, today } = request;
  const linkErrors: { fields: Record<string, string[] | undefined>; form?: string } | null =
    result && result.intent === "link" ? { fields: result.fields, form: "form" in result ? result.form : undefined } : null;
  return (
    <>
      <p>
        <Link to="/admin/demandes">{t("admin.requests")}</Link>
      </p>
      <h1>{t("admin.requests.heading", { commune: request.commune.name })}</h1>
      <p>
        {prose(request.projectLabel ? `${request.template.title} : « ${request.projectLabel} »` : request.template.title)}
        {request.campaign ? ` · ${t("admin.requests.campaign", { title: request.campaign.title })}` : ""}
      </p>
      <RequestStanding clock={clock} />
      <RequestDatesList clock={clock} dates={dates} />
      <p>
        <Link to={`/demandes/${request.id}`}>{t("admin.requests.publicPage")}</Link>
        {request.remindersStoppedAt ? ` · ${t("documentRequests.personal.remindersStopped")}` : ""}
      </p>

      <section aria-labelledby="steps-heading" className="request-steps">
        <h2 id="steps-heading">{t("admin.requests.steps")}</h2>
        <p className="hint">{t("admin.requests.stepsIntro")}</p>
        <RequestStepForms dates={dates} state={clock.state} today={today} />
      </section>

      {request.files.length > 0 ? (
        <section aria-labelledby="files-heading">
          <h2 id="files-heading">{t("documentRequests.personal.filesHeading")}</h2>
          <ObtainedFiles files={request.files} />
        </section>
      ) : null}

      <section aria-labelledby="liens" className="panel">
        <h2 id="liens">{t("admin.requests.links")}</h2>
        <Form method="post" className="stack">
          <ErrorSummary
            formErrors={linkErrors?.form ? [linkErrors.form] : undefined}
            fields={[
              { name: "reportId", errors: linkErrors?.fields.reportId, id: "link-report" },
              { name: "legalActionId", errors: linkErrors?.fields.legalActionId, id: "link-legal" },
            ]}
          />
          <input type="hidden" name="intent" value="link" />
          <div className="field">
            <label htmlFor="link-report">{t("admin.requests.linkProject")}</label>
            <select
              id="link-report"
              name="reportId"
              defaultValue={request.report?.id ?? ""}
              aria-describedby={linkErrors?.fields.reportId ? "link-report-error" : undefined}
            >
              <option value="">{t("admin.requests.none")}</option>
              {request.projects.map((project) => (
                <option key={project.id} value={project.id}>
                  {project.title}
                </option>
              ))}
            </select>
            <FieldErrors id="link-report-error" errors={linkErrors?.fields.reportId} />
          </div>
          <div className="field">
            <label htmlFor="link-legal">{t("admin.requests.linkLegalAction")}</label>
            <select
              id="link-legal"
              name="legalActionId"
              defaultValue={request.legalAction?.id ?? ""}
              aria-describedby={linkErrors?.fields.legalActionId ? "link-legal-error" : undefined}
            >
              <option value="">{t("admin.requests.none")}</option>
              {request.legalActions.map((action) => (
                <option key={action.id} value={action.id}>
                  {action.title}
                </option>
              ))}
            </select>
            <FieldErrors id="link-legal-error" errors={linkErrors?.fields.legalActionId} />
          </div>
          <button type="submit">{t("admin.requests.saveLinks")}</button>
        </Form>
        <ul>
          <li>
            <Link to={`/villes/${request.commune.slug}`}>{t("documentRequests.page.cityDossier", { commune: request.commune.name })}</Link>
          </li>
          {request.report?.slug ? (
            <li>
              <Link to={`/projets/${request.report.slug}`}>{request.report.title}</Link>
            </li>
          ) : null}
          {request.legalAction ? (
            <li>{national ? <Link to={`/admin/recours/${request.legalAction.id}`}>{request.legalAction.title}</Link> : request.legalAction.title}</li>
          ) : null}
        </ul>
      </section>
    </>
  );
}
