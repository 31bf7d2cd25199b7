import { PROJECT_STATUSES } from "../choices";
import { useT } from "~/utils/i18n";

/** The status filter of the map and of lists (GET forms: works without JavaScript). */
export function StatusFilter({ id, defaultValue }: { id: string; defaultValue?: string | null }) {
  const t = useT();
  return (
    <>
      <label htmlFor={id}>{t("projects.status")}</label>
      <select id={id} name="statut" defaultValue={defaultValue ?? ""}>
        <option value="">{t("projects.allStatuses")}</option>
        {PROJECT_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`projects.status.${status}`)}
          </option>
        ))}
      </select>
    </>
  );
}

export function StatusBadge({ status }: { status: (typeof PROJECT_STATUSES)[number] }) {
  const t = useT();
  return <span className={`status-badge status-${status.toLowerCase()}`}>{t(`projects.status.${status}`)}</span>;
}
