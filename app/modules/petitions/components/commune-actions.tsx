import { Link } from "@remix-run/react";
import { petitionIs } from "../states";
import type { PetitionPanelStatus } from "../types";
import { useT } from "~/utils/i18n";

export type CommunePetitionSummary = { id: string; title: string; goal: number; status: PetitionPanelStatus; count: number };

/** Where the city page's signing form starts (its heading, focusable), and where a petition is asked for. */
export const signFormHref = (communeSlug: string) => `/villes/${communeSlug}#sign-heading`;
export const petitionRequestHref = (communeSlug: string) => `/villes/${communeSlug}#petition-request-heading`;

/**
 * "Agir à <commune>" (issue 27, item 4): a page about something in a commune (a project) leads to
 * what a visitor can do there: sign its open petition, or ask for one; request documents from the
 * town hall; volunteer there. Local groups do not exist yet: none are offered.
 */
export function CommuneActions({
  commune,
  petition,
  documentRequestHref,
}: {
  commune: { name: string; slug: string; inseeCode: string; departmentCode: string };
  petition: CommunePetitionSummary | null;
  /** The document-request form, prefilled with the commune (and the project, when there is one). */
  documentRequestHref: string;
}) {
  const t = useT();
  const volunteerHref = `/benevoles?${new URLSearchParams({ commune: `${commune.name} (${commune.departmentCode})`, inseeCode: commune.inseeCode })}`;
  return (
    <section aria-labelledby="commune-actions-heading" className="panel commune-actions">
      <h2 id="commune-actions-heading">{t("petition.act.heading", { commune: commune.name })}</h2>
      {petition && petitionIs(petition.status, "collecting") ? (
        <div className="commune-actions-petition">
          <p className="muted small">{t("petition.act.petition")}</p>
          <p className="petition-title" lang="fr">
            {petition.title}
          </p>
          <p className="count">
            <strong data-testid="commune-petition-count">{t("petition.count", { count: petition.count })}</strong>
          </p>
          <label className="visually-hidden" htmlFor={`act-progress-${petition.id}`}>
            {t("petition.progress")}
          </label>
          <progress id={`act-progress-${petition.id}`} max={petition.goal} value={Math.min(petition.count, petition.goal)}>
            {Math.min(100, Math.round((petition.count / Math.max(1, petition.goal)) * 100))} %
          </progress>
          <p className="muted small">{t("petition.goal", { goal: petition.goal })}</p>
          <p>
            <Link className="button button-primary" to={signFormHref(commune.slug)}>
              {t("petition.sign.cta")}
            </Link>
          </p>
        </div>
      ) : petition ? (
        <div className="commune-actions-petition">
          <p className="petition-title" lang="fr">
            {petition.title}
          </p>
          <p>
            {t("petition.act.closed")} <Link to={`/villes/${commune.slug}`}>{t("petition.act.closedLink")}</Link>
          </p>
        </div>
      ) : (
        <div className="commune-actions-petition">
          <p>{t("petition.act.none", { commune: commune.name })}</p>
          <p>
            <Link className="button button-primary" to={petitionRequestHref(commune.slug)}>
              {t("petition.act.ask", { commune: commune.name })}
            </Link>
          </p>
        </div>
      )}
      <ul className="commune-actions-more">
        <li>
          <Link to={documentRequestHref}>{t("petition.act.documents", { commune: commune.name })}</Link>
        </li>
        <li>
          <Link to={volunteerHref}>{t("commune.volunteer.link", { commune: commune.name })}</Link>
        </li>
      </ul>
    </section>
  );
}
