import { useDates } from "~/utils/dates";
import { useT } from "~/utils/i18n";

type MandateView = {
  firstName: string;
  lastName: string;
  commune: string;
  communeLink: "residence" | "work";
  postalAddress: string | null;
  version: number;
  textLang: "fr" | "en";
  body: string;
  sha256: string;
  createdAt: string | Date;
  confirmedAt: string | Date | null;
  campaign: { controller: string; authority: string; fileBy: string | Date };
};

/** The mandate as it was given: the identity, and the exact text agreed to with its version and hash. */
export function MandateRecord({ mandate }: { mandate: MandateView }) {
  const t = useT();
  const { dateTime } = useDates();
  return (
    <section aria-labelledby="mandate-record-heading">
      <h2 id="mandate-record-heading">{t("mandates.personal.recordHeading")}</h2>
      <dl className="legal-facts mandate-facts">
        <dt>{t("mandates.personal.name")}</dt>
        <dd>
          {mandate.firstName} {mandate.lastName}
        </dd>
        <dt>{t("mandates.personal.commune")}</dt>
        <dd>
          {mandate.commune} ({t(mandate.communeLink === "work" ? "mandates.link.work" : "mandates.link.residence")})
        </dd>
        {mandate.postalAddress ? (
          <>
            <dt>{t("mandates.form.postalAddress")}</dt>
            <dd className="mandate-address">{mandate.postalAddress}</dd>
          </>
        ) : null}
        <dt>{t("mandates.personal.givenAt")}</dt>
        <dd>{dateTime(mandate.createdAt)}</dd>
        {mandate.confirmedAt ? (
          <>
            <dt>{t("mandates.personal.confirmedAt")}</dt>
            <dd>{dateTime(mandate.confirmedAt)}</dd>
          </>
        ) : null}
        <dt>{t("mandates.page.fileBy")}</dt>
        <dd>{dateTime(mandate.campaign.fileBy)}</dd>
      </dl>
      <h3>{t("mandates.personal.textHeading", { version: mandate.version })}</h3>
      <div className="mandate-text" lang={mandate.textLang} data-testid="signed-text">
        {mandate.body.split(/\n{2,}/).map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </div>
      <p className="muted small mandate-hash">{t("mandates.page.textHash", { hash: mandate.sha256 })}</p>
    </section>
  );
}
