import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { openPortal, portalCustomer } from "~/modules/donations/donation.server";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "donate.manage.title", { noindex: true });

/** The emailed link opens this page; only the button (a POST) creates a portal session. */
export async function loader({ params }: LoaderFunctionArgs) {
  return { valid: (await portalCustomer({ token: params.token ?? "" })) !== null };
}

export async function action({ params }: ActionFunctionArgs) {
  const customerId = await portalCustomer({ token: params.token ?? "" });
  if (!customerId) return redirect(`/don/gerer/${params.token ?? ""}`);
  return redirect(await openPortal({ customerId }));
}

export default function PortalLinkPage() {
  const { valid } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <div className="narrow">
      <h1>{t("donate.manage.title")}</h1>
      {valid ? (
        <Form method="post" className="stack">
          <p>{t("donate.portal.intro")}</p>
          <button type="submit">{t("donate.portal.submit")}</button>
        </Form>
      ) : (
        <div role="alert" className="notice notice-error">
          <p>{t("donate.portal.invalid")}</p>
        </div>
      )}
    </div>
  );
}
