import { data, type ActionFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { confirmSubscription } from "~/modules/newsletter/subscriber.server";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "newsletter.confirm.title", { noindex: true });

// Opening the link changes nothing (mail scanners open links): the button confirms.
export async function action({ params }: ActionFunctionArgs) {
  const result = await confirmSubscription({ token: params.token ?? "" });
  if (!result.ok) return data({ ok: false as const }, { status: 400 });
  return { ok: true as const, manageUrl: `/lettre/desabonnement/${result.unsubscribeToken}` };
}

export default function ConfirmSubscriptionPage() {
  const result = useActionData<typeof action>();
  const t = useT();
  if (result?.ok) {
    return (
      <div className="narrow">
        <h1>{t("newsletter.confirmed.title")}</h1>
        <p role="status">{t("newsletter.confirmed.text")}</p>
        <p>
          <Link to="/recours">{t("legalActions.list.title")}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="narrow">
      <h1>{t("newsletter.confirm.title")}</h1>
      {result ? (
        <div role="alert" className="notice notice-error">
          <p>{t("newsletter.confirm.failed")}</p>
          <p>
            <Link to="/lettre">{t("newsletter.page.title")}</Link>
          </p>
        </div>
      ) : (
        <>
          <p>{t("newsletter.confirm.intro")}</p>
          <Form method="post">
            <button type="submit">{t("newsletter.confirm.submit")}</button>
          </Form>
        </>
      )}
    </div>
  );
}
