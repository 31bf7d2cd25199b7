import { Link } from "@remix-run/react";
import { useT, useTn } from "~/utils/i18n";
import { PetitionRequestForm } from "./form";
import { prose } from "~/utils/typography";

type Nearby = { id: string; title: string; count: number; commune: { name: string; slug: string; departmentCode: string } };

/**
 * A commune without a petition is not a dead end (issue 17): ask for one here (counted once
 * confirmed), volunteer with the commune already filled in, or sign the nearest open petitions.
 */
export function NoPetitionYet({
  commune,
  requestCount,
  nearby,
}: {
  commune: { name: string; slug: string; inseeCode: string; departmentCode: string };
  requestCount: number;
  nearby: Nearby[];
}) {
  const t = useT();
  const tn = useTn();
  const volunteerHref = `/benevoles?${new URLSearchParams({ commune: `${commune.name} (${commune.departmentCode})`, inseeCode: commune.inseeCode })}`;
  return (
    <div className="no-petition stack">
      <p>{t("commune.noPetition.lead", { commune: commune.name })}</p>
      {requestCount > 0 ? (
        <p className="request-count" data-testid="petition-request-count">
          <strong>{tn("petitionRequest.count", requestCount)}</strong>
        </p>
      ) : null}
      <section aria-labelledby="petition-request-heading">
        <h3 id="petition-request-heading">{t("petitionRequest.heading")}</h3>
        <p>{t("petitionRequest.intro")}</p>
        <PetitionRequestForm communeSlug={commune.slug} />
      </section>
      <section aria-labelledby="commune-volunteer-heading">
        <h3 id="commune-volunteer-heading">{t("commune.volunteer.heading")}</h3>
        <p>{t("commune.volunteer.text", { commune: commune.name })}</p>
        <p>
          <Link to={volunteerHref}>{t("commune.volunteer.link", { commune: commune.name })}</Link>
        </p>
      </section>
      {nearby.length > 0 ? (
        <section aria-labelledby="nearby-heading">
          <h3 id="nearby-heading">{t("commune.nearby.heading")}</h3>
          <ul className="nearby-petitions">
            {nearby.map((petition) => (
              <li key={petition.id}>
                <Link to={`/villes/${petition.commune.slug}`}>
                  {petition.commune.name} ({petition.commune.departmentCode})
                </Link>{" "}
                — <span lang="fr">{prose(petition.title)}</span> · {tn("commune.nearby.signatures", petition.count)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
