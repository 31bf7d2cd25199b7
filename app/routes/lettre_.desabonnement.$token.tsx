import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { changeSubscriptionLang, getSubscriptionByToken, unsubscribe } from "~/modules/newsletter/subscriber.server";
import { ManageSubscriptionSchema } from "~/modules/newsletter/schema";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/meta";
import { subscriberIs } from "~/modules/newsletter/states";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "newsletter.unsubscribe.title", { noindex: true });

export async function loader({ params }: LoaderFunctionArgs) {
  const subscription = await getSubscriptionByToken({ token: params.token ?? "" });
  if (!subscription) throw new Response("Not found", { status: 404 });
  return { status: subscription.status, lang: subscription.lang };
}

/**
 * The page's buttons, and RFC 8058 one-click unsubscribe: mail clients POST
 * "List-Unsubscribe=One-Click" to the List-Unsubscribe URL, without any session.
 */
export async function action({ params, request }: ActionFunctionArgs) {
  const token = params.token ?? "";
  const formData = await request.formData();
  if (formData.get("List-Unsubscribe") === "One-Click") {
    const result = await unsubscribe({ token });
    return data({ done: result.ok ? ("unsubscribed" as const) : ("invalid" as const) }, { status: result.ok ? 200 : 404 });
  }
  const parsed = ManageSubscriptionSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return data({ done: "invalid" as const }, { status: 400 });
  const result = parsed.data.intent === "unsubscribe" ? await unsubscribe({ token }) : await changeSubscriptionLang({ token, lang: parsed.data.lang });
  if (!result.ok) return data({ done: "invalid" as const }, { status: 404 });
  return { done: parsed.data.intent === "unsubscribe" ? ("unsubscribed" as const) : ("lang" as const) };
}

export default function ManageSubscriptionPage() {
  const { status, lang } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const active = subscriberIs(status, "active");
  return (
    <div className="narrow">
      <h1>{t("newsletter.unsubscribe.title")}</h1>
      {result?.done === "unsubscribed" ? (
        <p role="status" className="notice">
          {t("newsletter.unsubscribe.done")}
        </p>
      ) : result?.done === "lang" ? (
        <p role="status" className="notice">
          {t("newsletter.unsubscribe.langDone")}
        </p>
      ) : null}
      {active ? (
        <>
          <p>{t("newsletter.unsubscribe.intro")}</p>
          <Form method="post">
            <input type="hidden" name="intent" value="unsubscribe" />
            <button type="submit">{t("newsletter.unsubscribe.submit")}</button>
          </Form>
          <h2>{t("newsletter.unsubscribe.lang")}</h2>
          <Form method="post" className="inline-form">
            <input type="hidden" name="intent" value="lang" />
            <label htmlFor="subscription-lang" className="visually-hidden">
              {t("newsletter.unsubscribe.lang")}
            </label>
            <select id="subscription-lang" name="lang" defaultValue={lang}>
              <option value="fr">Français</option>
              <option value="en">English</option>
            </select>
            <button type="submit">{t("newsletter.unsubscribe.langSubmit")}</button>
          </Form>
        </>
      ) : result?.done !== "unsubscribed" ? (
        <p>{t("newsletter.unsubscribe.inactive")}</p>
      ) : null}
      <p>
        <Link to="/lettre">{t("newsletter.page.title")}</Link>
      </p>
    </div>
  );
}
