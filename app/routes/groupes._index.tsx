// Local groups (issue 25): the published groups in a table, and "is there a group near me?" — a
// GET form by commune name or postcode, working without JavaScript.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { GroupSearchSchema } from "~/modules/groups/schema";
import { listPublishedGroups, searchGroupsNear } from "~/modules/groups/group.server";
import { MIN_QUERY_LENGTH } from "~/schemas/choices";
import { useDates } from "~/utils/dates";
import { useT, useTn } from "~/utils/i18n";
import { pageTitle } from "~/utils/meta";
import { prose } from "~/utils/typography";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "groups.list.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const { q } = GroupSearchSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const [groups, near] = await Promise.all([listPublishedGroups(), q.length >= MIN_QUERY_LENGTH ? searchGroupsNear({ query: q }) : Promise.resolve(null)]);
  return { query: q, groups, near };
}

export default function GroupsPage() {
  const { query, groups, near } = useLoaderData<typeof loader>();
  const t = useT();
  const tn = useTn();
  const { dateTime } = useDates();
  return (
    <>
      <h1>{t("groups.list.title")}</h1>
      <p>{t("groups.list.intro")}</p>
      <Form method="get" action="/groupes" role="search" className="commune-search">
        <label htmlFor="group-search">{t("groups.search.label")}</label>
        <div className="search-row">
          <input id="group-search" type="search" name="q" defaultValue={query} maxLength={80} autoComplete="postal-code" />
          <button type="submit">{t("groups.search.submit")}</button>
        </div>
      </Form>
      {query.length > 0 && query.length < MIN_QUERY_LENGTH ? <p role="status">{t("groups.search.tooShort")}</p> : null}
      {near ? (
        <section aria-labelledby="near-heading" role="status">
          <h2 id="near-heading">{t("groups.search.results", { query })}</h2>
          {near.length === 0 ? (
            <p>{t("groups.search.noCommune", { query })}</p>
          ) : (
            <ul className="commune-list" data-testid="groups-near">
              {near.map(({ commune, groups: found }) => (
                <li key={commune.slug}>
                  <Link to={`/villes/${commune.slug}`}>{commune.name}</Link>{" "}
                  <span className="muted">
                    ({commune.departmentCode}) · {commune.postcodes.slice(0, 3).join(", ")}
                  </span>{" "}
                  —{" "}
                  {found.length > 0 ? (
                    found.map((group, index) => (
                      <span key={group.slug}>
                        {index > 0 ? ", " : null}
                        <Link to={`/groupes/${group.slug}`}>{prose(group.name)}</Link>
                      </span>
                    ))
                  ) : (
                    <>
                      {t("groups.search.noGroup", { commune: commune.name })} <Link to={`/villes/${commune.slug}/groupe`}>{t("groups.search.start")}</Link>
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
      {groups.length === 0 ? (
        <p>{t("groups.list.none")}</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <caption>{t("groups.table.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("groups.table.group")}</th>
                <th scope="col">{t("groups.table.territory")}</th>
                <th scope="col">{t("groups.table.next")}</th>
                <th scope="col">{t("groups.table.members")}</th>
              </tr>
            </thead>
            <tbody>
              {groups.map((group) => (
                <tr key={group.slug} data-testid={`group-row-${group.slug}`}>
                  <th scope="row">
                    <Link to={`/groupes/${group.slug}`}>{prose(group.name)}</Link>
                  </th>
                  <td>
                    {[
                      ...group.territory.communes.map((commune) => commune.name),
                      ...group.territory.departments.map((department) => t("groups.department", department)),
                    ].join(", ")}
                  </td>
                  <td>
                    {group.nextEvent ? (
                      <Link to={`/agenda/${group.nextEvent.slug}`}>{`${dateTime(group.nextEvent.startsAt)} — ${prose(group.nextEvent.title)}`}</Link>
                    ) : (
                      t("groups.table.noDate")
                    )}
                  </td>
                  <td>{tn("groups.members", group.members)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
