import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { listStalledRequests } from "~/modules/court-applications/court.server";
import { requireOrganizer } from "~/models/auth.server";
import { useT } from "~/utils/i18n";
import { adminTitle } from "~/utils/meta";
import { prose } from "~/utils/typography";
import { useDay } from "~/utils/dates";

export const meta: MetaFunction = ({ matches }) => adminTitle(matches, "admin.requests");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireOrganizer(request);
  return { requests: await listStalledRequests() };
}

/** Organizers' queue of requests whose refusal is confirmed: the deadline to go to court, the tribunal, the link to a legal action. */
export default function AdminCourtQueuePage() {
  const { requests } = useLoaderData<typeof loader>();
  const t = useT();
  const day = useDay();
  return (
    <>
      <p>
        <Link to="/admin/demandes">{t("admin.requests")}</Link>
      </p>
      <h1>{t("admin.requests.court", { count: requests.length })}</h1>
      <p>{t("admin.requests.court.intro")}</p>
      {requests.length === 0 ? (
        <p role="status">{t("admin.requests.court.empty")}</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("petition.list.city")}</th>
                <th scope="col">{t("documentRequests.list.template")}</th>
                <th scope="col">{t("admin.requests.court.confirmedOn")}</th>
                <th scope="col">{t("admin.requests.court.deadline")}</th>
                <th scope="col">{t("admin.requests.court.tribunal")}</th>
                <th scope="col">{t("admin.requests.court.legalAction")}</th>
              </tr>
            </thead>
            <tbody>
              {requests.map((request) => (
                <tr key={request.id} data-request={request.id}>
                  <td>
                    <Link to={`/villes/${request.commune.slug}`}>{request.commune.name}</Link> ({request.commune.departmentCode})
                  </td>
                  <td>
                    <Link to={`/admin/demandes/${request.id}`}>
                      {prose(request.projectLabel ? `${request.template.title} : « ${request.projectLabel} »` : request.template.title)}
                    </Link>
                  </td>
                  <td>{request.confirmedOn ? day(request.confirmedOn) : ""}</td>
                  <td>
                    {request.deadline ? day(request.deadline) : ""}
                    {request.passed ? <strong> ({t("admin.requests.court.passed")})</strong> : null}
                  </td>
                  <td>{request.tribunal}</td>
                  <td>
                    {request.legalAction ? (
                      <Link to={`/admin/recours/${request.legalAction.id}`}>{request.legalAction.title}</Link>
                    ) : (
                      <Link to={`/admin/demandes/${request.id}#liens`}>{t("admin.requests.court.link")}</Link>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
