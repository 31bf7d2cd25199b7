import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { DocumentRequestList } from "~/modules/document-requests/components/requests";
import { LegalActionCommunes, LegalStatus } from "~/modules/legal-actions/components/summary";
import { listRequestsForLegalAction } from "~/modules/document-requests/public.server";
import { getPublicLegalAction } from "~/modules/legal-actions/legal-action.server";
import { campaignsOfLegalAction } from "~/modules/mandates/campaign.server";
import { MandateCampaignLinks } from "~/modules/mandates/components/campaign-links";
import { translator, useT } from "~/utils/i18n";
import { getLang } from "~/utils/lang.server";
import { shareable } from "~/utils/meta";
import { prose } from "~/utils/typography";
import { useDay } from "~/utils/dates";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const action = await getPublicLegalAction({ id: params.id ?? "" });
  if (!action) throw new Response("Not found", { status: 404 });
  const t = translator(await getLang(request));
  const [requests, mandateCampaigns] = await Promise.all([
    listRequestsForLegalAction({ legalActionId: action.id }),
    campaignsOfLegalAction({ legalActionId: action.id }),
  ]);
  const shareImage = { path: `/recours/${action.id}/partage.png`, alt: t("share.image.altLegal", { title: action.title, court: action.court }) };
  return { action, requests, mandateCampaigns, shareImage, title: `${action.title} — ${t("site.name")}` };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  data ? shareable(matches, { title: prose(data.title), description: prose(data.action.summary), image: data.shareImage }) : [];

export default function LegalActionPage() {
  const { action, requests, mandateCampaigns } = useLoaderData<typeof loader>();
  const t = useT();
  const date = useDay();
  return (
    <article className="legal-action-page">
      <p>
        <Link to="/recours">{t("legalActions.list.title")}</Link>
      </p>
      <h1 lang="fr">{prose(action.title)}</h1>
      <dl className="legal-facts">
        <dt>{t("legalActions.statusLabel")}</dt>
        <dd>
          <LegalStatus status={action.status} />
        </dd>
        <dt>{t("legalActions.court")}</dt>
        <dd>{prose(action.court)}</dd>
        <dt>{t("legalActions.filed")}</dt>
        <dd>{date(action.filedOn)}</dd>
        <dt>{t("legalActions.communes")}</dt>
        <dd>
          <LegalActionCommunes communes={action.communes} />
        </dd>
        {action.project || action.linkedProject ? (
          <>
            <dt>{t("legalActions.project")}</dt>
            <dd>
              {action.linkedProject ? (
                <Link to={`/projets/${action.linkedProject.slug}`}>{prose(action.project || action.linkedProject.title)}</Link>
              ) : (
                prose(action.project)
              )}
            </dd>
          </>
        ) : null}
      </dl>
      <p lang="fr">{prose(action.summary)}</p>
      <MandateCampaignLinks campaigns={mandateCampaigns} />
      {action.documents.length > 0 ? (
        <section aria-labelledby="documents-heading">
          <h2 id="documents-heading">{t("legalActions.documents")}</h2>
          <ul>
            {action.documents.map((document) => (
              <li key={document.url}>
                <a href={document.url}>{prose(document.label)}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {requests.length > 0 ? (
        <section aria-labelledby="requests-heading">
          <h2 id="requests-heading">{t("legalActions.requests")}</h2>
          <DocumentRequestList requests={requests} showCommune />
        </section>
      ) : null}
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{t("legalActions.timeline")}</h2>
        <ol className="timeline">
          {action.updates.map((update) => (
            <li key={update.id}>
              <time dateTime={new Date(update.happenedOn).toISOString().slice(0, 10)}>{date(update.happenedOn)}</time> —{" "}
              <span lang="fr">{prose(update.text)}</span>
            </li>
          ))}
          <li>
            <time dateTime={new Date(action.filedOn).toISOString().slice(0, 10)}>{date(action.filedOn)}</time> —{" "}
            {t("legalActions.timelineFiled", { court: prose(action.court) })}
          </li>
        </ol>
      </section>
    </article>
  );
}
