import { data, redirect, type ActionFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { confirmSignature } from "~/models/petition.server";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "petition.confirm.title", { noindex: true });

// Opening the link changes nothing (mail scanners open links): the button confirms.
export async function action({ params }: ActionFunctionArgs) {
  const result = await confirmSignature({ token: params.token ?? "" });
  if (!result.ok) return data({ failed: true, closed: result.error === "closed" }, { status: 400 });
  return redirect(`/villes/${result.communeSlug}/merci${result.wantsNewsletter ? "?abonne" : ""}`);
}

export default function ConfirmSignaturePage() {
  const result = useActionData<typeof action>();
  const t = useT();
  return (
    <div className="narrow">
      <h1>{t("petition.confirm.title")}</h1>
      {result?.failed ? (
        <div role="alert" className="notice notice-error">
          <p>{t(result.closed ? "petition.confirm.closed" : "petition.confirm.failed")}</p>
          <p>
            <Link to="/petitions">{t("petition.list.title")}</Link>
          </p>
        </div>
      ) : (
        <>
          <p>{t("petition.confirm.intro")}</p>
          <Form method="post">
            <button type="submit">{t("petition.confirm.submit")}</button>
          </Form>
        </>
      )}
    </div>
  );
}
