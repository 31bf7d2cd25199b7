// A group's announcement to its members (issue 25): write, preview (the text is saved as a draft
// and the email shown as members will receive it), then send to the members who asked for
// announcements — at most 2 per group in any 7 days. Coordinators of the group and national
// organizers only; members' addresses are never shown, only their number.
import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { constraints as groupAnnouncementConstraints } from "~/components/form-constraints/groupAnnouncement";
import { ErrorSummary, TextAreaField, TextField } from "~/components/forms";
import { useServerForm } from "~/components/server-form";
import { requireOrganizer } from "~/models/auth.server";
import {
  announcementOverview,
  getAnnouncementDraft,
  renderAnnouncementPreview,
  saveAnnouncementDraft,
  sendAnnouncement,
} from "~/modules/groups/announcement.server";
import { groupName } from "~/modules/groups/admin.server";
import { AnnouncementSchema } from "~/modules/groups/schema";
import { requireGroup } from "~/modules/groups/territory.server";
import { formatDateTime, useDates } from "~/utils/dates";
import { redirectWithNotice, takeNotice } from "~/utils/flash.server";
import { messageWithParams, useT, useTn } from "~/utils/i18n";
import { getLang } from "~/utils/lang.server";
import { adminTitle } from "~/utils/meta";
import { isUuid } from "~/utils/uuid";

/** This page's forms' HTML constraints (app/components/form-constraints/, generated). */
const forms = { groupAnnouncement: groupAnnouncementConstraints };

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => adminTitle(matches, "admin.announce.title", data ? { text: data.group.name } : null);

async function authorize(request: Request, id: string | undefined, action: string) {
  const organizer = await requireOrganizer(request, { territorial: true });
  if (!id || !isUuid(id)) throw new Response("Not found", { status: 404 });
  await requireGroup(organizer, id, { type: "group", id, action });
  const group = await groupName({ id });
  if (!group) throw new Response("Not found", { status: 404 });
  return { organizer, group };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { group } = await authorize(request, params.id, "announcement.view");
  const draftId = new URL(request.url).searchParams.get("brouillon");
  const draft = draftId && isUuid(draftId) ? await getAnnouncementDraft({ groupId: group.id, id: draftId }) : null;
  const preview = draft ? await renderAnnouncementPreview({ groupId: group.id, id: draft.id, lang: await getLang(request) }) : null;
  const { notice, headers } = await takeNotice(request);
  return data(
    {
      group,
      draft,
      preview: preview ? { subject: preview.subject, text: preview.text } : null,
      ...(await announcementOverview({ groupId: group.id })),
      sent: notice?.key === "sent" ? (notice.count ?? 0) : null,
    },
    { headers },
  );
}

type ActionResult = { result: SubmissionResult<string[]> };

export async function action({ request, params }: ActionFunctionArgs) {
  const formData = await request.formData();
  const intent = formData.get("intent") === "send" ? "send" : "preview";
  const { organizer, group } = await authorize(request, params.id, `announcement.${intent}`);
  const here = `/admin/groupes/${group.id}/annonce`;
  const submission = parseWithZod(formData, { schema: AnnouncementSchema });
  if (submission.status !== "success") return data<ActionResult>({ result: submission.reply() }, { status: 400 });
  const draftId = String(formData.get("draftId") ?? "");
  if (intent === "preview") {
    const id = await saveAnnouncementDraft({
      groupId: group.id,
      organizerId: organizer.id,
      input: submission.value,
      draftId: isUuid(draftId) ? draftId : null,
    });
    return redirect(`${here}?brouillon=${id}#apercu`);
  }
  // Sending sends the previewed draft, as it was previewed.
  if (!isUuid(draftId)) return data<ActionResult>({ result: submission.reply({ formErrors: ["groups.errors.draftGone"] }) }, { status: 409 });
  const sent = await sendAnnouncement({ groupId: group.id, id: draftId, organizerId: organizer.id });
  if (!sent.ok) {
    const lang = await getLang(request);
    const error =
      sent.error === "too-soon" && "nextAllowedAt" in sent
        ? messageWithParams("groups.errors.tooSoon", { date: formatDateTime(lang, sent.nextAllowedAt) })
        : sent.error === "nobody"
          ? "groups.errors.nobody"
          : "groups.errors.draftGone";
    return data<ActionResult>({ result: submission.reply({ formErrors: [error] }) }, { status: 409 });
  }
  return redirectWithNotice(here, { key: "sent", count: sent.recipients });
}

