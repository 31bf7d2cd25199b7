import { Fragment } from "react";
import { formatDate } from "~/utils/dates";
import { useLang, useT } from "~/utils/i18n";
import { TELERECOURS_CITOYENS_URL, type Tribunal } from "../tribunals";

export type CourtApplicationSummary = { tribunal: Tribunal; deadline: string; confirmedOn: string; late: boolean };

/**
 * The requester's way to court, on their personal page once the refusal is confirmed: the
 * tribunal, the deadline, the draft in three formats (plain links: no JavaScript needed) and
 * where to file it.
 */
export function CourtApplicationSection({ token, court }: { token: string; court: CourtApplicationSummary }) {
  const t = useT();
  const lang = useLang();
  const day = (value: string) => formatDate(lang, value);
  const base = `/demande/${encodeURIComponent(token)}/recours`;
  return (
    <section aria-labelledby="court-application-heading" id="tribunal">
      <h2 id="court-application-heading">{t("courtApplications.heading")}</h2>
      <p>{t("courtApplications.intro", { confirmed: day(court.confirmedOn), tribunal: court.tribunal.name })}</p>
      <p>
        <strong>{t("courtApplications.deadline", { date: day(court.deadline) })}</strong>
      </p>
      {court.late ? (
        <p className="notice notice-error" role="alert">
          {t("courtApplications.late", { date: day(court.deadline) })}
        </p>
      ) : null}
      <p className="notice">{t("courtApplications.notAdvice")}</p>
      <h3>{t("courtApplications.downloads")}</h3>
      <ul>
        <li>
          <a href={`${base}.odt`} download data-draft="odt">
            {t("courtApplications.odt")}
          </a>
        </li>
        <li>
          <a href={`${base}.pdf`} download data-draft="pdf">
            {t("courtApplications.pdf")}
          </a>
        </li>
        <li>
          <a href={`${base}.txt`} download data-draft="text">
            {t("courtApplications.text")}
          </a>
        </li>
      </ul>
      <h3>{t("courtApplications.whereHeading")}</h3>
      {court.tribunal.telerecours ? (
        <p>
          {t("courtApplications.telerecours")} <a href={TELERECOURS_CITOYENS_URL}>citoyens.telerecours.fr</a>
        </p>
      ) : (
        <p>{t("courtApplications.noTelerecours")}</p>
      )}
      <p>{t("courtApplications.post")}</p>
      <p>
        {[court.tribunal.name.replace(/^tribunal/, "Tribunal"), ...court.tribunal.address].map((line, index) => (
          <Fragment key={line}>
            {index > 0 ? <br /> : null}
            {line}
          </Fragment>
        ))}
      </p>
      <p>{t("courtApplications.exhibits")}</p>
      <p className="hint">{t("courtApplications.help")}</p>
    </section>
  );
}
