import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { listArchivedDigests } from "~/modules/newsletter/digest.server";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/meta";
import { useDay } from "~/utils/dates";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "newsletter.archives.title");

export async function loader() {
  return { digests: await listArchivedDigests() };
}

export default function DigestArchivePage() {
  const { digests } = useLoaderData<typeof loader>();
  const t = useT();
  const date = useDay();
  return (
    <div className="narrow">
      <h1>{t("newsletter.archives.title")}</h1>
      {digests.length === 0 ? (
        <p>{t("newsletter.archives.empty")}</p>
      ) : (
        <ul>
          {digests.map((digest) => (
            <li key={digest.id}>
              <Link to={`/lettre/archives/${digest.id}`}>{t("newsletter.archives.item", { date: date(digest.periodEnd) })}</Link>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to="/lettre">{t("newsletter.page.title")}</Link>
      </p>
    </div>
  );
}
