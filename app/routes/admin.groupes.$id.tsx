// One group in the organizers' area (issue 25). Its coordinators (requireOrganizer with
// territorial: true, then requireGroup: a coordinator of another group gets a 403, audited) edit
// its presentation, read its contact messages and answer them through the site, see its member
// counts (never addresses) and write announcements. National organizers also publish it, draw its
// territory and choose its coordinators.
import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CommuneField } from "~/components/commune-search";
import { constraints as groupPresentationConstraints } from "~/components/form-constraints/groupPresentation";
import { constraints as groupRenameConstraints } from "~/components/form-constraints/groupRename";
import { constraints as groupReplyConstraints } from "~/components/form-constraints/groupReply";
import { ErrorSummary, FieldErrors, TextAreaField, TextField } from "~/components/forms";
import { useServerForm } from "~/components/server-form";
import { requireOrganizer } from "~/models/auth.server";
import { resolveCommune } from "~/models/commune-choice.server";
import type { CommuneSummary } from "~/models/commune-index.server";
import {
  addCoordinator,
  addTerritory,
  getAdminGroup,
  groupName,
  listOrganizerChoices,
  removeCoordinator,
  removeTerritory,
  renameGroup,
  setGroupPublished,
  updatePresentation,
} from "~/modules/groups/admin.server";
import { listContactMessages, replyToContactMessage } from "~/modules/groups/contact.server";
import { CoordinatorSchema, PresentationSchema, RenameGroupSchema, ReplySchema, TerritorySchema } from "~/modules/groups/schema";
import { isNational, requireGroup } from "~/modules/groups/territory.server";
import { useDates } from "~/utils/dates";
import { redirectWithNotice, takeNotice } from "~/utils/flash.server";
import { useT } from "~/utils/i18n";
import { adminTitle } from "~/utils/meta";
import { isUuid } from "~/utils/uuid";

/** This page's forms' HTML constraints (app/components/form-constraints/, generated). */
const forms = { groupPresentation: groupPresentationConstraints, groupRename: groupRenameConstraints, groupReply: groupReplyConstraints };

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => adminTitle(matches, data ? { text: data.group.name } : null, "admin.groups.title");

/** The organizer, allowed on this group (403 and an audit entry otherwise), and the group's id. */
async function authorize(request: Request, id: string | undefined, action: string) {
  const organizer = await requireOrganizer(request, { territorial: true });
  if (!id || !isUuid(id)) throw new Response("Not found", { status: 404 });
  await requireGroup(organizer, id, { type: "group", id, action });
  if (!(await groupName({ id }))) throw new Response("Not found", { status: 404 });
  return { organizer, id };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organizer, id } = await authorize(request, params.id, "view");
  const group = await getAdminGroup({ id, actor: organizer });
  if (!group) throw new Response("Not found", { status: 404 });
  const national = isNational(organizer);
  const [messages, organizers] = await Promise.all([listContactMessages({ groupId: id }), national ? listOrganizerChoices() : Promise.resolve([])]);
  const { notice, headers } = await takeNotice(request);
  return data({ group, messages, organizers, national, notice: notice?.key ?? null }, { headers });
}

type ActionResult =
  | { form: "presentation" | "rename"; result: SubmissionResult<string[]> }
  | { form: "reply"; messageId: string; result: SubmissionResult<string[]> }
  | { form: "territory"; errors: { commune?: string[]; departmentCode?: string[] }; choices: CommuneSummary[]; commune: string; departmentCode: string }
  | { form: "coordinator"; errors: string[]; email: string };

const NATIONAL_INTENTS = ["rename", "publish", "unpublish", "add-territory", "remove-territory", "add-coordinator", "remove-coordinator"];

