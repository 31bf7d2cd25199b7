// Requests to start a local group (issue 25), confirmed by email: the national team approves one
// (the group is created, unpublished, the commune as its territory) or declines it; the requester
// is emailed the outcome. A coordinator gets a 403 (audited).
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requireOrganizer } from "~/models/auth.server";
import { decideGroupRequest, listPendingGroupRequests } from "~/modules/groups/request.server";
import { useDates } from "~/utils/dates";
import { redirectWithNotice } from "~/utils/flash.server";
import { useT } from "~/utils/i18n";
import { adminTitle } from "~/utils/meta";
import { isUuid } from "~/utils/uuid";

export const meta: MetaFunction = ({ matches }) => adminTitle(matches, "admin.groups.requests.heading", "admin.groups.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireOrganizer(request);
  return { requests: await listPendingGroupRequests() };
}

export async function action({ request }: ActionFunctionArgs) {
  const organizer = await requireOrganizer(request);
  const formData = await request.formData();
  const intent = formData.get("intent");
  const id = String(formData.get("requestId") ?? "");
  if ((intent !== "approve" && intent !== "decline") || !isUuid(id)) throw new Response("Bad request", { status: 400 });
  const decided = await decideGroupRequest({ id, organizerId: organizer.id, approve: intent === "approve" });
  if (!decided.ok && decided.error === "unknown") throw new Response("Not found", { status: 404 });
  if (decided.ok && decided.groupId) return redirectWithNotice(`/admin/groupes/${decided.groupId}`, { key: "approved" });
  return redirectWithNotice("/admin/groupes", { key: "declined" });
}

export default function GroupRequestsPage() {
  const { requests } = useLoaderData<typeof loader>();
  const t = useT();
  const { date } = useDates();
  return (
    <>
      <p>
        <Link to="/admin/groupes">{t("admin.group.back")}</Link>
      </p>
      <h1>{t("admin.groups.requests.heading")}</h1>
      {requests.length === 0 ? (
        <p>{t("admin.groups.requests.none")}</p>
      ) : (
        <ul className="stack">
          {requests.map((request) => (
            <li key={request.id} data-testid={`group-request-${request.commune.slug}`}>
              <p>
                <strong>
                  <Link to={`/villes/${request.commune.slug}`}>
                    {request.commune.name} ({request.commune.departmentCode})
                  </Link>
                </strong>{" "}
                — {t("admin.groups.requests.from", { name: request.name, date: date(request.confirmedAt ?? new Date()) })}
              </p>
              <blockquote className="pre-line">{request.message}</blockquote>
              <div className="button-row">
                <Form method="post" className="inline-form">
                  <input type="hidden" name="requestId" value={request.id} />
                  <button type="submit" name="intent" value="approve">
                    {t("admin.groups.requests.approve")}
                  </button>
                </Form>
                <Form method="post" className="inline-form">
                  <input type="hidden" name="requestId" value={request.id} />
                  <button type="submit" name="intent" value="decline" className="button-secondary">
                    {t("admin.groups.requests.decline")}
                  </button>
                </Form>
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
