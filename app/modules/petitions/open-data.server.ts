// Open data of the petitions (issue 28): one list, published as JSON (/petitions.json) and as
// CSV (/petitions.csv) for spreadsheets. Public, cacheable, without an audit: it holds counts,
// never a signer (organizers' exports of signatures are audited, app/models/audit.server.ts).
// Titles as they were entered: no display typography (app/utils/typography.ts).
import { listPublicPetitions, petitionOpenData, PUBLIC_STATUSES } from "./petition.server";
import { toCsv } from "~/utils/csv.server";
import { env } from "~/utils/env.server";
import { allSupportersByCountry, countriesCell } from "./countries.server";

/** Every public petition with its counts, as /petitions.json lists them. */
export async function publicPetitionsOpenData() {
  const [petitions, byCountry] = await Promise.all([listPublicPetitions({ status: PUBLIC_STATUSES }), allSupportersByCountry()]);
  return petitions.map((petition) => ({
    ...petitionOpenData(petition),
    // Supporters from abroad by country, counts only (issue 28); the others live in France.
    supportersByCountry: byCountry.get(petition.id) ?? {},
    commune: petition.commune.name,
    url: `${env().PUBLIC_URL}/villes/${petition.commune.slug}`,
  }));
}

export type PetitionOpenDataRow = Awaited<ReturnType<typeof publicPetitionsOpenData>>[number];

/** The same rows as CSV: one line per petition, the JSON's fields as columns. */
export function petitionsCsv(rows: PetitionOpenDataRow[]) {
  return toCsv(
    ["id", "commune", "title", "status", "goal", "count", "residents", "supporters", "updated_at", "url", "supporters_by_country"],
    rows.map((row) => [
      row.id,
      row.commune,
      row.title,
      row.status,
      row.goal,
      row.count,
      row.residents,
      row.supporters,
      row.updatedAt,
      row.url,
      countriesCell(row.supportersByCountry),
    ]),
  );
}

/** Open data is cached briefly by anyone and readable from any origin. */
export const OPEN_DATA_HEADERS = { "Cache-Control": "public, max-age=5, stale-while-revalidate=30", "Access-Control-Allow-Origin": "*" };
