import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { RequestStateBadge } from "~/modules/document-requests/components/requests";
import { listCourtReadyRequests, listFilesToReview, listLatestRequests, listOverdueRequests, reviewFile } from "~/modules/document-requests/admin.server";
import { ReviewSchema } from "~/modules/document-requests/schema";
import { requireOrganizer } from "~/models/auth.server";
import { requireRecord } from "~/modules/territorial/records.server";
import { isNational, territoryOf } from "~/modules/groups/territory.server";
import { useT } from "~/utils/i18n";
import { adminTitle } from "~/utils/meta";
import { prose } from "~/utils/typography";
import { useDay } from "~/utils/dates";

export const meta: MetaFunction = ({ matches }) => adminTitle(matches, "admin.requests");

export async function loader({ request }: LoaderFunctionArgs) {
  const organizer = await requireOrganizer(request, { territorial: true });
  const territory = await territoryOf(organizer);
  const [files, overdue, latest, court] = await Promise.all([
    listFilesToReview(territory),
    listOverdueRequests({ territory }),
    listLatestRequests({ territory }),
    listCourtReadyRequests({ territory }),
  ]);
  return { files, overdue, latest, court: court.length, national: isNational(organizer) };
}

export async function action({ request }: ActionFunctionArgs) {
  const organizer = await requireOrganizer(request, { territorial: true });
  const parsed = ReviewSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return data({ error: "admin.requests.conflict" }, { status: 400 });
  await requireRecord(organizer, "requestFile", parsed.data.fileId, "request.file.review");
  await reviewFile({ fileId: parsed.data.fileId, decision: parsed.data.decision, organizerId: organizer.id });
  return redirect("/admin/demandes");
}

/** Organizers' queue: documents received to review, and requests the communes have left unanswered. */
export default function AdminRequestsPage() {
  const { files, overdue, latest, court, national } = useLoaderData<typeof loader>();
  const t = useT();
  const day = useDay();
  return (
    <>
      <h1>{t("admin.requests")}</h1>
      <p className="button-row">
        {/* Templates, campaigns and the way to court are national work (issue 25). */}
        {national ? (
          <>
            <Link to="/admin/demandes/modeles">{t("admin.requests.templates")}</Link>
            <Link to="/admin/demandes/campagnes">{t("admin.requests.campaigns")}</Link>
            <Link to="/admin/demandes/recours">{t("admin.requests.court", { count: court })}</Link>
          </>
        ) : null}
        <a href="/admin/demandes.csv">{t("admin.requests.export")}</a>
      </p>
      <section aria-labelledby="review-heading">
        <h2 id="review-heading">{t("admin.requests.review", { count: files.length })}</h2>
        {files.length === 0 ? (
          <p role="status">{t("admin.requests.reviewEmpty")}</p>
        ) : (
          <ul className="request-list">
            {files.map((file) => (
              <li key={file.id} className="request-item">
                <p>
                  <a href={`/demandes/documents/${file.id}`}>{file.fileName}</a> <span className="muted">({file.contentType})</span>
                  {" — "}
                  <Link to={`/admin/demandes/${file.request.id}`}>
                    {file.request.commune.name} ·{" "}
                    {prose(file.request.projectLabel ? `${file.request.template.title} : « ${file.request.projectLabel} »` : file.request.template.title)}
                  </Link>
                </p>
                <div className="button-row">
                  <Form method="post">
                    <input type="hidden" name="fileId" value={file.id} />
                    <input type="hidden" name="decision" value="publish" />
                    <button type="submit" aria-label={t("admin.requests.publishFile", { name: file.fileName })}>
                      {t("admin.requests.publish")}
                    </button>
                  </Form>
                  <Form method="post">
                    <input type="hidden" name="fileId" value={file.id} />
                    <input type="hidden" name="decision" value="decline" />
                    <button type="submit" aria-label={t("admin.requests.declineFile", { name: file.fileName })}>
                      {t("admin.requests.decline")}
                    </button>
                  </Form>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="overdue-heading">
        <h2 id="overdue-heading">{t("admin.requests.overdue", { count: overdue.length })}</h2>
        {overdue.length === 0 ? (
          <p role="status">{t("admin.requests.overdueEmpty")}</p>
        ) : (
          <div className="table-scroll">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t("petition.list.city")}</th>
                  <th scope="col">{t("documentRequests.list.template")}</th>
                  <th scope="col">{t("documentRequests.personal.sentOn")}</th>
                  <th scope="col">{t("documentRequests.list.state")}</th>
                  <th scope="col">{t("admin.requests.daysOverdue")}</th>
                </tr>
              </thead>
              <tbody>
                {overdue.map((request) => (
                  <tr key={request.id}>
                    <td>
                      <Link to={`/villes/${request.commune.slug}#demande-${request.id}`}>{request.commune.name}</Link> ({request.commune.departmentCode})
                    </td>
                    <td>
                      <Link to={`/admin/demandes/${request.id}`}>{request.template.title}</Link>
                    </td>
                    <td>{request.sentOn ? day(request.sentOn) : ""}</td>
                    <td>
                      <RequestStateBadge state={request.clock.state} />
                    </td>
                    <td>{request.clock.daysOverdue}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading">{t("admin.requests.latest")}</h2>
        {latest.length === 0 ? (
          <p role="status">{t("documentRequests.list.none")}</p>
        ) : (
          <ul className="request-list">
            {latest.map((request) => (
              <li key={request.id} className="request-item">
                <Link to={`/admin/demandes/${request.id}`}>
                  {request.commune.name} ({request.commune.departmentCode}) ·{" "}
                  {prose(request.projectLabel ? `${request.template.title} : « ${request.projectLabel} »` : request.template.title)}
                </Link>{" "}
                <RequestStateBadge state={request.clock.state} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
