import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { DocumentRequestList } from "~/modules/document-requests/components/requests";
import { REQUEST_STATES } from "~/modules/document-requests/clock";
import { listPublicRequests } from "~/modules/document-requests/public.server";
import { listActiveTemplates } from "~/modules/document-requests/request.server";
import { RequestListFilterSchema } from "~/modules/document-requests/schema";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/meta";
import { prose } from "~/utils/typography";

export const meta: MetaFunction = ({ matches }) => [
  ...pageTitle(matches, "documentRequests.list.title"),
  { tagName: "link", rel: "alternate", type: "application/atom+xml", href: "/demandes.atom", title: "Technopolice" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const filter = RequestListFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const [{ requests, overdueByCommune }, templates] = await Promise.all([listPublicRequests({ filter }), listActiveTemplates()]);
  return { filter, requests, overdueByCommune, templates: templates.map(({ slug, title }) => ({ slug, title })) };
}

/** Every request for documents, filterable by state, department and template. */
export default function RequestsPage() {
  const { filter, requests, overdueByCommune, templates } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <h1>{t("documentRequests.list.title")}</h1>
      <p className="lead">{t("documentRequests.list.intro")}</p>
      <p>
        <a href="/demandes.atom">{t("documentRequests.list.feed")}</a>
      </p>
      <Form method="get" className="filters request-filters">
        <div className="field">
          <label htmlFor="filter-state">{t("documentRequests.list.state")}</label>
          <select id="filter-state" name="statut" defaultValue={filter.statut ?? ""}>
            <option value="">{t("documentRequests.list.all")}</option>
            {REQUEST_STATES.map((state) => (
              <option key={state} value={state}>
                {t(`documentRequests.state.${state}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-department">{t("reports.list.department")}</label>
          <input id="filter-department" name="departement" defaultValue={filter.departement ?? ""} maxLength={3} size={4} />
        </div>
        <div className="field">
          <label htmlFor="filter-template">{t("documentRequests.list.template")}</label>
          <select id="filter-template" name="modele" defaultValue={filter.modele ?? ""}>
            <option value="">{t("documentRequests.list.all")}</option>
            {templates.map((template) => (
              <option key={template.slug} value={template.slug}>
                {prose(template.title)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t("reports.list.filter")}</button>
      </Form>
      {overdueByCommune.length > 0 ? (
        <section aria-labelledby="overdue-heading" className="panel">
          <h2 id="overdue-heading">{t("documentRequests.list.overdueHeading")}</h2>
          <ol>
            {overdueByCommune.slice(0, 20).map((commune) => (
              <li key={commune.slug}>
                <Link to={`/villes/${commune.slug}`}>{commune.name}</Link> ({commune.departmentCode}) —{" "}
                {t("documentRequests.list.overdueCount", { count: commune.count })}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      <section aria-labelledby="all-requests-heading">
        <h2 id="all-requests-heading">{t("documentRequests.list.count", { count: requests.length })}</h2>
        <DocumentRequestList requests={requests} showCommune />
      </section>
    </>
  );
}
