import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { getCommuneBySlug } from "~/models/commune.server";
import { ThanksNextSteps } from "~/modules/petitions/components/thanks";
import { petitionShare } from "~/modules/petitions/thanks.server";
import { useT } from "~/utils/i18n";
import { getLang } from "~/utils/lang.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "petition.thanks.neutralTitle", { noindex: true });

/**
 * Anyone can open this address (it was shared, bookmarked, guessed): it has seen no signature,
 * so it says only what is true for everyone. The confirmed signer's thanks are on the page of
 * their confirmation link (/signature/<token>).
 */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const commune = await getCommuneBySlug({ slug: params.slug ?? "" });
  if (!commune) throw new Response("Not found", { status: 404 });
  return { share: petitionShare({ communeName: commune.name, communeSlug: commune.slug, lang: await getLang(request) }) };
}

export default function ThankYouPage() {
  const { share } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <div className="narrow">
      <h1>{t("petition.thanks.neutralTitle")}</h1>
      <p>{t("petition.thanks.neutralText")}</p>
      <ThanksNextSteps share={share} subscribed={false} />
    </div>
  );
}
