// The fraud view of a petition: its recent signatures grouped four ways, largest groups first,
// each group a link to the moderation list filtered on it.
import { Link } from "@remix-run/react";
import { formatDateTime } from "~/utils/dates";
import { formatNumber, useLang, useT } from "~/utils/i18n";

type Group = { filter: Record<string, string>; label: string; total: number; confirmed: number; invalidated: number };
type Grouping = "ip" | "network" | "domain" | "hour";

type Props = {
  petition: { id: string; title: string; commune: { name: string } };
  window: "hour" | "day";
  groups: Record<Grouping, Group[]>;
};

const GROUPINGS: Grouping[] = ["network", "ip", "domain", "hour"];

export function FraudPage({ petition, window, groups }: Props) {
  const t = useT();
  const lang = useLang();
  const base = `/admin/petitions/${petition.id}`;
  const label = (grouping: Grouping, group: Group) => (grouping === "hour" ? formatDateTime(lang, new Date(group.label), "medium") : group.label);
  return (
    <>
      <p>
        <Link to={`${base}/signatures`}>{t("admin.moderation.link")}</Link> · <Link to={base}>{t("admin.moderation.back")}</Link>
      </p>
      <h1>{t("admin.fraud.heading")}</h1>
      <p>
        {petition.title} — {petition.commune.name}
      </p>
      <p>{t("admin.fraud.intro")}</p>
      <nav aria-label={t("admin.fraud.window")}>
        <p>
          {t("admin.fraud.window")}{" "}
          {(["hour", "day"] as const).map((option, index) => (
            <span key={option}>
              {index > 0 ? " · " : null}
              <Link to={`${base}/fraude?periode=${option}`} aria-current={option === window ? "page" : undefined}>
                {t(`admin.fraud.window.${option}`)}
              </Link>
            </span>
          ))}
        </p>
      </nav>
      <p className="hint">{t("admin.fraud.hashNote")}</p>
      {GROUPINGS.map((grouping) => (
        <section key={grouping} aria-labelledby={`fraud-${grouping}`} data-testid={`fraud-${grouping}`}>
          <h2 id={`fraud-${grouping}`}>{t(`admin.fraud.${grouping}`)}</h2>
          {groups[grouping].length === 0 ? (
            <p>{t("admin.fraud.empty")}</p>
          ) : (
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t("admin.fraud.col.group")}</th>
                  <th scope="col">{t("admin.fraud.col.total")}</th>
                  <th scope="col">{t("admin.fraud.col.confirmed")}</th>
                  <th scope="col">{t("admin.fraud.col.invalidated")}</th>
                </tr>
              </thead>
              <tbody>
                {groups[grouping].map((group) => (
                  <tr key={group.label}>
                    <td>
                      <Link to={`${base}/signatures?${new URLSearchParams(group.filter)}`} aria-label={t("admin.fraud.see", { group: label(grouping, group) })}>
                        {label(grouping, group)}
                      </Link>
                    </td>
                    <td>{formatNumber(lang, group.total)}</td>
                    <td>{formatNumber(lang, group.confirmed)}</td>
                    <td>{formatNumber(lang, group.invalidated)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
    </>
  );
}
