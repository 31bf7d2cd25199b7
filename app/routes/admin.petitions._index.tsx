import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requireOrganizer } from "~/models/auth.server";
import { isNational, territoryOf } from "~/modules/groups/territory.server";
import { filtersQuery, PETITION_LIST_STATUSES } from "~/modules/petitions/admin-list";
import { PetitionListFiltersSchema } from "~/modules/petitions/admin-list.server";
import { listPetitions, petitionDepartments } from "~/modules/petitions/admin-list.server";
import { formatNumber, useLang, useT } from "~/utils/i18n";
import { adminTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => adminTitle(matches, "admin.petitions");

export async function loader({ request }: LoaderFunctionArgs) {
  const organizer = await requireOrganizer(request, { territorial: true });
  const filters = PetitionListFiltersSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const territory = await territoryOf(organizer);
  const [petitions, departments] = await Promise.all([listPetitions(filters, { territory }), petitionDepartments(territory)]);
  return { petitions, departments, filters, query: filtersQuery(filters), national: isNational(organizer) };
}

export default function AdminPetitions() {
  const { petitions, departments, filters, query, national } = useLoaderData<typeof loader>();
  const t = useT();
  const lang = useLang();
  const filtered = query !== "";
  return (
    <>
      <h1>{t("admin.petitions")}</h1>
      <p>
        <Link to="/admin/petitions/nouvelle" className="button">
          {t("admin.petitions.new")}
        </Link>{" "}
        {national ? <Link to="/admin/petitions/listes">{t("admin.petitionLists.link")}</Link> : null}
      </p>
      <Form method="get" className="filters field-row" aria-label={t("admin.petitions.filters")}>
        <div className="field">
          <label htmlFor="filter-status">{t("admin.petitions.filters.status")}</label>
          <select id="filter-status" name="status" defaultValue={filters.status ?? ""}>
            <option value="">{t("admin.petitions.filters.all")}</option>
            {PETITION_LIST_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`admin.petitions.status.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-commune">{t("admin.petitions.filters.commune")}</label>
          <input id="filter-commune" type="search" name="commune" maxLength={100} defaultValue={filters.commune ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="filter-department">{t("admin.petitions.filters.department")}</label>
          <select id="filter-department" name="department" defaultValue={filters.department ?? ""}>
            <option value="">{t("admin.petitions.filters.all")}</option>
            {departments.map((department) => (
              <option key={department.code} value={department.code}>
                {department.code} – {department.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t("admin.petitions.filters.submit")}</button>
      </Form>
      <p>
        <span role="status">{t("admin.petitions.filters.shown", { count: petitions.length })}</span>
        {filtered ? (
          <>
            {" "}
            · <Link to="/admin/petitions">{t("admin.petitions.filters.reset")}</Link>
          </>
        ) : null}{" "}
        ·{" "}
        <a href={`/admin/petitions.csv${query}`} download>
          {t("admin.petitions.exportList")}
        </a>
      </p>
      {petitions.length === 0 ? (
        <p>{filtered ? t("admin.petitions.filters.none") : t("admin.petitions.empty")}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("admin.petitions.commune")}</th>
              <th scope="col">{t("admin.petitions.title")}</th>
              <th scope="col">{t("admin.petitions.status")}</th>
              <th scope="col">{t("admin.petitions.residents")}</th>
              <th scope="col">{t("admin.petitions.supporters")}</th>
              <th scope="col">{t("admin.petitions.abroad")}</th>
              <th scope="col">{t("admin.petitions.count")}</th>
            </tr>
          </thead>
          <tbody>
            {petitions.map((petition) => (
              <tr key={petition.id}>
                <td>
                  {petition.commune.name} ({petition.commune.departmentCode})
                </td>
                <td>
                  <Link to={`/admin/petitions/${petition.id}`}>{petition.title}</Link>
                </td>
                <td>{t(`admin.petitions.status.${petition.status}`)}</td>
                <td>{formatNumber(lang, petition.residents)}</td>
                <td>{formatNumber(lang, petition.supporters)}</td>
                <td>{formatNumber(lang, petition.abroad)}</td>
                <td>
                  {formatNumber(lang, petition.count)} / {formatNumber(lang, petition.goal)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
