import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getCommuneBySlug } from "~/models/commune.server";
import { env } from "~/utils/env.server";
import { translator, useT } from "~/utils/i18n";
import { getLang } from "~/utils/lang.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "petition.thanks.title", { noindex: true });

export async function loader({ params, request }: LoaderFunctionArgs) {
  const commune = await getCommuneBySlug({ slug: params.slug ?? "" });
  if (!commune) throw new Response("Not found", { status: 404 });
  const t = translator(await getLang(request));
  const url = `${env().PUBLIC_URL}/villes/${commune.slug}`;
  const subject = t("petition.thanks.shareSubject", { commune: commune.name });
  return {
    communeName: commune.name,
    url,
    subscribed: new URL(request.url).searchParams.has("abonne"),
    // Plain links: no third-party script, no tracking.
    shareEmail: `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(url)}`,
    shareMastodon: `https://mastodon.social/share?text=${encodeURIComponent(`${subject} ${url}`)}`,
  };
}

export default function ThankYouPage() {
  const { url, subscribed, shareEmail, shareMastodon } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <div className="narrow">
      <h1>{t("petition.thanks.title")}</h1>
      <p>{t("petition.thanks.text")}</p>
      <h2>{t("petition.thanks.share")}</h2>
      <ul>
        <li>
          <a href={shareEmail}>{t("petition.thanks.shareEmail")}</a>
        </li>
        <li>
          <a href={shareMastodon} rel="noopener noreferrer">
            {t("petition.thanks.shareMastodon")}
          </a>
        </li>
        <li>
          {t("petition.thanks.shareLink")} : <code>{url}</code>
        </li>
      </ul>
      <ul className="next-steps">
        <li>
          <Link to="/benevoles">{t("petition.thanks.volunteer")}</Link>
        </li>
        <li>
          <Link to="/don">{t("petition.thanks.donate")}</Link>
        </li>
        {subscribed ? null : (
          <li>
            <Link to="/lettre">{t("petition.thanks.subscribe")}</Link>
          </li>
        )}
      </ul>
      <p>
        <Link to="/petitions">{t("petition.list.title")}</Link>
      </p>
    </div>
  );
}
