import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { listPublicPetitions } from "~/modules/petitions/petition.server";
import { signFormHref } from "~/modules/petitions/components/commune-actions";
import { PetitionListQuerySchema } from "~/modules/petitions/list-schema";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/meta";
import { prose } from "~/utils/typography";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "petition.list.title");

// The page cache keys /petitions by the keys of PetitionListQuerySchema (app/modules/petitions/page-cache.ts).
export async function loader({ request }: LoaderFunctionArgs) {
  const { tri } = PetitionListQuerySchema.parse({ tri: new URL(request.url).searchParams.get("tri") ?? undefined });
  const sort = tri === "ville" ? "city" : "count";
  return { sort, petitions: await listPublicPetitions({ sort }) };
}

/**
 * The open petitions (issue 27, item 4): each one leads to its city page and to its signing form,
 * with its count and its progress towards the goal. Sorting is a GET form: no JavaScript needed.
 */
export default function PetitionsPage() {
  const { sort, petitions } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <h1>{t("petition.list.title")}</h1>
      <p>{t("petition.list.intro")}</p>
      <Form method="get" className="inline-form petition-sort">
        <label htmlFor="sort">{t("petition.list.sortBy")}</label>
        <select id="sort" name="tri" defaultValue={sort === "city" ? "ville" : "signatures"} key={sort}>
          <option value="signatures">{t("petition.list.sortCount")}</option>
          <option value="ville">{t("petition.list.sortCity")}</option>
        </select>
        <button type="submit">{t("petition.list.sortSubmit")}</button>
      </Form>
      {petitions.length === 0 ? (
        <p>{t("petition.list.empty")}</p>
      ) : (
        <ol className="petition-list">
          {petitions.map((petition) => (
            <li key={petition.id} className="petition-row" data-testid="petition-row">
              <h2 className="petition-row-title">
                <Link to={`/villes/${petition.commune.slug}`} lang="fr">
                  {prose(petition.title)}
                </Link>
              </h2>
              <p className="muted petition-row-commune">
                {petition.commune.name} ({petition.commune.departmentCode})
              </p>
              <p className="petition-row-count">
                <strong data-testid="petition-row-count">{t("petition.count", { count: petition.count })}</strong>{" "}
                <span className="muted">· {t("petition.goal", { goal: petition.goal })}</span>
              </p>
              <label className="visually-hidden" htmlFor={`progress-${petition.id}`}>
                {t("petition.list.progress", { commune: petition.commune.name })}
              </label>
              <progress id={`progress-${petition.id}`} max={petition.goal} value={Math.min(petition.count, petition.goal)}>
                {Math.min(100, Math.round((petition.count / Math.max(1, petition.goal)) * 100))} %
              </progress>
              <p className="petition-row-action">
                <Link className="button button-primary" to={signFormHref(petition.commune.slug)}>
                  {t("petition.list.sign")}
                  <span className="visually-hidden"> {t("petition.list.signFor", { commune: petition.commune.name })}</span>
                </Link>
              </p>
            </li>
          ))}
        </ol>
      )}
      <p className="muted small">
        {t("petition.openData")} <a href="/petitions.json">petitions.json</a> · <a href="/petitions.csv">petitions.csv</a>
      </p>
    </>
  );
}
