import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "volunteers.withdrawn.title", { noindex: true });

export default function VolunteerWithdrawnPage() {
  const t = useT();
  return (
    <div className="narrow">
      <h1>{t("volunteers.withdrawn.title")}</h1>
      <p role="status">{t("volunteers.withdrawn.text")}</p>
      <p>
        <Link to="/">{t("nav.home")}</Link>
      </p>
    </div>
  );
}
