import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { DatesList, ObtainedFiles, RequestStateBadge } from "~/modules/document-requests/components/requests";
import { getPublicRequest } from "~/modules/document-requests/public.server";
import { translator, useT } from "~/utils/i18n";
import { getLang } from "~/utils/lang.server";
import { shareable } from "~/utils/meta";
import { prose } from "~/utils/typography";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const found = await getPublicRequest({ id: params.id ?? "" });
  if (!found) throw new Response("Not found", { status: 404 });
  const t = translator(await getLang(request));
  return { request: found, title: `${t("documentRequests.page.title", { commune: found.commune.name })} — ${t("site.name")}` };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => (data ? shareable(matches, { title: data.title }) : []);

/** One request, as the public sees it: what was asked, the legal clock, what came, and where it leads. */
export default function PublicRequestPage() {
  const { request } = useLoaderData<typeof loader>();
  const t = useT();
  const { clock } = request;
  const rows: [string, string | Date | null][] = [
    [t("documentRequests.personal.sentOn"), request.sentOn],
    [t("documentRequests.personal.answerDue"), clock.answerDue],
    [t("documentRequests.personal.answeredOn"), request.answeredOn],
    [t("documentRequests.personal.referredOn"), request.referredOn],
    [t("documentRequests.personal.opinionDue"), request.opinionOn ? null : clock.opinionDue],
    [t("documentRequests.personal.opinionOn"), request.opinionOn],
    [t("documentRequests.personal.refusalConfirmedOn"), clock.refusalConfirmedOn],
    [t("documentRequests.page.courtOn"), request.courtOn],
  ];
  return (
    <article className="narrow">
      <p className="breadcrumbs">
        <Link to="/demandes">{t("documentRequests.list.title")}</Link> › <Link to={`/villes/${request.commune.slug}`}>{request.commune.name}</Link>
      </p>
      <h1>{t("documentRequests.page.title", { commune: request.commune.name })}</h1>
      <p>
        {/* A label that has guillemets of its own gets inner quotes: « Projet “Safe City” ». */}
        {prose(request.projectLabel ? `${request.template.title} : « ${request.projectLabel} »` : request.template.title)}
      </p>
      <p>
        <RequestStateBadge state={clock.state} />
        {clock.daysOverdue > 0 ? (
          <>
            {" "}
            <strong>{t("documentRequests.list.overdue", { days: clock.daysOverdue })}</strong>
          </>
        ) : null}
        {request.requester ? ` · ${t("documentRequests.list.by", { name: request.requester })}` : ""}
      </p>
      <DatesList rows={rows} />

      <section aria-labelledby="asked-heading">
        <h2 id="asked-heading">{t("documentRequests.page.asked")}</h2>
        <ul>
          {request.documents.map((document, index) => (
            <li key={index}>{prose(document)}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="obtained-heading">
        <h2 id="obtained-heading">{t("documentRequests.page.obtained")}</h2>
        {request.files.length === 0 ? <p>{t("documentRequests.page.noDocuments")}</p> : <ObtainedFiles files={request.files} />}
      </section>

      <section aria-labelledby="links-heading">
        <h2 id="links-heading">{t("documentRequests.page.links")}</h2>
        <ul>
          <li>
            <Link to={`/villes/${request.commune.slug}`}>{t("documentRequests.page.cityDossier", { commune: request.commune.name })}</Link>
          </li>
          {request.report ? (
            <li>
              {t("documentRequests.list.project")} <Link to={`/projets/${request.report.slug}`}>{request.report.title}</Link>
            </li>
          ) : null}
          {request.legalAction ? (
            <li>
              {t("documentRequests.list.legalAction")} <Link to={`/recours/${request.legalAction.id}`}>{request.legalAction.title}</Link>
            </li>
          ) : null}
          {request.campaign ? (
            <li>
              <Link to={`/demandes/campagnes/${request.campaign.id}`}>{t("documentRequests.page.campaign", { title: request.campaign.title })}</Link>
            </li>
          ) : null}
        </ul>
      </section>
    </article>
  );
}