export async function action({ request, params }: ActionFunctionArgs) {
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  const { organizer, id } = await authorize(request, params.id, intent || "unknown");
  const here = `/admin/groupes/${id}`;
  // Renaming, drawing the territory, choosing coordinators and publishing are the national team's:
  // a coordinator is refused as on any national page (403, audited).
  if (NATIONAL_INTENTS.includes(intent) && !isNational(organizer)) await requireOrganizer(request);
  switch (intent) {
    case "presentation": {
      const submission = parseWithZod(formData, { schema: PresentationSchema });
      if (submission.status !== "success") return data<ActionResult>({ form: "presentation", result: submission.reply() }, { status: 400 });
      await updatePresentation({ groupId: id, organizerId: organizer.id, presentation: submission.value.presentation });
      return redirectWithNotice(here, { key: "saved" });
    }
    case "rename": {
      const submission = parseWithZod(formData, { schema: RenameGroupSchema });
      if (submission.status !== "success") return data<ActionResult>({ form: "rename", result: submission.reply() }, { status: 400 });
      await renameGroup({ groupId: id, organizerId: organizer.id, name: submission.value.name });
      return redirectWithNotice(here, { key: "saved" });
    }
    case "reply": {
      const submission = parseWithZod(formData, { schema: ReplySchema });
      const messageId = String(formData.get("messageId") ?? "");
      if (submission.status !== "success") return data<ActionResult>({ form: "reply", messageId, result: submission.reply() }, { status: 400 });
      const replied = await replyToContactMessage({
        groupId: id,
        messageId: submission.value.messageId,
        organizerId: organizer.id,
        reply: submission.value.reply,
      });
      if (!replied.ok) throw new Response("Not found", { status: 404 });
      return redirectWithNotice(here, { key: "replied" });
    }
    case "publish":
    case "unpublish":
      await setGroupPublished({ groupId: id, organizerId: organizer.id, published: intent === "publish" });
      return redirectWithNotice(here, { key: intent === "publish" ? "published" : "unpublished" });
    case "add-territory": {
      const parsed = TerritorySchema.safeParse(Object.fromEntries(formData));
      const typed = { commune: String(formData.get("commune") ?? ""), departmentCode: String(formData.get("departmentCode") ?? "") };
      const refuse = (errors: { commune?: string[]; departmentCode?: string[] }, choices: CommuneSummary[] = []) =>
        data<ActionResult>({ form: "territory", errors, choices, ...typed }, { status: 400 });
      if (!parsed.success) {
        const errors: { commune?: string[]; departmentCode?: string[] } = {};
        for (const issue of parsed.error.issues) {
          const field = issue.path[0] === "departmentCode" ? "departmentCode" : "commune";
          errors[field] = [...(errors[field] ?? []), issue.message];
        }
        return refuse(errors);
      }
      if (parsed.data.departmentCode) {
        const added = await addTerritory({ groupId: id, organizerId: organizer.id, piece: { departmentCode: parsed.data.departmentCode } });
        if (!added.ok) return refuse({ departmentCode: ["groups.errors.unknownDepartment"] });
      }
      if (parsed.data.commune || parsed.data.inseeCode) {
        const choice = await resolveCommune({ text: parsed.data.commune ?? "", inseeCode: parsed.data.inseeCode });
        if (choice.status === "unknown") return refuse({ commune: ["groups.errors.communeUnknown"] });
        if (choice.status === "ambiguous") return refuse({ commune: ["groups.errors.communeChoose"] }, choice.choices);
        await addTerritory({ groupId: id, organizerId: organizer.id, piece: { inseeCode: choice.commune.inseeCode } });
      }
      return redirectWithNotice(here, { key: "territory" });
    }
    case "remove-territory": {
      const territoryId = String(formData.get("territoryId") ?? "");
      if (isUuid(territoryId)) await removeTerritory({ groupId: id, organizerId: organizer.id, territoryId });
      return redirectWithNotice(here, { key: "territory" });
    }
    case "add-coordinator": {
      const parsed = CoordinatorSchema.safeParse(Object.fromEntries(formData));
      const email = String(formData.get("email") ?? "");
      if (!parsed.success)
        return data<ActionResult>({ form: "coordinator", errors: parsed.error.issues.map((issue) => issue.message), email }, { status: 400 });
      const added = await addCoordinator({
        groupId: id,
        organizerId: organizer.id,
        coordinator: parsed.data.organizerId ? { organizerId: parsed.data.organizerId } : { email: parsed.data.email ?? "" },
      });
      if (!added.ok) return data<ActionResult>({ form: "coordinator", errors: ["groups.errors.coordinator"], email }, { status: 400 });
      return redirectWithNotice(here, { key: "coordinators" });
    }
    case "remove-coordinator": {
      const coordinatorId = String(formData.get("coordinatorId") ?? "");
      if (isUuid(coordinatorId)) await removeCoordinator({ groupId: id, organizerId: organizer.id, coordinatorId });
      return redirectWithNotice(here, { key: "coordinators" });
    }
    default:
      throw new Response("Bad request", { status: 400 });
  }
}

const NOTICES = {
  created: "admin.groups.done.created",
  approved: "admin.groups.done.approved",
  saved: "admin.group.done.saved",
  published: "admin.group.done.published",
  unpublished: "admin.group.done.unpublished",
  territory: "admin.group.done.territory",
  coordinators: "admin.group.done.coordinators",
  replied: "admin.group.done.replied",
} as const;

