import { Link } from "@remix-run/react";
import { useT } from "~/utils/i18n";
import type { PetitionShare } from "../share";
import { ShareBlock } from "./share";

/** Share links and next steps, under a thank-you page's own heading and text. */
export function ThanksNextSteps({ share, subscribed }: { share: PetitionShare; subscribed: boolean }) {
  const t = useT();
  return (
    <>
      <ShareBlock share={share} />
      <ul className="next-steps">
        <li>
          <Link to="/benevoles">{t("petition.thanks.volunteer")}</Link>
        </li>
        <li>
          <Link to="/don">{t("petition.thanks.donate")}</Link>
        </li>
        {subscribed ? null : (
          <li>
            <Link to="/lettre">{t("petition.thanks.subscribe")}</Link>
          </li>
        )}
      </ul>
      <p>
        <Link to="/petitions">{t("petition.list.title")}</Link>
      </p>
    </>
  );
}
