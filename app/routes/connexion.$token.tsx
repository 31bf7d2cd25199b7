import { data, type ActionFunctionArgs, type MetaFunction } from "@remix-run/node";
import { pageTitle } from "~/utils/meta";
import { Form, Link, useActionData } from "@remix-run/react";
import { consumeSignInToken } from "~/models/organizer.server";
import { useT } from "~/utils/i18n";
import { signIn } from "~/models/session.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "signIn.link.title", { noindex: true });

// Opening the link changes nothing (mail scanners open links): the button below signs in.
export async function action({ params }: ActionFunctionArgs) {
  const result = await consumeSignInToken({ token: params.token ?? "" });
  if (!result.ok) return data({ failed: true }, { status: 400 });
  return signIn(result.organizerId, "/admin");
}

export default function SignInLinkPage() {
  const result = useActionData<typeof action>();
  const t = useT();
  return (
    <div className="narrow">
      <h1>{t("signIn.link.title")}</h1>
      {result?.failed ? (
        <div role="alert" className="notice notice-error">
          <p>{t("signIn.link.failed")}</p>
          <p>
            <Link to="/connexion">{t("signIn.link.again")}</Link>
          </p>
        </div>
      ) : (
        <>
          <p>{t("signIn.link.intro")}</p>
          <Form method="post">
            <button type="submit">{t("signIn.link.submit")}</button>
          </Form>
        </>
      )}
    </div>
  );
}
