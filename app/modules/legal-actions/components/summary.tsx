import { Link } from "@remix-run/react";
import type { LegalActionState } from "../choices";
import { useT } from "~/utils/i18n";
import { useDay } from "~/utils/dates";
import { prose } from "~/utils/typography";

export function LegalStatus({ status }: { status: LegalActionState }) {
  const t = useT();
  return <span className={`legal-status legal-status-${status.toLowerCase()}`}>{t(`legalActions.status.${status}`)}</span>;
}

/** The communes a legal action concerns, linked to their pages; "national" when none. */
export function LegalActionCommunes({ communes }: { communes: { name: string; slug: string }[] }) {
  const t = useT();
  if (communes.length === 0) return <>{t("legalActions.national")}</>;
  return (
    <>
      {communes.map((commune, index) => (
        <span key={commune.slug}>
          {index > 0 ? ", " : null}
          <Link to={`/villes/${commune.slug}`}>{commune.name}</Link>
        </span>
      ))}
    </>
  );
}

type Summary = {
  id: string;
  title: string;
  status: LegalActionState;
  court: string;
  filedOn: string | Date;
  summary: string;
  communes: { name: string; slug: string }[];
};

/** One legal action in a list: title, status, court, filing date, communes, summary. */
export function LegalActionSummary({ action, headingLevel = 2 }: { action: Summary; headingLevel?: 2 | 3 }) {
  const t = useT();
  const date = useDay();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="legal-action">
      <Heading>
        <Link to={`/recours/${action.id}`} lang="fr">
          {prose(action.title)}
        </Link>
      </Heading>
      <p className="facts">
        <LegalStatus status={action.status} /> · {prose(action.court)} · {t("legalActions.filedOn", { date: date(action.filedOn) })} ·{" "}
        <LegalActionCommunes communes={action.communes} />
      </p>
      <p lang="fr">{prose(action.summary)}</p>
    </article>
  );
}
