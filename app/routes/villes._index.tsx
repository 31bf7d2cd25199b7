import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { CommuneSearch } from "~/components/commune-search";
import { searchCommunes, withOpenPetitions } from "~/models/commune.server";
import { CommuneSearchSchema } from "~/schemas/commune-search";
import { MIN_QUERY_LENGTH } from "~/schemas/choices";
import { translator, useT, useTn } from "~/utils/i18n";
import { getLang } from "~/utils/lang.server";
import { shareable } from "~/utils/meta";

export async function loader({ request }: LoaderFunctionArgs) {
  const { q } = CommuneSearchSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const communes = q.length >= MIN_QUERY_LENGTH ? await withOpenPetitions(await searchCommunes({ query: q, limit: 30 })) : [];
  return { query: q, communes, title: translator(await getLang(request))("search.title") };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => shareable(matches, { title: `${data?.title} — Technopolice` });

export default function CommuneSearchPage() {
  const { query, communes } = useLoaderData<typeof loader>();
  const t = useT();
  const tn = useTn();
  return (
    <>
      <h1>{t("search.title")}</h1>
      <CommuneSearch key={query} defaultValue={query} />
      {query.length === 0 ? null : query.length < MIN_QUERY_LENGTH ? (
        <p role="status">{t("search.tooShort")}</p>
      ) : communes.length === 0 ? (
        <p role="status">{t("search.noResults", { query })}</p>
      ) : (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading">{t("search.results", { count: communes.length, query })}</h2>
          <ul className="commune-list">
            {communes.map((commune) => (
              <li key={commune.inseeCode}>
                <Link to={`/villes/${commune.slug}`}>{commune.name}</Link>{" "}
                {commune.openPetitionSignatures !== null ? (
                  <>
                    <strong className="petition-open-badge">{tn("search.petitionOpen", commune.openPetitionSignatures)}</strong>{" "}
                  </>
                ) : null}
                <span className="muted">
                  {commune.departmentName} ({commune.departmentCode}) · {commune.postcodes.join(", ")} ·{" "}
                  {t("commune.population", { population: commune.population })}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
