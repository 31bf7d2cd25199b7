import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { FormGuard } from "~/components/form-guard";
import { ErrorSummary, FieldErrors, TextField } from "~/components/forms";
import { startCheckout } from "~/modules/donations/donation.server";
import { donationSchema } from "~/modules/donations/schema";
import { costAfterDeduction, PRESET_AMOUNTS } from "~/modules/donations/choices";
import { env } from "~/utils/env.server";
import { guardPublicForm, guardReply } from "~/utils/form-guard.server";
import { useLang, useT } from "~/utils/i18n";
import { getLang } from "~/utils/lang.server";
import { pageTitle } from "~/utils/meta";
import { formatEuros } from "~/utils/money";
import { stripeConfigured } from "~/utils/stripe.server";
import { outageHeaders, withOutageReply } from "~/utils/outage.server";
import { log } from "~/utils/log.server";
import { useServerForm } from "~/components/server-form";
import { constraints as donationConstraints } from "~/components/form-constraints/donation";

/** This page's forms' HTML constraints (app/components/form-constraints/, generated). */
const forms = { donation: donationConstraints };

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "donate.title");

export async function loader() {
  return { configured: stripeConfigured(), maxEuros: env().DONATION_MAX_EUROS, receipts: env().RECEIPTS_ENABLED };
}

export const headers = outageHeaders;

// A function declaration, not `withOutageReply(...)` at the top level: Remix drops the `action`
// export from the browser bundle only when nothing is called to define it.
export async function action(args: ActionFunctionArgs) {
  return withOutageReply(args, submit);
}

async function submit({ request, context }: ActionFunctionArgs) {
  if (!stripeConfigured()) throw new Response("Online donations are not configured", { status: 404 });
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: donationSchema(env().DONATION_MAX_EUROS) });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const guard = await guardPublicForm({ request, context, formData, form: "donate" });
  const stopped = guardReply(guard, { bot: () => redirect("/don/annule"), reply: (held) => submission.reply(held) });
  if (stopped) return stopped;
  const input = env().RECEIPTS_ENABLED ? submission.value : { ...submission.value, receiptIdentity: null };
  let checkoutUrl: string;
  try {
    checkoutUrl = await startCheckout({ input, lang: await getLang(request) });
  } catch (error) {
    log.error("donation checkout failed", { error, request });
    return data(submission.reply({ formErrors: ["errors.donation.unavailable"] }), { status: 503 });
  }
  return redirect(checkoutUrl);
}

export default function DonatePage() {
  const { configured, maxEuros, receipts } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <div className="narrow donate-page">
      <h1>{t("donate.title")}</h1>
      {/* Mobile first (issue 27, item 4): the form, and its pay button, on the first screen at
          360 × 640; why give follows it. */}
      {configured ? (
        <DonationForm maxEuros={maxEuros} receipts={receipts} />
      ) : (
        <div role="status" className="notice">
          <p>{t("donate.notConfigured")}</p>
        </div>
      )}
      <p className="donate-intro">{t("donate.intro")}</p>
      <p>
        <Link to="/don/gerer">{t("donate.manageLink")}</Link>
      </p>
    </div>
  );
}

