import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getCommuneBySlug } from "~/models/commune.server";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "petitionRequest.sent.title", { noindex: true });

export async function loader({ params }: LoaderFunctionArgs) {
  const commune = await getCommuneBySlug({ slug: params.slug ?? "" });
  if (!commune) throw new Response("Not found", { status: 404 });
  return { commune: { name: commune.name, slug: commune.slug } };
}

/** Shown after every request, whether or not the address had asked before. */
export default function PetitionRequestSentPage() {
  const { commune } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <div className="narrow">
      <h1>{t("petitionRequest.sent.title")}</h1>
      <p role="status">{t("petitionRequest.sent.text")}</p>
      <p>
        <Link to={`/villes/${commune.slug}`}>{t("petitionRequest.back", { commune: commune.name })}</Link>
      </p>
    </div>
  );
}
