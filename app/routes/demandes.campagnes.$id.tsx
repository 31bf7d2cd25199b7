import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { RequestStateBadge } from "~/modules/document-requests/components/requests";
import { getCampaign } from "~/modules/document-requests/admin.server";
import { useT } from "~/utils/i18n";
import { shareable } from "~/utils/meta";
import { prose } from "~/utils/typography";

export async function loader({ params }: LoaderFunctionArgs) {
  const campaign = await getCampaign({ id: params.id ?? "" });
  if (!campaign) throw new Response("Not found", { status: 404 });
  return { campaign };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => (data ? shareable(matches, { title: `${data.campaign.title} — Technopolice` }) : []);

/** A campaign's progress and its items: a volunteer takes one and sends it. */
export default function CampaignPage() {
  const { campaign } = useLoaderData<typeof loader>();
  const t = useT();
  const { progress } = campaign;
  return (
    <>
      <h1>{prose(campaign.title)}</h1>
      <p className="lead">{t("documentRequests.campaign.intro", { template: prose(campaign.templateTitle), department: campaign.departmentCode })}</p>
      <dl className="request-dates" aria-label={t("documentRequests.campaign.progress")}>
        {(["items", "taken", "sent", "answered", "refused", "referred"] as const).map((key) => (
          <div key={key}>
            <dt>{t(`documentRequests.campaign.${key}`)}</dt>
            <dd>{progress[key]}</dd>
          </div>
        ))}
      </dl>
      <ul className="request-list">
        {campaign.items.map((item) => (
          <li key={item.id} className="request-item">
            <Link to={`/villes/${item.commune.slug}`}>{item.commune.name}</Link>{" "}
            <span className="muted">({t("commune.population", { population: item.commune.population })})</span>{" "}
            {item.state ? (
              <RequestStateBadge state={item.state} />
            ) : (
              <Link to={`/demandes/campagnes/${campaign.id}/${item.id}`} aria-label={t("documentRequests.campaign.takeLabel", { commune: item.commune.name })}>
                {t("documentRequests.campaign.take")}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
