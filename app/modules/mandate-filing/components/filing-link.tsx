import { Link } from "@remix-run/react";
import { useT } from "~/utils/i18n";

/** The campaign page's way to the filing page (export, filing, end of the procedure): legal organizers only. */
export function FilingLink({ campaignId }: { campaignId: string }) {
  const t = useT();
  return (
    <p>
      <Link to={`/admin/mandats/${campaignId}/depot`}>{t("admin.mandateFiling.link")}</Link>
    </p>
  );
}
