import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { newsSubscriptionByToken, unsubscribeFromPetitionNews } from "~/modules/petitions/news-unsubscribe.server";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "petition.news.title", { noindex: true });

/** The link under a petition's news (issue 28): opening it changes nothing; the button does. */
export async function loader({ params }: LoaderFunctionArgs) {
  const subscription = await newsSubscriptionByToken({ token: params.token ?? "" });
  if (!subscription) throw new Response("Not found", { status: 404 });
  return subscription;
}

export async function action({ params }: ActionFunctionArgs) {
  const token = params.token ?? "";
  const result = await unsubscribeFromPetitionNews({ token });
  if (!result.ok) throw new Response("Not found", { status: 404 });
  return redirect(`/petitions/desabonnement/${encodeURIComponent(token)}`);
}

export default function PetitionNewsPage() {
  const { unsubscribed, communeName } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <div className="narrow">
      <h1>{t("petition.news.title")}</h1>
      {unsubscribed ? (
        <p role="status" className="notice">
          {t("petition.news.done", { commune: communeName })}
        </p>
      ) : (
        <>
          <p>{t("petition.news.intro", { commune: communeName })}</p>
          <Form method="post">
            <button type="submit">{t("petition.news.submit")}</button>
          </Form>
        </>
      )}
      <p>
        <Link to="/petitions">{t("petition.list.title")}</Link>
      </p>
    </div>
  );
}
