import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ErrorSummary } from "~/components/forms";
import { profileSummaryFields, VolunteerProfileFields } from "~/modules/volunteers/components/form";
import { communeField } from "~/models/commune-choice.server";
import { confirmVolunteer, getVolunteerByToken, keepVolunteer, updateVolunteer, withdrawVolunteer } from "~/modules/volunteers/volunteer.server";
import { VolunteerProfileSchema } from "~/modules/volunteers/schema";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/meta";
import { useServerForm } from "~/components/server-form";
import { constraints as volunteerProfileConstraints } from "~/components/form-constraints/volunteerProfile";

/** This page's forms' HTML constraints (app/components/form-constraints/, generated). */
const forms = { volunteerProfile: volunteerProfileConstraints };

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "volunteers.manage.title", { noindex: true });

// Opening the link changes nothing (mail scanners open links): every change is a button.
export async function loader({ params }: LoaderFunctionArgs) {
  const volunteer = await getVolunteerByToken({ token: params.token ?? "" });
  return { volunteer };
}

export async function action({ params, request }: ActionFunctionArgs) {
  const token = params.token ?? "";
  const formData = await request.formData();
  const intent = formData.get("intent");
  const here = `/benevole/${token}`;
  if (intent === "confirm") return redirect((await confirmVolunteer({ token })).ok ? `${here}?ok=confirmed` : here);
  if (intent === "stay") return redirect((await keepVolunteer({ token })).ok ? `${here}?ok=stay` : here);
  if (intent === "withdraw") {
    await withdrawVolunteer({ token });
    return redirect("/benevoles/retrait");
  }
  const submission = parseWithZod(formData, { schema: VolunteerProfileSchema });
  const { commune, choices, errors } = await communeField(formData);
  if (submission.status !== "success" || !commune)
    return data({ result: submission.reply({ fieldErrors: errors ? { commune: errors } : {} }), choices }, { status: 400 });
  if (!(await updateVolunteer({ token, inseeCode: commune.inseeCode, profile: submission.value })).ok) return redirect(here);
  return redirect(`${here}?ok=updated`);
}

export default function ManageVolunteerPage() {
  const { volunteer } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const t = useT();
  const ok = searchParams.get("ok");
  const lastResult = actionData?.result;
  const [form, fields] = useServerForm<typeof VolunteerProfileSchema>(forms.volunteerProfile, {
    lastResult,
    defaultValue: volunteer
      ? {
          name: volunteer.name,
          skills: volunteer.skills,
          availability: volunteer.availability,
          languages: volunteer.languages,
          message: volunteer.message,
          commune: `${volunteer.commune.name} (${volunteer.commune.departmentCode})`,
          inseeCode: volunteer.commune.inseeCode,
        }
      : undefined,
  });
  if (!volunteer) {
    return (
      <div className="narrow">
        <h1>{t("volunteers.manage.title")}</h1>
        <p role="alert" className="notice notice-error">
          {t("volunteers.manage.unknown")}
        </p>
      </div>
    );
  }
  if (!volunteer.confirmedAt) {
    return (
      <div className="narrow">
        <h1>{t("volunteers.confirm.title")}</h1>
        <p>{t("volunteers.confirm.intro")}</p>
        <Form method="post">
          <button type="submit" name="intent" value="confirm">
            {t("volunteers.confirm.submit")}
          </button>
        </Form>
      </div>
    );
  }
  const initial = (lastResult?.initialValue ?? {}) as Record<string, unknown>;
  const communeText = typeof initial.commune === "string" ? initial.commune : `${volunteer.commune.name} (${volunteer.commune.departmentCode})`;
  return (
    <div className="narrow">
      <h1>{t("volunteers.manage.title")}</h1>
      {ok ? (
        <p role="status" className="notice">
          {t(ok === "confirmed" ? "volunteers.manage.confirmed" : ok === "stay" ? "volunteers.manage.stayed" : "volunteers.manage.updated")}
        </p>
      ) : null}
      {volunteer.stayAskedAt ? (
        <section aria-labelledby="stay-heading" className="panel">
          <h2 id="stay-heading">{t("volunteers.manage.stayHeading")}</h2>
          <Form method="post">
            <button type="submit" name="intent" value="stay">
              {t("volunteers.manage.stay")}
            </button>
          </Form>
        </section>
      ) : null}
      <h2>{t("volunteers.manage.update")}</h2>
      <Form method="post" {...getFormProps(form)} className="stack">
        <ErrorSummary formErrors={form.errors} fields={[...profileSummaryFields(fields)]} />
        <VolunteerProfileFields
          fields={fields}
          choices={actionData?.choices}
          communeDefault={communeText}
          communeCode={typeof initial.commune === "string" ? "" : volunteer.commune.inseeCode}
        />
        <button type="submit" name="intent" value="update">
          {t("volunteers.manage.save")}
        </button>
      </Form>
      <section aria-labelledby="withdraw-heading" className="panel">
        <h2 id="withdraw-heading">{t("volunteers.manage.withdrawHeading")}</h2>
        <p>{t("volunteers.manage.withdrawText")}</p>
        <Form method="post">
          <button type="submit" name="intent" value="withdraw" className="danger">
            {t("volunteers.manage.withdraw")}
          </button>
        </Form>
      </section>
    </div>
  );
}
