// Creating a local group (issue 25): the national team's (a coordinator gets a 403, audited).
import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { constraints as groupCreateConstraints } from "~/components/form-constraints/groupCreate";
import { ErrorSummary, TextAreaField, TextField } from "~/components/forms";
import { useServerForm } from "~/components/server-form";
import { requireOrganizer } from "~/models/auth.server";
import { createGroup } from "~/modules/groups/admin.server";
import { CreateGroupSchema } from "~/modules/groups/schema";
import { redirectWithNotice } from "~/utils/flash.server";
import { useT } from "~/utils/i18n";
import { adminTitle } from "~/utils/meta";

/** This page's forms' HTML constraints (app/components/form-constraints/, generated). */
const forms = { groupCreate: groupCreateConstraints };

export const meta: MetaFunction = ({ matches }) => adminTitle(matches, "admin.groups.create.heading", "admin.groups.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireOrganizer(request);
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const organizer = await requireOrganizer(request);
  const submission = parseWithZod(await request.formData(), { schema: CreateGroupSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const created = await createGroup({ organizerId: organizer.id, input: submission.value });
  if (!created.ok) return data({ result: submission.reply({ fieldErrors: { slug: ["groups.errors.slugTaken"] } }) }, { status: 400 });
  return redirectWithNotice(`/admin/groupes/${created.id}`, { key: "created" });
}

export default function NewGroupPage() {
  const actionData = useActionData<typeof action>();
  const t = useT();
  const [form, fields] = useServerForm<typeof CreateGroupSchema>(forms.groupCreate, { id: "group-create", lastResult: actionData?.result });
  return (
    <>
      <p>
        <Link to="/admin/groupes">{t("admin.group.back")}</Link>
      </p>
      <h1>{t("admin.groups.create.heading")}</h1>
      <Form method="post" {...getFormProps(form)} className="stack">
        <ErrorSummary formErrors={form.errors} fields={[fields.name, fields.slug, fields.presentation]} />
        <TextField field={fields.name} label={t("admin.groups.create.name")} />
        <TextField field={fields.slug} label={t("admin.groups.create.slug")} hint={t("admin.groups.create.slugHint")} />
        <TextAreaField field={fields.presentation} label={t("admin.groups.create.presentation")} hint={t("admin.groups.create.presentationHint")} rows={6} />
        <button type="submit">{t("admin.groups.create.submit")}</button>
      </Form>
    </>
  );
}
