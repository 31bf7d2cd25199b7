import { Link } from "@remix-run/react";
import { useT } from "~/utils/i18n";
import { prose } from "~/utils/typography";

/** The commune page's part (issue 25): its group(s), or "no group here yet: start one". */
export function CommuneGroups({ commune, groups }: { commune: { name: string; slug: string }; groups: { slug: string; name: string }[] }) {
  const t = useT();
  return (
    <section aria-labelledby="commune-group-heading" className="panel">
      <h2 id="commune-group-heading">{t("groups.commune.heading")}</h2>
      {groups.length > 0 ? (
        <>
          <p>{t("groups.commune.has", { commune: commune.name })}</p>
          <ul>
            {groups.map((group) => (
              <li key={group.slug}>
                <Link to={`/groupes/${group.slug}`}>{prose(group.name)}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <p>{t("groups.commune.none", { commune: commune.name })}</p>
          <p>
            <Link to={`/villes/${commune.slug}/groupe`}>{t("groups.commune.start", { commune: commune.name })}</Link>
          </p>
        </>
      )}
    </section>
  );
}