function DonationForm({ maxEuros, receipts }: { maxEuros: number; receipts: boolean }) {
  const t = useT();
  const lang = useLang();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useServerForm<ReturnType<typeof donationSchema>>(forms.donation, { lastResult, defaultValue: { kind: "ONE_OFF", preset: "25" } });
  const kind = fields.kind.initialValue ?? "ONE_OFF";
  const preset = fields.preset.initialValue ?? "25";
  const receiptFields = [fields.name, fields.address, fields.postcode, fields.city];
  const receiptOpen = receiptFields.some((field) => Boolean(field.initialValue) || Boolean(field.errors?.length));
  return (
    <Form method="post" {...getFormProps(form)} className="stack donate-form">
      <FormGuard />
      <ErrorSummary
        formErrors={form.errors}
        fields={[
          { name: fields.kind.name, errors: fields.kind.errors, id: "kind-ONE_OFF" },
          { name: fields.preset.name, errors: fields.preset.errors, id: `preset-${PRESET_AMOUNTS[0]}` },
          fields.custom,
          fields.name,
          fields.address,
          fields.postcode,
          fields.city,
        ]}
      />
      <fieldset className="compact-fieldset">
        <legend>{t("donate.kind")}</legend>
        <div className="choice-grid choice-grid-2">
          {(["ONE_OFF", "MONTHLY"] as const).map((value) => (
            <div className="choice" key={value}>
              <input type="radio" id={`kind-${value}`} name={fields.kind.name} value={value} defaultChecked={kind === value} />
              <label htmlFor={`kind-${value}`}>
                <span className="choice-main">{t(value === "MONTHLY" ? "donate.kind.monthly" : "donate.kind.oneOff")}</span>{" "}
                {value === "MONTHLY" ? <span className="choice-sub">{t("donate.kind.monthlySub")}</span> : null}
              </label>
            </div>
          ))}
        </div>
        <FieldErrors id={fields.kind.errorId} errors={fields.kind.errors} />
      </fieldset>
      <fieldset className="compact-fieldset" aria-describedby={fields.custom.errors?.length ? fields.custom.errorId : undefined}>
        <legend>
          {t("donate.amount")}
          {receipts ? <span className="legend-note">{t("donate.amount.costNote")}</span> : null}
        </legend>
        <div className="choice-grid choice-grid-3">
          {PRESET_AMOUNTS.map((euros) => (
            <div className="choice" key={euros}>
              <input type="radio" id={`preset-${euros}`} name={fields.preset.name} value={String(euros)} defaultChecked={preset === String(euros)} />
              <label htmlFor={`preset-${euros}`}>
                <span className="choice-main">{formatEuros(euros * 100, lang)}</span>{" "}
                {receipts ? <span className="choice-sub">{t("donate.amount.cost", { cost: formatEuros(costAfterDeduction(euros * 100), lang) })}</span> : null}
              </label>
            </div>
          ))}
          <div className="choice choice-wide">
            <input type="radio" id="preset-other" name={fields.preset.name} value="other" defaultChecked={preset === "other"} />
            <label htmlFor="preset-other">
              <span className="choice-main">{t("donate.amount.other")}</span>
            </label>
          </div>
        </div>
        <FieldErrors id={fields.preset.errorId} errors={fields.preset.errors} />
        <div className="field donate-custom">
          <label htmlFor={fields.custom.id}>{t("donate.amount.custom")}</label>
          <input
            id={fields.custom.id}
            name={fields.custom.name}
            defaultValue={fields.custom.initialValue}
            key={fields.custom.key}
            inputMode="decimal"
            aria-invalid={fields.custom.errors?.length ? true : undefined}
            aria-describedby={[`${fields.custom.id}-hint`, fields.custom.errors?.length ? fields.custom.errorId : null].filter(Boolean).join(" ")}
          />
          <p className="hint" id={`${fields.custom.id}-hint`}>
            {t("donate.amount.customHint", { max: formatEuros(maxEuros * 100, lang) })}
          </p>
          <FieldErrors id={fields.custom.errorId} errors={fields.custom.errors} />
        </div>
      </fieldset>
      {receipts ? (
        // Optional, and four fields long: folded until asked for (open when one was filled or is wrong).
        <details className="donate-receipt" open={receiptOpen || undefined}>
          <summary>{t("donate.receipt.summary")}</summary>
          <fieldset>
            <legend>{t("donate.receipt")}</legend>
            <p className="hint">{t("donate.receipt.hint")}</p>
            <TextField field={fields.name} label={t("donate.receipt.name")} autoComplete="name" />
            <TextField field={fields.address} label={t("donate.receipt.address")} autoComplete="address-line1" />
            <div className="field-row">
              <TextField field={fields.postcode} label={t("donate.receipt.postcode")} autoComplete="postal-code" />
              <TextField field={fields.city} label={t("donate.receipt.city")} autoComplete="address-level2" />
            </div>
          </fieldset>
        </details>
      ) : null}
      <button type="submit">{t("donate.submit")}</button>
      <p className="muted small">{t("donate.stripeNote")}</p>
    </Form>
  );
}