export default function AnnouncementPage() {
  const { group, draft, preview, reachable, nextAllowedAt, announcements, sent } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const tn = useTn();
  const { dateTime } = useDates();
  const [form, fields] = useServerForm<typeof AnnouncementSchema>(forms.groupAnnouncement, {
    // A new draft is a new form: its fields start from the saved text.
    id: draft ? `announcement-${draft.id}` : "announcement",
    lastResult: actionData?.result,
    defaultValue: draft ? { subject: draft.subject, body: draft.body } : undefined,
  });
  return (
    <>
      <p>
        <Link to={`/admin/groupes/${group.id}`}>{group.name}</Link>
      </p>
      <h1>{t("admin.announce.title")}</h1>
      {sent !== null ? (
        <p className="notice" role="status">
          {tn("admin.announce.sent", sent)}
        </p>
      ) : null}
      <p data-testid="announce-reachable">{tn("admin.announce.reachable", reachable)}</p>
      <p className="muted">{t("admin.announce.limit")}</p>
      {nextAllowedAt ? <p data-testid="announce-next">{t("admin.announce.next", { date: dateTime(nextAllowedAt) })}</p> : null}

      <Form method="post" {...getFormProps(form)} className="stack">
        {draft ? <input type="hidden" name="draftId" value={draft.id} /> : null}
        <ErrorSummary formErrors={form.errors} fields={[fields.subject, fields.body]} />
        <TextField field={fields.subject} label={t("admin.announce.subject")} />
        <TextAreaField field={fields.body} label={t("admin.announce.body")} hint={t("admin.announce.bodyHint")} rows={12} />
        <div className="button-row">
          <button type="submit" name="intent" value="preview" className={draft ? "button-secondary" : undefined}>
            {t("admin.announce.preview")}
          </button>
          {draft && preview ? (
            <button type="submit" name="intent" value="send">
              {tn("admin.announce.send", reachable)}
            </button>
          ) : null}
        </div>
      </Form>

      {draft && preview ? (
        <section aria-labelledby="apercu" className="panel">
          <h2 id="apercu" tabIndex={-1}>
            {t("admin.announce.previewHeading")}
          </h2>
          <p>
            <strong>{t("admin.announce.subject")}</strong> <span data-testid="announce-preview-subject">{preview.subject}</span>
          </p>
          <iframe title={t("admin.announce.previewFrame")} src={`/admin/groupes/${group.id}/annonce/apercu?brouillon=${draft.id}`} className="digest-preview" />
          <details>
            <summary>{t("admin.announce.textVersion")}</summary>
            <pre className="digest-text" data-testid="announce-preview-text">
              {preview.text}
            </pre>
          </details>
        </section>
      ) : null}

      <h2>{t("admin.announce.history")}</h2>
      {announcements.length === 0 ? (
        <p>{t("admin.announce.none")}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("admin.announce.date")}</th>
              <th scope="col">{t("admin.announce.subject")}</th>
              <th scope="col">{t("admin.announce.recipients")}</th>
              <th scope="col">{t("admin.announce.state")}</th>
            </tr>
          </thead>
          <tbody>
            {announcements.map((announcement) => (
              <tr key={announcement.id}>
                <td>{announcement.sentAt ? dateTime(announcement.sentAt) : "—"}</td>
                <td>{announcement.subject}</td>
                <td>{announcement.recipientCount ?? "—"}</td>
                <td>{t(`admin.announce.status.${announcement.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
