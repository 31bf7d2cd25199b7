import { OPEN_DATA_HEADERS, petitionsCsv, publicPetitionsOpenData } from "~/modules/petitions/open-data.server";

/** Open data for spreadsheets: /petitions.json as CSV (public, cacheable, not audited). */
export async function loader() {
  return new Response(petitionsCsv(await publicPetitionsOpenData()), {
    headers: { ...OPEN_DATA_HEADERS, "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="technopolice-petitions.csv"' },
  });
}
