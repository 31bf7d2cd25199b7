import type { MetaFunction } from "@remix-run/node";
import { ActLinkItems } from "~/components/act-menu";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "petition.sent.title", { noindex: true });

/** Shown after every sign-up, whether or not the address had signed up before; then, ways onward. */
export default function VolunteerSentPage() {
  const t = useT();
  return (
    <div className="narrow">
      <h1>{t("petition.sent.title")}</h1>
      <p role="status">{t("volunteers.sent.text")}</p>
      <ul>
        <ActLinkItems omit={["/benevoles", "/don"]} />
      </ul>
    </div>
  );
}
