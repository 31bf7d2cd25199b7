import { data, redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getCommuneBySlug } from "~/models/commune.server";
import { MastodonShareForm } from "~/modules/petitions/components/share";
import { MastodonShareSchema } from "~/modules/petitions/share-schema";
import { mastodonShareUrl } from "~/modules/petitions/share";
import { petitionShare } from "~/modules/petitions/thanks.server";
import { useT } from "~/utils/i18n";
import { getLang } from "~/utils/lang.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "petition.share.mastodonTitle", { noindex: true });

/**
 * The Mastodon share form's answer (a GET: it changes nothing). A valid instance name: a redirect
 * to https://<instance>/share with the petition's words and address, built here (the visitor's
 * input only ever becomes the host name). Otherwise the form again, the error beside the field
 * and what was typed kept.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const query = new URL(request.url).searchParams;
  const slug = query.get("ville") ?? "";
  const commune = /^[a-z0-9-]{1,120}$/.test(slug) ? await getCommuneBySlug({ slug }) : null;
  if (!commune) throw new Response("Not found", { status: 404 });
  const headers = { "Cache-Control": "no-store" };
  const typed = query.get("instance");
  if (typed === null) return data({ communeSlug: commune.slug, communeName: commune.name, instance: "", errors: undefined }, { headers });
  const parsed = MastodonShareSchema.safeParse({ ville: slug, instance: typed });
  if (!parsed.success) {
    const errors = parsed.error.issues.filter((issue) => issue.path[0] === "instance").map((issue) => issue.message);
    return data({ communeSlug: commune.slug, communeName: commune.name, instance: typed.slice(0, 300), errors }, { status: 400, headers });
  }
  const share = petitionShare({ communeName: commune.name, communeSlug: commune.slug, lang: await getLang(request) });
  throw redirect(mastodonShareUrl(parsed.data.instance, `${share.subject} ${share.url}`), { headers });
}

export default function MastodonSharePage() {
  const { communeSlug, communeName, instance, errors } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <div className="narrow">
      <h1>{t("petition.share.mastodonTitle")}</h1>
      <p>{t("petition.share.mastodonIntro", { commune: communeName })}</p>
      <MastodonShareForm communeSlug={communeSlug} instance={instance} errors={errors} />
      <p>
        <Link to={`/villes/${communeSlug}`}>{t("petition.sent.back")}</Link>
      </p>
    </div>
  );
}
