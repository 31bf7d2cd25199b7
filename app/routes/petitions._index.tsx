import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { listPublicPetitions } from "~/models/petition.server";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/meta";
import { prose } from "~/utils/typography";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "petition.list.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const sort = new URL(request.url).searchParams.get("tri") === "ville" ? "city" : "count";
  return { sort, petitions: await listPublicPetitions({ sort }) };
}

export default function PetitionsPage() {
  const { sort, petitions } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <h1>{t("petition.list.title")}</h1>
      <p>{t("petition.list.intro")}</p>
      <Form method="get" className="inline-form">
        <label htmlFor="sort">{t("petition.list.sortBy")}</label>
        <select id="sort" name="tri" defaultValue={sort === "city" ? "ville" : "signatures"}>
          <option value="signatures">{t("petition.list.sortCount")}</option>
          <option value="ville">{t("petition.list.sortCity")}</option>
        </select>
        <button type="submit">OK</button>
      </Form>
      {petitions.length === 0 ? (
        <p>{t("petition.list.empty")}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("petition.list.city")}</th>
              <th scope="col">{t("petition.list.petition")}</th>
              <th scope="col">{t("petition.list.signatures")}</th>
            </tr>
          </thead>
          <tbody>
            {petitions.map((petition) => (
              <tr key={petition.id}>
                <td>
                  <Link to={`/villes/${petition.commune.slug}`}>{petition.commune.name}</Link> ({petition.commune.departmentCode})
                </td>
                <td lang="fr">{prose(petition.title)}</td>
                <td>
                  {petition.count} / {petition.goal}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="muted small">
        {t("petition.openData")} <a href="/petitions.json">petitions.json</a> · <a href="/petitions.csv">petitions.csv</a>
      </p>
    </>
  );
}
