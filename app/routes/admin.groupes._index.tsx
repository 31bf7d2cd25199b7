// Local groups in the organizers' area (issue 25): the groups an organizer runs (every group for
// the national team, their own for a coordinator); national organizers also create groups and
// decide the requests to start one.
import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import * as forms from "~/components/form-constraints";
import { ErrorSummary, TextAreaField, TextField } from "~/components/forms";
import { useServerForm } from "~/components/server-form";
import { requireOrganizer } from "~/models/auth.server";
import { createGroup, listGroupsForAdmin } from "~/modules/groups/admin.server";
import { decideGroupRequest, listPendingGroupRequests } from "~/modules/groups/request.server";
import { CreateGroupSchema } from "~/modules/groups/schema";
import { isNational } from "~/modules/groups/territory.server";
import { useDates } from "~/utils/dates";
import { redirectWithNotice, takeNotice } from "~/utils/flash.server";
import { useT } from "~/utils/i18n";
import { adminTitle } from "~/utils/meta";
import { isUuid } from "~/utils/uuid";

export const meta: MetaFunction = ({ matches }) => adminTitle(matches, "admin.groups.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const organizer = await requireOrganizer(request, { territorial: true });
  const national = isNational(organizer);
  const [groups, requests] = await Promise.all([listGroupsForAdmin(organizer), national ? listPendingGroupRequests() : Promise.resolve([])]);
  const { notice, headers } = await takeNotice(request);
  return data({ groups, requests, national, notice: notice?.key ?? null }, { headers });
}

export async function action({ request }: ActionFunctionArgs) {
  const organizer = await requireOrganizer(request, { territorial: true });
  // Creating groups and deciding requests is the national team's.
  if (!isNational(organizer)) throw new Response("Forbidden", { status: 403 });
  const formData = await request.formData();
  const intent = formData.get("intent");
  if (intent === "approve" || intent === "decline") {
    const id = String(formData.get("requestId") ?? "");
    if (!isUuid(id)) throw new Response("Not found", { status: 404 });
    const decided = await decideGroupRequest({ id, organizerId: organizer.id, approve: intent === "approve" });
    if (!decided.ok && decided.error === "unknown") throw new Response("Not found", { status: 404 });
    if (decided.ok && decided.groupId) return redirectWithNotice(`/admin/groupes/${decided.groupId}`, { key: "approved" });
    return redirectWithNotice("/admin/groupes", { key: intent === "approve" ? "approved" : "declined" });
  }
  const submission = parseWithZod(formData, { schema: CreateGroupSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const created = await createGroup({ organizerId: organizer.id, input: submission.value });
  if (!created.ok) return data({ result: submission.reply({ fieldErrors: { slug: ["groups.errors.slugTaken"] } }) }, { status: 400 });
  return redirectWithNotice(`/admin/groupes/${created.id}`, { key: "created" });
}

function CreateGroupForm({ lastResult }: { lastResult?: SubmissionResult<string[]> }) {
  const t = useT();
  const [form, fields] = useServerForm<typeof CreateGroupSchema>(forms.groupCreate, { id: "group-create", lastResult });
  return (
    <Form method="post" {...getFormProps(form)} className="stack">
      <input type="hidden" name="intent" value="create" />
      <ErrorSummary formErrors={form.errors} fields={[fields.name, fields.slug, fields.presentation]} />
      <TextField field={fields.name} label={t("admin.groups.create.name")} />
      <TextField field={fields.slug} label={t("admin.groups.create.slug")} hint={t("admin.groups.create.slugHint")} />
      <TextAreaField field={fields.presentation} label={t("admin.groups.create.presentation")} hint={t("admin.groups.create.presentationHint")} rows={6} />
      <button type="submit">{t("admin.groups.create.submit")}</button>
    </Form>
  );
}

export default function AdminGroupsPage() {
  const { groups, requests, national, notice } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const { date } = useDates();
  return (
    <>
      <h1>{t("admin.groups.title")}</h1>
      {notice === "approved" || notice === "declined" ? (
        <p role="status" className="notice">
          {t(notice === "approved" ? "admin.groups.done.approved" : "admin.groups.done.declined")}
        </p>
      ) : null}
      <p>{t("admin.groups.intro")}</p>
      {groups.length === 0 ? (
        <p>{t("admin.groups.none")}</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("admin.groups.name")}</th>
                <th scope="col">{t("admin.groups.territory")}</th>
                <th scope="col">{t("admin.groups.members")}</th>
                <th scope="col">{t("admin.groups.coordinators")}</th>
                <th scope="col">{t("admin.groups.status")}</th>
              </tr>
            </thead>
            <tbody>
              {groups.map((group) => (
                <tr key={group.id} data-testid={`admin-group-${group.slug}`}>
                  <th scope="row">
                    <Link to={`/admin/groupes/${group.id}`}>{group.name}</Link>
                  </th>
                  <td>{group.territory}</td>
                  <td>{group.members}</td>
                  <td>{group.coordinators}</td>
                  <td>{t(group.published ? "admin.groups.published" : "admin.groups.draft")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {national ? (
        <>
          <section aria-labelledby="group-requests-heading">
            <h2 id="group-requests-heading">{t("admin.groups.requests.heading")}</h2>
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
                    <blockquote>{request.message}</blockquote>
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
          </section>
          <section aria-labelledby="group-create-heading">
            <h2 id="group-create-heading">{t("admin.groups.create.heading")}</h2>
            <CreateGroupForm lastResult={actionData?.result} />
          </section>
        </>
      ) : null}
    </>
  );
}
