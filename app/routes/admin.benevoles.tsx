import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { VOLUNTEERS_PAGE, countVolunteers, listVolunteers, markVolunteerContacted } from "~/modules/volunteers/volunteer.server";
import { MarkContactedSchema, VolunteerFilterSchema } from "~/modules/volunteers/schema";
import { VOLUNTEER_SKILLS } from "~/modules/volunteers/choices";
import { requireOrganizer } from "~/models/auth.server";
import { requireRecord } from "~/modules/territorial/records.server";
import { territoryOf } from "~/modules/groups/territory.server";
import { useLang, useT } from "~/utils/i18n";
import { adminTitle } from "~/utils/meta";
import { formatDate } from "~/utils/dates";
import { colon } from "~/utils/typography";

export const meta: MetaFunction = ({ matches }) => adminTitle(matches, "admin.volunteers");

export async function loader({ request }: LoaderFunctionArgs) {
  const organizer = await requireOrganizer(request, { territorial: true });
  const url = new URL(request.url);
  const filter = VolunteerFilterSchema.parse(Object.fromEntries(url.searchParams));
  const territory = await territoryOf(organizer);
  const [volunteers, total] = await Promise.all([listVolunteers(filter, { limit: VOLUNTEERS_PAGE, territory }), countVolunteers(filter, territory)]);
  return { filter, query: url.search, volunteers, total };
}

export async function action({ request }: ActionFunctionArgs) {
  const organizer = await requireOrganizer(request, { territorial: true });
  const parsed = MarkContactedSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return data({ error: "volunteers.errors.note" as const }, { status: 400 });
  await requireRecord(organizer, "volunteer", parsed.data.volunteerId, "volunteer.contact");
  await markVolunteerContacted({ ...parsed.data, organizerId: organizer.id });
  // Back to the same filtered list.
  return redirect(`/admin/benevoles${new URL(request.url).search}`);
}

/** Confirmed volunteers, filtered by department, commune and skill; marked contacted with a note. */
export default function VolunteersAdminPage() {
  const { filter, query, volunteers, total } = useLoaderData<typeof loader>();
  const t = useT();
  const lang = useLang();
  const dates = { format: (value: Date) => formatDate(lang, value, "medium") };
  return (
    <>
      <h1>{t("admin.volunteers")}</h1>
      <Form method="get" className="filters">
        <div className="field">
          <label htmlFor="volunteers-department">{t("reports.list.department")}</label>
          <input id="volunteers-department" name="departement" defaultValue={filter.departement ?? ""} maxLength={3} size={4} />
        </div>
        <div className="field">
          <label htmlFor="volunteers-commune">{t("admin.reports.city")}</label>
          <input id="volunteers-commune" name="commune" defaultValue={filter.commune} maxLength={80} />
        </div>
        <div className="field">
          <label htmlFor="volunteers-skill">{t("admin.volunteers.skill")}</label>
          <select id="volunteers-skill" name="competence" defaultValue={filter.competence ?? ""}>
            <option value="">{t("admin.volunteers.allSkills")}</option>
            {VOLUNTEER_SKILLS.map((skill) => (
              <option key={skill} value={skill}>
                {t(`volunteers.skill.${skill}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t("reports.list.filter")}</button>
      </Form>
      <p>
        <a href={`/admin/benevoles.csv${query}`} download>
          {t("admin.volunteers.export", { count: total })}
        </a>
      </p>
      {total > volunteers.length ? <p role="status">{t("admin.volunteers.shown", { shown: volunteers.length, count: total })}</p> : null}
      {volunteers.length === 0 ? (
        <p role="status">{t("admin.volunteers.empty")}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("volunteers.form.name")}</th>
              <th scope="col">{t("reports.form.commune")}</th>
              <th scope="col">{t("volunteers.form.skills")}</th>
              <th scope="col">{t("volunteers.form.availability")}</th>
              <th scope="col">{t("admin.volunteers.details")}</th>
              <th scope="col">{t("admin.volunteers.contact")}</th>
            </tr>
          </thead>
          <tbody>
            {volunteers.map((volunteer) => (
              <tr key={volunteer.id}>
                <td>
                  {volunteer.name}
                  <br />
                  <a href={`mailto:${volunteer.email}`}>{volunteer.email}</a>
                </td>
                <td>
                  {volunteer.commune} ({volunteer.departmentCode})
                </td>
                <td>{volunteer.skills.map((skill) => t(`volunteers.skill.${skill}`)).join(", ")}</td>
                <td>{t(`volunteers.availability.${volunteer.availability}`)}</td>
                <td>
                  {volunteer.languages ? (
                    <p>
                      {t("volunteers.form.languages")}
                      {colon(lang)} {volunteer.languages}
                    </p>
                  ) : null}
                  {volunteer.message ? <p className="project-description">{volunteer.message}</p> : null}
                </td>
                <td>
                  {volunteer.contactedAt ? (
                    <p>
                      {t("admin.volunteers.contactedOn", { date: dates.format(new Date(volunteer.contactedAt)) })}
                      {volunteer.contactNote ? ` — ${volunteer.contactNote}` : ""}
                    </p>
                  ) : null}
                  <Form method="post" className="stack">
                    <input type="hidden" name="volunteerId" value={volunteer.id} />
                    <div className="field">
                      <label htmlFor={`note-${volunteer.id}`}>{t("admin.volunteers.note", { name: volunteer.name })}</label>
                      <textarea id={`note-${volunteer.id}`} name="note" rows={2} maxLength={2000} />
                    </div>
                    <button type="submit">{t("admin.volunteers.markContacted")}</button>
                  </Form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
