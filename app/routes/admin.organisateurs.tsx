import { getFormProps, getSelectProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ConfirmStep } from "~/components/confirm-step";
import { ErrorSummary, FieldErrors, TextField } from "~/components/forms";
import { useServerForm } from "~/components/server-form";
import { constraints as organizerConstraints } from "~/components/form-constraints/organizer";
import { addOrganizer, listOrganizers, removeOrganizer, setOrganizerLegal } from "~/models/organizer.server";
import { LegalFlagSchema } from "~/modules/mandates/schema";
import { AddOrganizerSchema, RemoveOrganizerSchema } from "~/schemas/organizer";
import { requireOrganizer } from "~/models/auth.server";
import { useLang, useT } from "~/utils/i18n";
import { adminTitle } from "~/utils/meta";
import { formatDate } from "~/utils/dates";
import { isConfirmed } from "~/schemas/confirm";

/** This page's forms' HTML constraints (app/components/form-constraints/, generated). */
const forms = { organizer: organizerConstraints };

export const meta: MetaFunction = ({ matches }) => adminTitle(matches, "admin.organizers");

export async function loader({ request }: LoaderFunctionArgs) {
  const admin = await requireOrganizer(request, { role: "ADMIN" });
  return { organizers: await listOrganizers(), selfId: admin.id, selfLegal: admin.legal };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireOrganizer(request, { role: "ADMIN" });
  const formData = await request.formData();
  if (formData.get("intent") === "legal") {
    // Only a legal organizer grants or removes the legal flag (issue 26): an admin alone may not.
    const legal = await requireOrganizer(request, { legal: true });
    const change = LegalFlagSchema.safeParse(Object.fromEntries(formData));
    if (change.success) await setOrganizerLegal({ organizerId: change.data.organizerId, legal: change.data.legal === "grant", by: legal.id });
    return redirect("/admin/organisateurs");
  }
  if (formData.get("intent") === "remove") {
    const removal = RemoveOrganizerSchema.safeParse(Object.fromEntries(formData));
    if (removal.success && removal.data.organizerId !== admin.id && !isConfirmed(removal.data)) {
      return data({ confirmRemove: removal.data.organizerId, add: undefined });
    }
    if (removal.success && removal.data.organizerId !== admin.id) {
      await removeOrganizer({ organizerId: removal.data.organizerId, removedBy: admin.id });
    }
    return redirect("/admin/organisateurs");
  }
  const submission = parseWithZod(formData, { schema: AddOrganizerSchema });
  if (submission.status !== "success") return data({ add: submission.reply(), confirmRemove: undefined }, { status: 400 });
  await addOrganizer({ email: submission.value.email, role: submission.value.role, addedBy: admin.id });
  return redirect("/admin/organisateurs");
}

export default function OrganizersPage() {
  const { organizers, selfId, selfLegal } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const lastResult = actionData?.add;
  const t = useT();
  const lang = useLang();
  const [form, fields] = useServerForm<typeof AddOrganizerSchema>(forms.organizer, { lastResult, defaultValue: { role: "ORGANIZER" } });
  const dates = { format: (value: Date) => formatDate(lang, value, "medium") };
  return (
    <>
      <h1>{t("admin.organizers")}</h1>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t("admin.organizers.email")}</th>
            <th scope="col">{t("admin.organizers.role")}</th>
            <th scope="col">{t("admin.organizers.legal")}</th>
            <th scope="col">{t("admin.organizers.since")}</th>
            <th scope="col">
              <span className="visually-hidden">{t("admin.organizers.actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {organizers.map((organizer) => (
            <tr key={organizer.id}>
              <td>{organizer.email}</td>
              <td>{t(`admin.role.${organizer.role}`)}</td>
              <td>
                {organizer.legal ? t("admin.organizers.legalYes") : t("admin.organizers.legalNo")}
                {selfLegal ? (
                  <Form method="post">
                    <input type="hidden" name="intent" value="legal" />
                    <input type="hidden" name="organizerId" value={organizer.id} />
                    <input type="hidden" name="legal" value={organizer.legal ? "remove" : "grant"} />
                    <button type="submit" className="link-button">
                      {t(organizer.legal ? "admin.organizers.legalRemove" : "admin.organizers.legalGrant", { email: organizer.email })}
                    </button>
                  </Form>
                ) : null}
              </td>
              <td>{dates.format(new Date(organizer.createdAt))}</td>
              <td>
                {organizer.id === selfId ? null : actionData?.confirmRemove === organizer.id ? (
                  <ConfirmStep
                    id={`confirm-remove-${organizer.id}`}
                    heading={t("admin.confirm.heading")}
                    consequence={t("admin.organizers.confirmRemove", { email: organizer.email })}
                    fields={{ intent: "remove", organizerId: organizer.id }}
                    confirmLabel={t("admin.organizers.confirmRemove.submit")}
                  />
                ) : (
                  <Form method="post">
                    <input type="hidden" name="intent" value="remove" />
                    <input type="hidden" name="organizerId" value={organizer.id} />
                    <button type="submit" className="button-danger">
                      {t("admin.organizers.remove", { email: organizer.email })}
                    </button>
                  </Form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>{t("admin.organizers.add")}</h2>
      <Form method="post" {...getFormProps(form)} className="stack">
        <ErrorSummary formErrors={form.errors} fields={[fields.email, fields.role]} />
        <input type="hidden" name="intent" value="add" />
        <TextField field={fields.email} label={t("admin.organizers.email")} type="email" autoComplete="off" />
        <div className="field">
          <label htmlFor={fields.role.id}>{t("admin.organizers.role")}</label>
          <select {...getSelectProps(fields.role)} key={fields.role.key}>
            <option value="ORGANIZER">{t("admin.role.ORGANIZER")}</option>
            <option value="ADMIN">{t("admin.role.ADMIN")}</option>
            <option value="COORDINATOR">{t("admin.role.COORDINATOR")}</option>
          </select>
          <FieldErrors id={fields.role.errorId} errors={fields.role.errors} />
        </div>
        <button type="submit">{t("admin.organizers.addSubmit")}</button>
      </Form>
    </>
  );
}
