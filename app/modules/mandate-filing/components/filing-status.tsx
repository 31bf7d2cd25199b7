import type { SerializeFrom } from "@remix-run/node";
import { useDates } from "~/utils/dates";
import { useT } from "~/utils/i18n";
import type { FilingCampaign } from "../campaign.server";

/** Where the campaign stands, its count (kept after erasure), and the list's downloads while identities exist. */
export function FilingStatus({ campaign }: { campaign: SerializeFrom<FilingCampaign> }) {
  const t = useT();
  const { date, dateTime } = useDates();
  const stage = campaign.stage;
  return (
    <>
      <p>{t("admin.mandateFiling.page.action", { title: campaign.legalAction.title })}</p>
      <p>{t("admin.mandateFiling.page.fileBy", { date: dateTime(campaign.fileBy) })}</p>
      <p data-testid="filing-count">
        <strong>{t("admin.mandateFiling.page.count", { count: campaign.count })}</strong>
      </p>
      <p data-testid="filing-stage">
        {stage === "open"
          ? t("admin.mandateFiling.page.stage.open", { date: dateTime(campaign.fileBy) })
          : stage === "frozen"
            ? t("admin.mandateFiling.page.stage.frozen", { date: dateTime(campaign.fileBy) })
            : t("admin.mandateFiling.page.stage.filed", {
                date: date(campaign.filedAt ?? campaign.fileBy),
                authority: campaign.filedWith ?? "",
                reference: campaign.filingReference ?? "",
              })}
      </p>
      {stage === "ended" && campaign.endedAt ? <p>{t("admin.mandateFiling.page.stage.ended", { date: date(campaign.endedAt) })}</p> : null}
      {campaign.identitiesErasedAt ? (
        <p>{t("admin.mandateFiling.page.erased", { date: date(campaign.identitiesErasedAt), count: campaign.count })}</p>
      ) : (
        <>
          {stage === "filed" ? <p>{t("admin.mandateFiling.page.notified", { count: campaign.notified, total: campaign.count })}</p> : null}
          {stage === "ended" ? (
            <p>{t("admin.mandateFiling.page.erasureSoon")}</p>
          ) : campaign.erasureDueAt ? (
            <p>{t("admin.mandateFiling.page.erasureDue", { date: date(campaign.erasureDueAt) })}</p>
          ) : null}
          <section aria-labelledby="exports-heading">
            <h2 id="exports-heading">{t("admin.mandateFiling.page.exports")}</h2>
            <p>{t("admin.mandateFiling.page.exportsIntro")}</p>
            {stage === "open" ? <p className="notice">{t("admin.mandateFiling.page.notFrozenWarning")}</p> : null}
            <ul>
              <li>
                <a href={`/admin/mandats/${campaign.id}/liste.csv`} download>
                  {t("admin.mandateFiling.page.csv")}
                </a>
              </li>
              <li>
                <a href={`/admin/mandats/${campaign.id}/annexe.pdf`} download>
                  {t("admin.mandateFiling.page.pdf")}
                </a>
              </li>
            </ul>
          </section>
        </>
      )}
    </>
  );
}
