import type { SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary, FieldErrors } from "~/components/forms";
import { MergeForm } from "~/components/merge-form";
import { StatusBadge } from "~/modules/projects/components/status";
import { addProjectEvent, getProjectForAdmin, linkCompany, mergeProject, setProjectActors, setProjectStatus } from "~/modules/projects/project.server";
import { ProjectAdminSchema } from "~/modules/projects/project-schema";
import { PROJECT_STATUSES } from "~/modules/projects/choices";
import { requireOrganizer } from "~/models/auth.server";
import { requireRecord } from "~/modules/territorial/records.server";
import { isNational } from "~/modules/groups/territory.server";
import { useLang, useT } from "~/utils/i18n";
import { adminTitle } from "~/utils/meta";
import { isUuid } from "~/utils/uuid";
import { formatDate } from "~/utils/dates";
import { isConfirmed } from "~/schemas/confirm";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => adminTitle(matches, data ? { text: data.project.title } : null, "admin.projects.one");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const organizer = await requireOrganizer(request, { territorial: true });
  await requireRecord(organizer, "report", params.id, "project.view");
  const project = await getProjectForAdmin({ id: params.id ?? "" });
  if (!project) throw new Response("Not found", { status: 404 });
  return { project, national: isNational(organizer) };
}

/** The answer to a failed or unconfirmed submit: which form it was, its reply, and a merge awaiting confirmation. */
type ActionResult = { form: string; result: SubmissionResult<string[]>; confirm?: { intoId: string } };

export async function action({ request, params }: ActionFunctionArgs) {
  const organizer = await requireOrganizer(request, { territorial: true });
  const id = params.id ?? "";
  // An id that is not a UUID names no project: 404 before PostgreSQL sees it.
  if (!isUuid(id)) throw new Response("Not found", { status: 404 });
  await requireRecord(organizer, "report", id, "project.edit");
  const formData = await request.formData();
  const form = String(formData.get("intent") ?? "");
  const submission = parseWithZod(formData, { schema: ProjectAdminSchema });
  if (submission.status !== "success") return data<ActionResult>({ form, result: submission.reply() }, { status: 400 });
  const value = submission.value;
  // A merge cannot be undone: without confirm=1 the page asks for the confirmation.
  if (value.intent === "merge" && !isConfirmed(value)) return data<ActionResult>({ form, result: submission.reply(), confirm: { intoId: value.intoId } });
  const change = { id, organizerId: organizer.id };
  const result =
    value.intent === "status"
      ? await setProjectStatus({ ...change, status: value.projectStatus, statusSince: value.statusSince })
      : value.intent === "event"
        ? await addProjectEvent({ ...change, occurredOn: value.occurredOn, text: value.text, status: value.status })
        : value.intent === "link" || value.intent === "unlink"
          ? await linkCompany({ ...change, companyId: value.companyId, linked: value.intent === "link" })
          : value.intent === "actors"
            ? await setProjectActors({ ...change, actors: value.actors ?? "" })
            : await mergeProject({ ...change, intoId: value.intoId });
  if (!result.ok) return data<ActionResult>({ form, result: submission.reply({ formErrors: ["admin.reports.conflict"] }) }, { status: 409 });
  if (value.intent === "merge" && "slug" in result && result.slug) return redirect(`/projets/${result.slug}`);
  return redirect(`/admin/projets/${id}`);
}

