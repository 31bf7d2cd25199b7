import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { LegalStatus } from "~/modules/legal-actions/components/summary";
import { getArchivedDigest } from "~/modules/newsletter/digest.server";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/meta";
import { prose } from "~/utils/typography";
import { useDay } from "~/utils/dates";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "newsletter.archives.title");

export async function loader({ params }: LoaderFunctionArgs) {
  const digest = await getArchivedDigest({ id: params.id ?? "" });
  if (!digest) throw new Response("Not found", { status: 404 });
  return { digest };
}

/** The web version of a digest: what the email said. */
export default function DigestWebVersionPage() {
  const { digest } = useLoaderData<typeof loader>();
  const t = useT();
  const date = useDay();
  return (
    <article className="narrow">
      <h1>{t("newsletter.archives.item", { date: date(digest.periodEnd) })}</h1>
      {digest.actions.length > 0 ? (
        <section aria-labelledby="digest-actions">
          <h2 id="digest-actions">{t("newsletter.digest.newActions")}</h2>
          {digest.actions.map((action) => (
            <div key={action.url} className="legal-action">
              <h3>
                <a href={action.url}>{prose(action.title)}</a>
              </h3>
              <p className="facts">
                <LegalStatus status={action.status} /> · {prose(action.court)} · {t("legalActions.filedOn", { date: date(action.filedOn) })} ·{" "}
                {action.communes.length ? action.communes.join(", ") : t("legalActions.national")}
              </p>
              <p lang="fr">{prose(action.summary)}</p>
            </div>
          ))}
        </section>
      ) : null}
      {digest.updates.length > 0 ? (
        <section aria-labelledby="digest-updates">
          <h2 id="digest-updates">{t("newsletter.digest.updates")}</h2>
          {digest.updates.map((update, index) => (
            <div key={`${update.url}-${index}`}>
              <h3>
                <a href={update.url}>{prose(update.actionTitle)}</a>
              </h3>
              <p>{t("newsletter.digest.updateLine", { date: date(update.happenedOn), text: prose(update.text) })}</p>
            </div>
          ))}
        </section>
      ) : null}
      <p>
        <Link to="/lettre/archives">{t("newsletter.archives.title")}</Link> · <Link to="/lettre">{t("newsletter.page.title")}</Link>
      </p>
    </article>
  );
}
