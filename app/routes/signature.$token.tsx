import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { confirmSignature } from "~/modules/petitions/petition.server";
import { ThanksNextSteps } from "~/modules/petitions/components/thanks";
import { petitionShare, signatureForToken } from "~/modules/petitions/thanks.server";
import { useT } from "~/utils/i18n";
import { getLang } from "~/utils/lang.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, data?.confirmed ? "petition.thanks.title" : "petition.confirm.title", { noindex: true });

/**
 * Opening the link changes nothing (mail scanners open links): the button confirms. Once the
 * signature is confirmed, the same address thanks its signer: the token names the signature,
 * so the page says what it has seen in the database.
 */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const token = params.token ?? "";
  const signature = await signatureForToken({ token });
  if (!signature?.confirmed) return { confirmed: false as const };
  const share = petitionShare({ communeName: signature.communeName, communeSlug: signature.communeSlug, lang: await getLang(request) });
  return { confirmed: true as const, subscribed: signature.wantsNewsletter, share };
}

export async function action({ params }: ActionFunctionArgs) {
  const token = params.token ?? "";
  const result = await confirmSignature({ token });
  if (!result.ok) return data({ failed: true, closed: result.error === "closed" }, { status: 400 });
  return redirect(`/signature/${encodeURIComponent(token)}`);
}

export default function ConfirmSignaturePage() {
  const loaded = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  if (loaded.confirmed) {
    return (
      <div className="narrow">
        <h1>{t("petition.thanks.title")}</h1>
        <p role="status">
          {t("petition.thanks.text")} {t("petition.thanks.further")}
        </p>
        <ThanksNextSteps share={loaded.share} subscribed={loaded.subscribed} />
      </div>
    );
  }
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
