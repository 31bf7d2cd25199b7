// Supporters from abroad by country (issue 28), for the city page and the open data.
//
// Counted with a GROUP BY rather than kept in a per-country tally table: the signatures from
// abroad are few (a partial index, signature_petition_country_idx, holds only them), so the
// query reads a handful of index entries; a table would need every path that changes the tally
// (the tally job, the recount after an invalidation or a moderation action, the nightly recount)
// to maintain it too, and could drift from it. Only tallied signatures are counted, confirmed and
// valid, so that the figure is never ahead of the petition's tally (./tally.server.ts).
// The callers keep the result for a moment, like the counts they sit beside.
import { db } from "~/utils/db.server";
import { cached } from "~/utils/memo.server";

/** Supporters from abroad by country, most first: { BE: 3, CH: 1 }. */
export type SupportersByCountry = Record<string, number>;

/** Supporters from abroad by country of the given petitions, or of all (without any: absent). */
export async function supportersByCountry(petitionIds: string[] | "all"): Promise<Map<string, SupportersByCountry>> {
  const byPetition = new Map<string, SupportersByCountry>();
  if (petitionIds.length === 0) return byPetition;
  const rows = await db().$queryRaw<{ petition_id: string; country: string; supporters: number }[]>`
    SELECT petition_id::text, country, count(*)::int AS supporters
    FROM signature
    WHERE country IS NOT NULL AND (${petitionIds === "all"} OR petition_id = ANY(${petitionIds === "all" ? [] : petitionIds}::uuid[]))
      AND tallied AND confirmed_at IS NOT NULL AND invalidated_at IS NULL
    GROUP BY petition_id, country
    ORDER BY petition_id, supporters DESC, country`;
  for (const row of rows) {
    const countries = byPetition.get(row.petition_id) ?? {};
    countries[row.country] = row.supporters;
    byPetition.set(row.petition_id, countries);
  }
  return byPetition;
}

/** One petition's supporters from abroad by country. */
export async function petitionSupportersByCountry(petitionId: string) {
  return (await supportersByCountry([petitionId])).get(petitionId) ?? {};
}

/** Every petition's, for the open-data lists: kept five seconds per process (they are cached as long). */
export const allSupportersByCountry = () => cached("supporters-by-country", 5_000, () => supportersByCountry("all"));

/** The total of a petition's supporters from abroad. */
export const supportersAbroad = (countries: SupportersByCountry) => Object.values(countries).reduce((sum, count) => sum + count, 0);

/** The CSV cell of the open data: "BE 3; CH 1". */
export const countriesCell = (countries: SupportersByCountry) =>
  Object.entries(countries)
    .map(([code, count]) => `${code} ${count}`)
    .join("; ");
