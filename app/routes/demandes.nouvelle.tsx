import { getCollectionProps, getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { RequesterFields } from "~/modules/document-requests/components/requester-fields";
import { FormGuard } from "~/components/form-guard";
import { ErrorSummary, FieldErrors, TextAreaField, TextField } from "~/components/forms";
import { useServerForm } from "~/components/server-form";
import { constraints as documentRequestConstraints } from "~/components/form-constraints/documentRequest";
import { constraints as documentRequestWithProjectConstraints } from "~/components/form-constraints/documentRequestWithProject";
import { getCommuneBySlug } from "~/models/commune.server";
import {
  chosenDocuments,
  findProjectForRequest,
  getActiveTemplate,
  listActiveTemplates,
  submitDocumentRequest,
} from "~/modules/document-requests/request.server";
import { newRequestFormSchema } from "~/modules/document-requests/schema";
import { guardPublicForm, guardReply } from "~/utils/form-guard.server";
import { useT } from "~/utils/i18n";
import { getLang } from "~/utils/lang.server";
import { pageTitle } from "~/utils/meta";
import { outageHeaders, withOutageReply } from "~/utils/outage.server";
import { prose } from "~/utils/typography";

/** This page's forms' HTML constraints (app/components/form-constraints/, generated). */
const forms = { documentRequest: documentRequestConstraints, documentRequestWithProject: documentRequestWithProjectConstraints };

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "documentRequests.new.pageTitle");

async function load(request: Request) {
  const url = new URL(request.url);
  const slug = url.searchParams.get("ville") ?? "";
  const commune = slug ? await getCommuneBySlug({ slug }) : null;
  if (!commune) return { commune: null, templates: [], template: null, project: null };
  const [templates, template, project] = await Promise.all([
    listActiveTemplates(),
    getActiveTemplate({ slug: url.searchParams.get("modele") ?? "" }),
    findProjectForRequest({ reportId: url.searchParams.get("projet"), inseeCode: commune.inseeCode }),
  ]);
  return { commune, templates, template, project };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { commune, templates, template, project } = await load(request);
  return {
    commune: commune ? { name: commune.name, slug: commune.slug, departmentCode: commune.departmentCode } : null,
    templates: templates.map(({ slug, title, needsProject }) => ({ slug, title, needsProject })),
    template: template ? { slug: template.slug, title: template.title, documents: template.documents, needsProject: template.needsProject } : null,
    project,
  };
}

export const headers = outageHeaders;

// While the database is unreachable, the form comes back with what was typed and says so (503).
export async function action(args: ActionFunctionArgs) {
  return withOutageReply(args, submit);
}

async function submit({ request, context }: ActionFunctionArgs) {
  const { commune, template, project } = await load(request);
  if (!commune || !template) throw new Response("Not found", { status: 404 });
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: newRequestFormSchema({ needsProject: template.needsProject && !project }) });
  const email = submission.status === "success" ? submission.value.email : null;
  const guard = await guardPublicForm({ request, context, formData, form: "document-request", email });
  const stopped = guardReply(guard, { bot: () => redirect("/demandes/verification"), reply: (held) => submission.reply(held) });
  if (stopped) return stopped;
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const documents = chosenDocuments(template.documents, submission.value);
  const projectLabel = submission.value.projectLabel || project?.title || "";
  // The schema asks for one document at least; an index outside the template (a crafted post) leaves none.
  if (documents.length === 0) return data(submission.reply({ fieldErrors: { documents: ["documentRequests.errors.documents"] } }), { status: 400 });
  await submitDocumentRequest({
    inseeCode: commune.inseeCode,
    templateId: template.id,
    reportId: project?.id ?? null,
    projectLabel,
    documents,
    input: submission.value,
    lang: await getLang(request),
  });
  return redirect("/demandes/verification");
}

export default function NewRequestPage() {
  const { commune, templates, template, project } = useLoaderData<typeof loader>();
  const t = useT();
  if (!commune) {
    return (
      <div className="narrow">
        <h1>{t("documentRequests.new.heading")}</h1>
        <p>{t("documentRequests.new.chooseCity")}</p>
        <p>
          <Link to="/villes">{t("nav.cities")}</Link>
        </p>
      </div>
    );
  }
  const query = (slug: string) => `?ville=${commune.slug}&modele=${slug}${project ? `&projet=${project.id}` : ""}`;
  return (
    <div className="narrow">
      <h1>{t("documentRequests.new.headingCity", { name: commune.name })}</h1>
      <p className="lead">{t("documentRequests.new.intro")}</p>
      {project ? <p>{t("documentRequests.new.aboutProject", { title: project.title })}</p> : null}
      <nav aria-labelledby="templates-heading">
        <h2 id="templates-heading">{t("documentRequests.new.templates")}</h2>
        <ul>
          {templates.map((candidate) => (
            <li key={candidate.slug}>
              <Link to={query(candidate.slug)} aria-current={candidate.slug === template?.slug ? "page" : undefined}>
                {prose(candidate.title)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {template ? <RequestForm key={template.slug} template={template} defaultProject={project?.title ?? ""} /> : null}
    </div>
  );
}

function RequestForm({ template, defaultProject }: { template: { title: string; documents: string[]; needsProject: boolean }; defaultProject: string }) {
  const lastResult = useActionData<typeof action>();
  const t = useT();
  // A project named by the page's address fills the field, which may then be left empty.
  const [form, fields] = useServerForm<ReturnType<typeof newRequestFormSchema>>(
    template.needsProject && !defaultProject ? forms.documentRequestWithProject : forms.documentRequest,
    {
      lastResult,
      defaultValue: { projectLabel: defaultProject },
    },
  );
  return (
    <Form method="post" {...getFormProps(form)} className="stack">
      <h2>{prose(template.title)}</h2>
      <FormGuard />
      <ErrorSummary
        formErrors={form.errors}
        fields={[
          ...(template.needsProject ? [fields.projectLabel] : []),
          fields.documents,
          fields.extraDocuments,
          fields.name,
          fields.address,
          fields.email,
          fields.showName,
        ]}
        // A group of boxes is reached through its first box.
        ids={{ documents: `${fields.documents.id}-0` }}
      />
      {template.needsProject ? (
        <TextField field={fields.projectLabel} label={t("documentRequests.form.project")} hint={t("documentRequests.form.projectHint")} />
      ) : null}
      <fieldset className="field" aria-describedby={fields.documents.errors?.length ? fields.documents.errorId : undefined}>
        <legend>{t("documentRequests.form.documents")}</legend>
        {getCollectionProps(fields.documents, { type: "checkbox", options: template.documents.map((_, index) => String(index)) }).map((props, index) => (
          <div key={props.id} className="field checkbox">
            {/* Every document is asked for until the requester unticks it. */}
            <input {...props} key={props.key} defaultChecked={lastResult ? props.defaultChecked : true} />
            <label htmlFor={props.id}>{prose(template.documents[index])}</label>
          </div>
        ))}
        <FieldErrors id={fields.documents.errorId} errors={fields.documents.errors} />
      </fieldset>
      <TextAreaField field={fields.extraDocuments} label={t("documentRequests.form.extra")} hint={t("documentRequests.form.extraHint")} rows={3} />
      <RequesterFields fields={fields} />
      <button type="submit">{t("documentRequests.form.submit")}</button>
    </Form>
  );
}