/** One published project: status, timeline, companies and bodies, unresolved actors, merge. */
export default function AdminProjectPage() {
  const { project, national } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const lang = useLang();
  const dates = { format: (value: Date) => formatDate(lang, value) };
  const errors = (form: string): Record<string, string[] | undefined> =>
    Object.fromEntries(Object.entries(actionData?.form === form ? (actionData.result.error ?? {}) : {}).map(([name, list]) => [name, list ?? undefined]));
  // Each form's fields, by the element each error links to: one summary for the page, for the form that failed.
  const fieldIds: Record<string, Record<string, string>> = {
    status: { projectStatus: "project-status", statusSince: "status-since" },
    event: { occurredOn: "event-date", text: "event-text" },
    link: { companyId: "link-company" },
    actors: { actors: "project-actors" },
    merge: { intoId: "merge-project" },
  };
  const failed = actionData ? (fieldIds[actionData.form] ?? {}) : {};
  const summaryFields = actionData ? Object.entries(failed).map(([name, id]) => ({ name, id, errors: errors(actionData.form)[name] })) : [];
  const linkedIds = new Set(project.linked.map((company) => company.id));
  const available = project.companies.filter((company) => !linkedIds.has(company.id));
  return (
    <>
      <p>
        <Link to="/admin/projets">{t("admin.projects")}</Link>
      </p>
      <h1>{project.title}</h1>
      <p>
        {project.commune.name} ({project.commune.departmentCode}) · <StatusBadge status={project.projectStatus} /> ·{" "}
        <Link to={`/projets/${project.slug}`}>{t("admin.projects.view")}</Link>
      </p>
      <ErrorSummary formErrors={actionData?.result.error?.[""] ?? undefined} fields={summaryFields} />

      <h2>{t("projects.status")}</h2>
      <Form method="post" className="stack">
        <input type="hidden" name="intent" value="status" />
        <div className="field">
          <label htmlFor="project-status">{t("projects.status")}</label>
          <select id="project-status" name="projectStatus" defaultValue={project.projectStatus} required>
            {PROJECT_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`projects.status.${status}`)}
              </option>
            ))}
          </select>
          <FieldErrors id="project-status-error" errors={errors("status").projectStatus} />
        </div>
        <div className="field">
          <label htmlFor="status-since">{t("admin.projects.statusSince")}</label>
          <input
            id="status-since"
            name="statusSince"
            type="date"
            defaultValue={project.statusSince ? new Date(project.statusSince).toISOString().slice(0, 10) : ""}
          />
          <FieldErrors id="status-since-error" errors={errors("status").statusSince} />
        </div>
        <button type="submit">{t("admin.projects.saveStatus")}</button>
      </Form>

      <h2>{t("projects.timeline")}</h2>
      {project.events.length === 0 ? (
        <p>{t("projects.noEvents")}</p>
      ) : (
        <ol className="timeline">
          {project.events.map((event) => (
            <li key={event.id}>
              <time>{dates.format(new Date(event.occurredOn))}</time> {event.status ? <StatusBadge status={event.status} /> : null}
              <p>{event.text}</p>
            </li>
          ))}
        </ol>
      )}
      <Form method="post" className="stack">
        <input type="hidden" name="intent" value="event" />
        <div className="field">
          <label htmlFor="event-date">{t("admin.projects.eventDate")}</label>
          <input id="event-date" name="occurredOn" type="date" required aria-describedby={errors("event").occurredOn ? "event-date-error" : undefined} />
          <FieldErrors id="event-date-error" errors={errors("event").occurredOn} />
        </div>
        <div className="field">
          <label htmlFor="event-text">{t("admin.projects.eventText")}</label>
          <textarea
            id="event-text"
            name="text"
            rows={3}
            required
            minLength={3}
            maxLength={2000}
            aria-describedby={errors("event").text ? "event-text-error" : undefined}
          />
          <FieldErrors id="event-text-error" errors={errors("event").text} />
        </div>
        <div className="field">
          <label htmlFor="event-status">{t("admin.projects.eventStatus")}</label>
          <select id="event-status" name="status" defaultValue="">
            <option value="">{t("admin.projects.eventNoStatus")}</option>
            {PROJECT_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`projects.status.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t("admin.projects.addEvent")}</button>
      </Form>

      <h2>{t("projects.actors")}</h2>
      {project.linked.length > 0 ? (
        <ul className="company-links">
          {project.linked.map((company) => (
            <li key={company.id}>
              <Link to={`/entreprises/${company.slug}`}>{company.name}</Link>{" "}
              <Form method="post" className="inline-form">
                <input type="hidden" name="intent" value="unlink" />
                <input type="hidden" name="companyId" value={company.id} />
                <button type="submit" className="link-button" aria-label={t("admin.projects.unlinkNamed", { name: company.name })}>
                  {t("admin.projects.unlink")}
                </button>
              </Form>
            </li>
          ))}
        </ul>
      ) : null}
      {available.length === 0 ? (
        <p>{national ? <Link to="/admin/entreprises">{t("admin.projects.createCompany")}</Link> : null}</p>
      ) : (
        <Form method="post" className="stack">
          <input type="hidden" name="intent" value="link" />
          <div className="field">
            <label htmlFor="link-company">{t("admin.projects.linkCompany")}</label>
            <select id="link-company" name="companyId" required>
              {available.map((company) => (
                <option key={company.id} value={company.id}>
                  {company.name} ({t(`companies.kind.${company.kind}`)})
                </option>
              ))}
            </select>
            <FieldErrors id="link-company-error" errors={errors("link").companyId} />
          </div>
          <button type="submit">{t("admin.projects.link")}</button>
          <p className="hint">{national ? <Link to="/admin/entreprises">{t("admin.projects.createCompany")}</Link> : null}</p>
        </Form>
      )}
      <Form method="post" className="stack">
        <input type="hidden" name="intent" value="actors" />
        <div className="field">
          <label htmlFor="project-actors">{t("admin.projects.actorsText")}</label>
          <p id="project-actors-hint" className="hint">
            {t("admin.projects.actorsHint")}
          </p>
          <textarea id="project-actors" name="actors" rows={3} maxLength={2000} defaultValue={project.actors} aria-describedby="project-actors-hint" />
          <FieldErrors id="project-actors-error" errors={errors("actors").actors} />
        </div>
        <button type="submit" className="secondary">
          {t("admin.projects.saveActors")}
        </button>
      </Form>

      <h2>{t("admin.projects.merge")}</h2>
      {project.candidates.length === 0 ? (
        <p>{t("admin.reports.noCandidates")}</p>
      ) : (
        <MergeForm
          id="merge-project"
          label={t("admin.projects.mergeInto")}
          submitLabel={t("admin.projects.mergeSubmit")}
          candidates={project.candidates.map((candidate) => ({ id: candidate.id, label: candidate.title }))}
          confirming={actionData?.confirm?.intoId}
          consequence={(into) => t("admin.projects.confirmMerge", { title: into.label })}
          errors={errors("merge").intoId}
        />
      )}
    </>
  );
}