function PresentationForm({ presentation, lastResult }: { presentation: string; lastResult?: SubmissionResult<string[]> | null }) {
  const t = useT();
  const [form, fields] = useServerForm<typeof PresentationSchema>(forms.groupPresentation, {
    id: "group-presentation",
    lastResult,
    defaultValue: { presentation },
  });
  return (
    <Form method="post" {...getFormProps(form)} className="stack">
      <input type="hidden" name="intent" value="presentation" />
      <ErrorSummary formErrors={form.errors} fields={[fields.presentation]} />
      <TextAreaField field={fields.presentation} label={t("admin.group.presentation.heading")} hint={t("admin.groups.create.presentationHint")} rows={8} />
      <button type="submit">{t("admin.group.presentation.submit")}</button>
    </Form>
  );
}

function RenameForm({ name, lastResult }: { name: string; lastResult?: SubmissionResult<string[]> | null }) {
  const t = useT();
  const [form, fields] = useServerForm<typeof RenameGroupSchema>(forms.groupRename, { id: "group-rename", lastResult, defaultValue: { name } });
  return (
    <Form method="post" {...getFormProps(form)} className="stack">
      <input type="hidden" name="intent" value="rename" />
      <TextField field={fields.name} label={t("admin.groups.create.name")} />
      <button type="submit" className="button-secondary">
        {t("admin.group.rename")}
      </button>
    </Form>
  );
}

function ReplyForm({ messageId, name, lastResult }: { messageId: string; name: string; lastResult?: SubmissionResult<string[]> | null }) {
  const t = useT();
  const [form, fields] = useServerForm<typeof ReplySchema>(forms.groupReply, { id: `reply-${messageId}`, lastResult, defaultValue: { messageId } });
  return (
    <Form method="post" {...getFormProps(form)} className="stack">
      <input type="hidden" name="intent" value="reply" />
      <input type="hidden" name="messageId" value={messageId} />
      <TextAreaField field={fields.reply} label={t("admin.group.messages.reply", { name })} hint={t("admin.group.messages.replyHint")} rows={4} />
      <button type="submit">{t("admin.group.messages.replySubmit")}</button>
    </Form>
  );
}

