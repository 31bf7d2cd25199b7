import { getFormProps, getInputProps, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { petitionIs } from "~/modules/petitions/states";
import { ConfirmStep } from "~/components/confirm-step";
import { redirectWithNotice, takeNotice } from "~/utils/flash.server";
import { ErrorSummary, FieldErrors, TextAreaField } from "~/components/forms";
import { PetitionAdminForm } from "~/modules/petitions/components/admin-form";
import { useServerForm } from "~/components/server-form";
import { constraints as petitionInvalidationConstraints } from "~/components/form-constraints/petitionInvalidation";
import { constraints as petitionResponseConstraints } from "~/components/form-constraints/petitionResponse";
import {
  closePetition,
  getPetitionForAdmin,
  invalidateSignatures,
  markDelivered,
  previewInvalidation,
  publishResponse,
  reopenPetition,
  updatePetition,
} from "~/modules/petitions/admin.server";
import { InvalidationSchema, PetitionSchema, ResponseSchema, StatusIntentSchema } from "~/modules/petitions/admin-schema";
import { CONFIRMED_INTENTS } from "~/modules/petitions/choices";
import { requireOrganizer } from "~/models/auth.server";
import { requireRecord } from "~/modules/territorial/records.server";
import { useLang, useT } from "~/utils/i18n";
import { adminTitle } from "~/utils/meta";
import { isUuid } from "~/utils/uuid";
import { formatDateTime } from "~/utils/dates";
import { contactCounts } from "~/modules/petition-mailing/mailing.server";
import { isConfirmed } from "~/schemas/confirm";
import { petitionHandIn, setPetitionHandIn } from "~/modules/calendar/campaign-dates.server";
import { HandInForm } from "~/modules/calendar/components/hand-in-form";
import { HandInSchema } from "~/modules/calendar/schema";

/** This page's forms' HTML constraints (app/components/form-constraints/, generated). */
const forms = { petitionInvalidation: petitionInvalidationConstraints, petitionResponse: petitionResponseConstraints };

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  adminTitle(matches, "admin.petitions.one", data ? { text: data.petition.commune.name } : null);

async function loadPetition(id: string | undefined) {
  const petition = id && isUuid(id) ? await getPetitionForAdmin({ id }) : null;
  if (!petition) throw new Response("Not found", { status: 404 });
  return petition;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const organizer = await requireOrganizer(request, { territorial: true });
  await requireRecord(organizer, "petition", params.id, "petition.view");
  const petition = await loadPetition(params.id);
  const contacts = await contactCounts({ petitionId: petition.id });
  const handIn = await petitionHandIn(petition.id);
  const { notice, headers } = await takeNotice(request);
  return data(
    { petition, contacts, handIn, notice, canDeliver: petitionIs(petition.status, "deliverable"), canAnswer: petitionIs(petition.status, "handedIn") },
    { headers },
  );
}

type ActionResult = {
  form: "petition" | "invalidate" | "response" | "status" | "hand-in";
  result: SubmissionResult<string[]>;
  preview?: { total: number; confirmed: number };
  /** A close or deliver submitted without confirm=1: the page asks for the confirmation. */
  confirm?: "close" | "deliver";
};

export async function action({ request, params }: ActionFunctionArgs) {
  const organizer = await requireOrganizer(request, { territorial: true });
  await requireRecord(organizer, "petition", params.id, "petition.edit");
  const petition = await loadPetition(params.id);
  const formData = await request.formData();
  const intent = formData.get("intent");
  const done = (key: string, count?: number) => redirectWithNotice(`/admin/petitions/${petition.id}`, { key, count });
  const fail = (form: ActionResult["form"], result: SubmissionResult<string[]>, status = 400) => data<ActionResult>({ form, result }, { status });

  if (intent === "save") {
    const submission = parseWithZod(formData, { schema: PetitionSchema });
    if (submission.status !== "success") return fail("petition", submission.reply());
    await updatePetition({ id: petition.id, input: submission.value, organizerId: organizer.id });
    return done("saved");
  }
  if (intent === "hand-in") {
    // Issue 25: the planned hand-in becomes (or, emptied, cancels) a public event of the commune.
    const submission = parseWithZod(formData, { schema: HandInSchema });
    if (submission.status !== "success") return fail("hand-in", submission.reply());
    const { handInAt, handInPlace } = submission.value;
    await setPetitionHandIn({ petitionId: petition.id, handInAt: handInAt ?? null, handInPlace: handInPlace ?? null, organizerId: organizer.id });
    return done(handInAt ? "handIn" : "handInCancelled");
  }
  if (intent === "preview" || intent === "invalidate") {
    const submission = parseWithZod(formData, { schema: InvalidationSchema });
    if (submission.status !== "success") return fail("invalidate", submission.reply());
    if (intent === "preview") {
      const preview = await previewInvalidation({ petitionId: petition.id, criteria: submission.value });
      return data<ActionResult>({ form: "invalidate", result: submission.reply(), preview });
    }
    const result = await invalidateSignatures({ petitionId: petition.id, criteria: submission.value, organizerId: organizer.id });
    return done("invalidated", result.invalidated);
  }
  if (intent === "response") {
    const submission = parseWithZod(formData, { schema: ResponseSchema });
    if (submission.status !== "success") return fail("response", submission.reply());
    const published = await publishResponse({ id: petition.id, response: submission.value.response, organizerId: organizer.id });
    if (!published.ok) return fail("response", submission.reply({ formErrors: ["errors.petitionAdmin.notDelivered"] }), 409);
    return done("answered");
  }
  const status = parseWithZod(formData, { schema: StatusIntentSchema });
  if (status.status !== "success") return fail("status", status.reply());
  if (CONFIRMED_INTENTS.includes(status.value.intent) && !isConfirmed(status.value)) {
    return data<ActionResult>({ form: "status", result: status.reply(), confirm: status.value.intent as "close" | "deliver" });
  }
  switch (status.value.intent) {
    case "close":
      await closePetition({ id: petition.id, organizerId: organizer.id });
      return done("closed");
    case "reopen": {
      const reopened = await reopenPetition({ id: petition.id, organizerId: organizer.id });
      if (!reopened.ok && reopened.error === "already-open") return fail("status", status.reply({ formErrors: ["errors.petitionAdmin.alreadyOpen"] }), 409);
      return done("reopened");
    }
    case "deliver":
      await markDelivered({ id: petition.id, organizerId: organizer.id });
      return done("delivered");
  }
}

function InvalidationForm({ lastResult, preview }: { lastResult?: SubmissionResult<string[]>; preview?: { total: number; confirmed: number } }) {
  const t = useT();
  const [form, fields] = useServerForm<typeof InvalidationSchema>(forms.petitionInvalidation, {
    id: "invalidate",
    lastResult,
    shouldValidate: "onSubmit",
    defaultValue: { by: "domain" },
  });
  const by = fields.by.value ?? "domain";
  const values = (lastResult?.initialValue ?? {}) as Record<string, string>;
  const described = (field: { errors?: string[]; errorId: string }) => (field.errors?.length ? field.errorId : undefined);
  return (
    <>
      <Form method="post" {...getFormProps(form)} className="stack">
        <ErrorSummary formErrors={form.errors} fields={[fields.domain, fields.ip, fields.from, fields.to]} />
        <fieldset>
          <legend>{t("admin.petitions.invalidate.by")}</legend>
          {(["domain", "ip", "time"] as const).map((option) => (
            <label key={option} className="choice">
              <input type="radio" name={fields.by.name} value={option} defaultChecked={by === option} /> {t(`admin.petitions.invalidate.by.${option}`)}
            </label>
          ))}
        </fieldset>
        {/* A discriminated union's fields are typed unknown: TextField wants a string field. */}
        <div className="field">
          <label htmlFor={fields.domain.id}>{t("admin.petitions.invalidate.domain")}</label>
          <input {...getInputProps(fields.domain, { type: "text" })} key={fields.domain.key} aria-describedby={described(fields.domain)} />
          <FieldErrors id={fields.domain.errorId} errors={fields.domain.errors} />
        </div>
        <div className="field">
          <label htmlFor={fields.ip.id}>{t("admin.petitions.invalidate.ip")}</label>
          <input {...getInputProps(fields.ip, { type: "text" })} key={fields.ip.key} aria-describedby={described(fields.ip)} />
          <FieldErrors id={fields.ip.errorId} errors={fields.ip.errors} />
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor={fields.from.id}>{t("admin.petitions.invalidate.from")}</label>
            <input {...getInputProps(fields.from, { type: "datetime-local" })} key={fields.from.key} aria-describedby={described(fields.from)} />
            <FieldErrors id={fields.from.errorId} errors={fields.from.errors} />
          </div>
          <div className="field">
            <label htmlFor={fields.to.id}>{t("admin.petitions.invalidate.to")}</label>
            <input {...getInputProps(fields.to, { type: "datetime-local" })} key={fields.to.key} aria-describedby={described(fields.to)} />
            <FieldErrors id={fields.to.errorId} errors={fields.to.errors} />
          </div>
        </div>
        <button type="submit" name="intent" value="preview" className="button-secondary">
          {t("admin.petitions.invalidate.preview")}
        </button>
      </Form>
      {preview ? (
        <div className="notice" role="status">
          <p>{t("admin.petitions.invalidate.previewResult", { total: preview.total, confirmed: preview.confirmed })}</p>
          {preview.total > 0 ? (
            <Form method="post">
              {["by", "domain", "ip", "from", "to"].map((name) => (values[name] ? <input key={name} type="hidden" name={name} value={values[name]} /> : null))}
              <button type="submit" name="intent" value="invalidate" className="button-danger">
                {t("admin.petitions.invalidate.confirm", { total: preview.total })}
              </button>
            </Form>
          ) : null}
        </div>
      ) : null}
    </>
  );
}

function ResponseForm({ lastResult, defaultValue }: { lastResult?: SubmissionResult<string[]>; defaultValue: string | null }) {
  const t = useT();
  const [form, fields] = useServerForm<typeof ResponseSchema>(forms.petitionResponse, {
    id: "response",
    lastResult,
    defaultValue: { response: defaultValue ?? "" },
  });
  return (
    <Form method="post" {...getFormProps(form)} className="stack">
      <ErrorSummary formErrors={form.errors} fields={[fields.response]} />
      <TextAreaField field={fields.response} label={t("admin.petitions.response")} rows={8} />
      <button type="submit" name="intent" value="response">
        {t("admin.petitions.responseSubmit")}
      </button>
    </Form>
  );
}

export default function AdminPetition() {
  const { petition, contacts, handIn, notice, canDeliver, canAnswer } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const lang = useLang();
  const dates = { format: (value: Date) => formatDateTime(lang, value, "medium") };
  const result = (form: ActionResult["form"]) => (actionData?.form === form ? actionData.result : undefined);
  // After an action on this page, the notice of the previous one is stale.
  const done = actionData ? null : notice?.key;
  const notices: Record<string, string> = {
    opened: t("admin.petitions.done.opened"),
    saved: t("admin.petitions.done.saved"),
    closed: t("admin.petitions.done.closed"),
    reopened: t("admin.petitions.done.reopened"),
    invalidated: t("admin.petitions.done.invalidated", { count: notice?.count ?? 0 }),
    delivered: t("admin.petitions.done.delivered"),
    answered: t("admin.petitions.done.answered"),
    handIn: t("calendar.handIn.done"),
    handInCancelled: t("calendar.handIn.cancelledDone"),
  };
  const statusErrors = result("status");
  const confirming = actionData?.form === "status" ? actionData.confirm : undefined;
  return (
    <>
      <p>
        <Link to="/admin/petitions">{t("admin.petitions.back")}</Link>
      </p>
      <h1>{petition.title}</h1>
      {done && notices[done] ? (
        <p className="notice" role="status">
          {notices[done]}
        </p>
      ) : null}
      <dl className="facts">
        <dt>{t("admin.petitions.commune")}</dt>
        <dd>
          <Link to={`/villes/${petition.commune.slug}`}>{petition.commune.name}</Link> ({petition.commune.departmentCode})
        </dd>
        <dt>{t("admin.petitions.status")}</dt>
        <dd data-testid="petition-status">{t(`admin.petitions.status.${petition.status}`)}</dd>
        <dt>{t("admin.petitions.count")}</dt>
        <dd data-testid="admin-count">
          {t("admin.petitions.counts", {
            // Numbers, not text: the translator formats them and picks each plural.
            count: petition.count,
            goal: petition.goal,
            residents: petition.residents,
            supporters: petition.supporters,
          })}
        </dd>
        <dt>{t("admin.petitions.others")}</dt>
        <dd>{t("admin.petitions.othersCounts", { unconfirmed: petition.unconfirmed, invalidated: petition.invalidated })}</dd>
        <dt>{t("admin.petitions.mayContact")}</dt>
        <dd data-testid="admin-may-contact">
          {t("admin.petitions.mayContactCount", { count: contacts.agreed })} ·{" "}
          <Link to={`/admin/petitions/${petition.id}/message`}>{t("admin.petitions.mailing.link")}</Link>
        </dd>
        {petition.deliveredAt ? (
          <>
            <dt>{t("admin.petitions.deliveredAt")}</dt>
            <dd>{dates.format(new Date(petition.deliveredAt))}</dd>
          </>
        ) : null}
      </dl>

      <section aria-labelledby="status-heading" className="panel">
        <h2 id="status-heading">{t("admin.petitions.statusHeading")}</h2>
        <ErrorSummary formErrors={statusErrors?.error?.[""] ?? undefined} fields={[]} />
        {petitionIs(petition.status, "closable") && confirming === "close" ? (
          <ConfirmStep
            id="confirm-close"
            heading={t("admin.confirm.heading")}
            consequence={t("admin.petitions.confirmClose", { commune: petition.commune.name })}
            fields={{ intent: "close" }}
            confirmLabel={t("admin.petitions.confirmClose.submit")}
          />
        ) : petitionIs(petition.status, "closable") ? (
          <Form method="post">
            <button type="submit" name="intent" value="close" className="button-danger">
              {t("admin.petitions.close")}
            </button>
          </Form>
        ) : null}
        {petitionIs(petition.status, "reopenable") ? (
          <Form method="post">
            <button type="submit" name="intent" value="reopen" className="button-secondary">
              {t("admin.petitions.reopen")}
            </button>
          </Form>
        ) : null}
        {petitionIs(petition.status, "handedIn") ? <p>{t("admin.petitions.deliveredNote")}</p> : null}
      </section>

      <section aria-labelledby="moderation-heading" className="panel">
        <h2 id="moderation-heading">{t("admin.moderation.link")}</h2>
        <ul>
          <li>
            <Link to={`/admin/petitions/${petition.id}/signatures`}>{t("admin.moderation.link")}</Link>
          </li>
          <li>
            <Link to={`/admin/petitions/${petition.id}/fraude`}>{t("admin.moderation.fraudLink")}</Link>
          </li>
        </ul>
      </section>

      <section aria-labelledby="invalidate-heading" className="panel">
        <h2 id="invalidate-heading">{t("admin.petitions.invalidate")}</h2>
        <p>{t("admin.petitions.invalidate.intro")}</p>
        <InvalidationForm lastResult={result("invalidate")} preview={actionData?.form === "invalidate" ? actionData.preview : undefined} />
      </section>

      <section aria-labelledby="export-heading" className="panel">
        <h2 id="export-heading">{t("admin.petitions.export")}</h2>
        <p>{t("admin.petitions.export.intro")}</p>
        <ul>
          <li>
            <a href={`/admin/petitions/${petition.id}/signatures.csv`} download>
              {t("admin.petitions.export.csv")}
            </a>
          </li>
          <li>
            <a href={`/admin/petitions/${petition.id}/courrier.pdf`} download>
              {t("admin.petitions.export.pdf")}
            </a>
          </li>
        </ul>
      </section>

      <section aria-labelledby="delivery-heading" className="panel">
        <h2 id="delivery-heading">{t("admin.petitions.delivery")}</h2>
        {canDeliver ? (
          <>
            <p>{t("admin.petitions.delivery.intro")}</p>
            {confirming === "deliver" ? (
              <ConfirmStep
                id="confirm-deliver"
                heading={t("admin.confirm.heading")}
                consequence={t(petition.count === 1 ? "admin.petitions.confirmDeliver.one" : "admin.petitions.confirmDeliver.other", {
                  count: petition.count,
                  commune: petition.commune.name,
                })}
                fields={{ intent: "deliver" }}
                confirmLabel={t("admin.petitions.confirmDeliver.submit")}
              />
            ) : (
              <Form method="post">
                <button type="submit" name="intent" value="deliver" className="button-danger">
                  {t("admin.petitions.deliver")}
                </button>
              </Form>
            )}
          </>
        ) : null}
        {canAnswer ? (
          <>
            <p>{t(petitionIs(petition.status, "answered") ? "admin.petitions.response.edit" : "admin.petitions.response.intro")}</p>
            <ResponseForm lastResult={result("response")} defaultValue={petition.response} />
          </>
        ) : null}
      </section>

      <HandInForm lastResult={result("hand-in")} defaultValue={handIn.defaultValue} eventSlug={handIn.eventSlug} />

      <section aria-labelledby="edit-heading" className="panel">
        <h2 id="edit-heading">{t("admin.petitions.edit")}</h2>
        <PetitionAdminForm
          lastResult={result("petition")}
          opening={false}
          submitLabel={t("admin.petitions.save")}
          defaultValue={{
            title: petition.title,
            body: petition.body,
            goal: petition.goal,
            mayorTitle: petition.mayorTitle,
            mayorName: petition.mayorName,
            closesAt: petition.closesAt?.toISOString() ?? null,
          }}
        />
      </section>
    </>
  );
}
