// Titles and texts as they were entered: open data gets no display typography (app/utils/typography.ts,
// docs/decisions/0025-french-typography-when-shown.md).
import { listPublicCompanies } from "~/modules/projects/company.server";
import { env } from "~/utils/env.server";

/** Open data: every company and public body the collective follows, with the number of published projects naming it (0: none yet), Licence Ouverte 2.0. */
export async function loader() {
  const base = env().PUBLIC_URL;
  const companies = await listPublicCompanies();
  return Response.json(
    {
      licence: { name: "Licence Ouverte / Open Licence 2.0 (Etalab)", url: "https://www.etalab.gouv.fr/licence-ouverte-open-licence/" },
      source: `${base}/entreprises`,
      generatedAt: new Date().toISOString(),
      fields: {
        slug: "stable identifier, also the page's URL segment",
        url: "the entry's page",
        name: "name",
        kind: "VENDOR, INTEGRATOR, PUBLIC_BODY or RESEARCH_LAB",
        website: "website, when known",
        description: "short description",
        projects: "number of published projects naming it",
        cities: "number of communes of those projects",
        updatedAt: "last change (ISO 8601)",
      },
      companies: companies.map((company) => ({
        slug: company.slug,
        url: `${base}/entreprises/${company.slug}`,
        name: company.name,
        kind: company.kind,
        website: company.website,
        description: company.description,
        projects: company.projects,
        cities: company.cities,
        updatedAt: company.updatedAt.toISOString(),
      })),
    },
    { headers: { "Cache-Control": "public, max-age=60, stale-while-revalidate=300", "Access-Control-Allow-Origin": "*" } },
  );
}
