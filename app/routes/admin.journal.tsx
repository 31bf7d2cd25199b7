import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { listAuditEntries } from "~/models/audit.server";
import { requireOrganizer } from "~/models/auth.server";
import { useLang, useT } from "~/utils/i18n";
import { adminTitle } from "~/utils/meta";
import { formatDateTime } from "~/utils/dates";

export const meta: MetaFunction = ({ matches }) => adminTitle(matches, "admin.audit");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireOrganizer(request, { role: "ADMIN" });
  return { entries: await listAuditEntries({ take: 200 }) };
}

export default function AuditLogPage() {
  const { entries } = useLoaderData<typeof loader>();
  const t = useT();
  const lang = useLang();
  const times = { format: (value: Date) => formatDateTime(lang, value, "short") };
  return (
    <>
      <h1>{t("admin.audit")}</h1>
      <p>{t("admin.audit.intro")}</p>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t("admin.audit.when")}</th>
            <th scope="col">{t("admin.audit.who")}</th>
            <th scope="col">{t("admin.audit.what")}</th>
            <th scope="col">{t("admin.audit.record")}</th>
            <th scope="col">{t("admin.audit.details")}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td>{times.format(new Date(entry.createdAt))}</td>
              <td>{entry.organizerEmail ?? "—"}</td>
              <td>
                <code>{entry.action}</code>
              </td>
              <td>
                {entry.subjectType} <code>{entry.subjectId}</code>
              </td>
              <td>
                <code>{JSON.stringify(entry.details)}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
