import { Link } from "@remix-run/react";
import { useDates } from "~/utils/dates";
import { useT } from "~/utils/i18n";
import { prose } from "~/utils/typography";

/** On a legal action's page: its mandate campaigns, to join the complaint. */
export function MandateCampaignLinks({ campaigns }: { campaigns: { slug: string; title: string; fileBy: string | Date; filedAt: string | Date | null }[] }) {
  const t = useT();
  const { dateTime } = useDates();
  if (campaigns.length === 0) return null;
  return (
    <section aria-labelledby="mandates-heading" className="notice">
      <h2 id="mandates-heading">{t("mandates.legalAction.heading")}</h2>
      <ul>
        {campaigns.map((campaign) => (
          <li key={campaign.slug}>
            <Link to={`/mandats/${campaign.slug}`}>{prose(campaign.title)}</Link>
            {campaign.filedAt ? null : ` — ${t("mandates.legalAction.until", { date: dateTime(campaign.fileBy) })}`}
          </li>
        ))}
      </ul>
    </section>
  );
}
