import { Link } from "@remix-run/react";
import { useDates } from "~/utils/dates";
import { useLang, useT } from "~/utils/i18n";
import { prose } from "~/utils/typography";

type Facts = {
  scope: string;
  controller: string;
  authority: string;
  dataUse: string;
  count: number;
  goal: number;
  fileBy: string | Date;
  filedAt: string | Date | null;
  eligibility: "FRANCE" | "COMMUNES";
  communes: string[];
  legalAction: { id: string; title: string };
};

/** What a mandate is for, who may give one, how many have, and until when; never a name. */
export function CampaignFacts({ campaign }: { campaign: Facts }) {
  const t = useT();
  const lang = useLang();
  const { dateTime, date } = useDates();
  const percent = Math.min(100, Math.round((campaign.count / Math.max(1, campaign.goal)) * 100));
  const count = campaign.count.toLocaleString(lang === "fr" ? "fr-FR" : "en-GB");
  const goal = campaign.goal.toLocaleString(lang === "fr" ? "fr-FR" : "en-GB");
  return (
    <>
      <p className="lead" lang="fr">
        {prose(campaign.scope)}
      </p>
      <div className="mandate-progress">
        <p data-testid="mandate-count">
          <strong>{t(campaign.count === 1 ? "mandates.page.count.one" : "mandates.page.count.other", { count })}</strong> {t("mandates.page.goal", { goal })}
        </p>
        <progress max={campaign.goal} value={Math.min(campaign.count, campaign.goal)} aria-label={t("mandates.page.progress", { percent })}>
          {percent} %
        </progress>
      </div>
      <dl className="legal-facts mandate-facts">
        <dt>{t("mandates.page.controller")}</dt>
        <dd lang="fr">{prose(campaign.controller)}</dd>
        <dt>{t("mandates.page.authority")}</dt>
        <dd lang="fr">{prose(campaign.authority)}</dd>
        <dt>{t("mandates.page.eligibility")}</dt>
        <dd>
          {campaign.eligibility === "FRANCE"
            ? t("mandates.page.eligibleFrance")
            : t("mandates.page.eligibleCommunes", { communes: campaign.communes.join(", ") })}
        </dd>
        <dt>{t("mandates.page.fileBy")}</dt>
        <dd>{campaign.filedAt ? t("mandates.page.filedOn", { date: date(campaign.filedAt) }) : dateTime(campaign.fileBy)}</dd>
        <dt>{t("mandates.page.legalAction")}</dt>
        <dd>
          <Link to={`/recours/${campaign.legalAction.id}`}>{prose(campaign.legalAction.title)}</Link>
        </dd>
      </dl>
      <details>
        <summary>{t("mandates.page.dataUse")}</summary>
        <p lang="fr">{prose(campaign.dataUse)}</p>
      </details>
    </>
  );
}
