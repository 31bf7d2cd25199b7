import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { listModerationQueue } from "~/modules/projects/report.server";
import { KindFilter } from "~/modules/projects/components/report-form";
import { QueueFilterSchema } from "~/modules/projects/report-schema";
import { requireOrganizer } from "~/models/auth.server";
import { territoryOf } from "~/modules/groups/territory.server";
import { useLang, useT } from "~/utils/i18n";
import { adminTitle } from "~/utils/meta";
import { formatDate } from "~/utils/dates";

export const meta: MetaFunction = ({ matches }) => adminTitle(matches, "admin.reports");

export async function loader({ request }: LoaderFunctionArgs) {
  const organizer = await requireOrganizer(request, { territorial: true });
  const filter = QueueFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return { filter, reports: await listModerationQueue(filter, new Date(), await territoryOf(organizer)) };
}

/** Reports waiting for a decision, oldest first, filterable by city, kind and age. */
export default function ModerationQueuePage() {
  const { filter, reports } = useLoaderData<typeof loader>();
  const t = useT();
  const lang = useLang();
  const dates = { format: (value: Date) => formatDate(lang, value, "medium") };
  return (
    <>
      <h1>{t("admin.reports")}</h1>
      <Form method="get" className="filters">
        <div className="field">
          <label htmlFor="queue-city">{t("admin.reports.city")}</label>
          <input id="queue-city" name="ville" defaultValue={filter.ville} maxLength={80} />
        </div>
        <div className="field">
          <KindFilter id="queue-kind" defaultValue={filter.type} />
        </div>
        <div className="field">
          <label htmlFor="queue-age">{t("admin.reports.age")}</label>
          <select id="queue-age" name="age" defaultValue={filter.age ?? ""}>
            <option value="">{t("admin.reports.age.any")}</option>
            <option value="week">{t("admin.reports.age.week")}</option>
            <option value="older">{t("admin.reports.age.older")}</option>
            <option value="month">{t("admin.reports.age.month")}</option>
          </select>
        </div>
        <button type="submit">{t("reports.list.filter")}</button>
      </Form>
      {reports.length === 0 ? (
        <p role="status">{t("admin.reports.empty")}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("admin.reports.received")}</th>
              <th scope="col">{t("petition.list.city")}</th>
              <th scope="col">{t("reports.list.project")}</th>
              <th scope="col">{t("reports.form.kind")}</th>
              <th scope="col">{t("reports.dossier.documents")}</th>
            </tr>
          </thead>
          <tbody>
            {reports.map((report) => (
              <tr key={report.id}>
                <td>{report.confirmedAt ? dates.format(new Date(report.confirmedAt)) : ""}</td>
                <td>
                  {report.commune.name} ({report.commune.departmentCode})
                </td>
                <td>
                  <Link to={`/admin/signalements/${report.id}`}>{report.title}</Link>
                </td>
                <td>{t(`reports.kind.${report.kind}`)}</td>
                <td>{report._count.documents}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