export default function AdminGroupPage() {
  const { group, messages, organizers, national, notice } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const { date } = useDates();
  const noticeKey = notice && notice in NOTICES ? NOTICES[notice as keyof typeof NOTICES] : null;
  const territoryResult = actionData?.form === "territory" ? actionData : null;
  const coordinatorResult = actionData?.form === "coordinator" ? actionData : null;
  return (
    <>
      <p>
        <Link to="/admin/groupes">{t("admin.group.back")}</Link>
      </p>
      <h1>{group.name}</h1>
      {noticeKey ? (
        <p role="status" className="notice">
          {t(noticeKey)}
        </p>
      ) : null}
      {group.publishedAt ? (
        <p>
          <Link to={`/groupes/${group.slug}`}>{t("admin.group.publicPage")}</Link>
        </p>
      ) : (
        <p>{t("admin.group.notPublished")}</p>
      )}
      {national ? <RenameForm name={group.name} lastResult={actionData?.form === "rename" ? actionData.result : null} /> : null}
      {national ? (
        <Form method="post">
          <button
            type="submit"
            name="intent"
            value={group.publishedAt ? "unpublish" : "publish"}
            className={group.publishedAt ? "button-secondary" : undefined}
          >
            {t(group.publishedAt ? "admin.group.unpublish" : "admin.group.publish")}
          </button>
        </Form>
      ) : null}

      <section aria-labelledby="group-counts">
        <h2 id="group-counts">{t("admin.group.counts.heading")}</h2>
        <p data-testid="group-counts">{t("admin.group.counts.text", group.counts)}</p>
        <p className="muted">{t("admin.group.counts.private")}</p>
        <p>
          <Link to={`/admin/groupes/${group.id}/annonce`}>{t("admin.group.announce")}</Link>
        </p>
      </section>

      <section aria-labelledby="group-presentation">
        <h2 id="group-presentation">{t("admin.group.presentation.heading")}</h2>
        <PresentationForm presentation={group.presentation} lastResult={actionData?.form === "presentation" ? actionData.result : null} />
      </section>

      <section aria-labelledby="group-messages">
        <h2 id="group-messages">{t("admin.group.messages.heading")}</h2>
        {messages.length === 0 ? (
          <p>{t("admin.group.messages.none")}</p>
        ) : (
          <ul className="stack">
            {messages.map((message) => (
              <li key={message.id} id={`message-${message.id}`} data-testid="group-message">
                <p>
                  <strong>{t("admin.group.messages.from", { name: message.name, date: date(message.createdAt) })}</strong>
                  {message.repliedAt ? ` — ${t("admin.group.messages.replied", { date: date(message.repliedAt) })}` : ""}
                </p>
                <blockquote className="pre-line">{message.body}</blockquote>
                <ReplyForm
                  messageId={message.id}
                  name={message.name}
                  lastResult={actionData?.form === "reply" && actionData.messageId === message.id ? actionData.result : null}
                />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="group-territory">
        <h2 id="group-territory">{t("admin.group.territory.heading")}</h2>
        {group.territories.length === 0 ? (
          <p>{t("admin.group.territory.empty")}</p>
        ) : (
          <ul>
            {group.territories.map((piece) => (
              <li key={piece.id}>
                {piece.commune ? `${piece.commune.name} (${piece.commune.departmentCode})` : piece.departmentCode}
                {national ? (
                  <Form method="post" className="inline-form">
                    <input type="hidden" name="territoryId" value={piece.id} />
                    <button type="submit" name="intent" value="remove-territory" className="link-button">
                      {t("admin.group.territory.remove")}
                    </button>
                  </Form>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {national ? (
          <Form method="post" className="stack">
            <input type="hidden" name="intent" value="add-territory" />
            <CommuneField
              id="territory-commune"
              name="commune"
              codeName="inseeCode"
              label={t("admin.group.territory.commune")}
              hint={t("admin.group.territory.communeHint")}
              defaultValue={territoryResult?.commune ?? ""}
              errorId="territory-commune-error"
              errors={territoryResult?.errors.commune}
              choices={territoryResult?.choices ?? []}
            />
            <div className="field">
              <label htmlFor="territory-department">{t("admin.group.territory.department")}</label>
              <input
                id="territory-department"
                name="departmentCode"
                defaultValue={territoryResult?.departmentCode ?? ""}
                maxLength={3}
                size={4}
                aria-invalid={territoryResult?.errors.departmentCode ? true : undefined}
                aria-describedby={territoryResult?.errors.departmentCode ? "territory-department-error" : undefined}
              />
              <FieldErrors id="territory-department-error" errors={territoryResult?.errors.departmentCode} />
            </div>
            <button type="submit">{t("admin.group.territory.add")}</button>
          </Form>
        ) : null}
      </section>

      <section aria-labelledby="group-coordinators">
        <h2 id="group-coordinators">{t("admin.group.coordinators.heading")}</h2>
        {group.coordinators.length === 0 ? <p>{t("admin.group.coordinators.none")}</p> : null}
        {national ? (
          <>
            <ul>
              {group.coordinators.map((coordinator) => (
                <li key={coordinator.id}>
                  {coordinator.email} ({coordinator.role})
                  <Form method="post" className="inline-form">
                    <input type="hidden" name="coordinatorId" value={coordinator.id} />
                    <button type="submit" name="intent" value="remove-coordinator" className="link-button">
                      {t("admin.group.coordinators.remove")}
                    </button>
                  </Form>
                </li>
              ))}
            </ul>
            <Form method="post" className="stack">
              <input type="hidden" name="intent" value="add-coordinator" />
              <div className="field">
                <label htmlFor="coordinator-email">{t("admin.group.coordinators.email")}</label>
                <p id="coordinator-email-hint" className="hint">
                  {t("admin.group.coordinators.emailHint")}
                </p>
                <input
                  id="coordinator-email"
                  name="email"
                  type="email"
                  defaultValue={coordinatorResult?.email ?? ""}
                  aria-invalid={coordinatorResult ? true : undefined}
                  aria-describedby={coordinatorResult ? "coordinator-email-hint coordinator-error" : "coordinator-email-hint"}
                />
                <FieldErrors id="coordinator-error" errors={coordinatorResult?.errors} />
              </div>
              <div className="field">
                <label htmlFor="coordinator-choice">{t("admin.group.coordinators.choose")}</label>
                <select id="coordinator-choice" name="organizerId" defaultValue="">
                  <option value="">{t("admin.group.coordinators.chooseNone")}</option>
                  {organizers.map((choice) => (
                    <option key={choice.id} value={choice.id}>
                      {choice.email} ({choice.role})
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit">{t("admin.group.coordinators.add")}</button>
            </Form>
          </>
        ) : (
          <p className="muted">{t("admin.group.coordinators.hidden")}</p>
        )}
      </section>
    </>
  );
}
