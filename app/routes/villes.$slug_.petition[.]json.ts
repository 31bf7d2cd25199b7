import type { LoaderFunctionArgs } from "@remix-run/node";
import { getCommuneBySlug } from "~/models/commune.server";
import { getPetitionForCommune, petitionOpenData } from "~/modules/petitions/petition.server";
import { petitionSupportersByCountry, supportersAbroad } from "~/modules/petitions/countries.server";
import { cached } from "~/utils/memo.server";

/**
 * Open data for one city's petition; also what the page polls to refresh its counter. Every
 * viewer polls it, so it costs what the city page costs: anonymous requests share one copy per
 * second (app/utils/page-cache.server.ts), and the copy's data is a per-process memo that
 * survives a database outage.
 */
export async function loader({ params }: LoaderFunctionArgs) {
  const slug = params.slug ?? "";
  const body = await cached(`petition-json:${slug}`, 1_000, async () => {
    const commune = await getCommuneBySlug({ slug });
    const petition = commune ? await getPetitionForCommune({ inseeCode: commune.inseeCode }) : null;
    if (!commune || !petition) return null;
    const supportersByCountry = await petitionSupportersByCountry(petition.id);
    return {
      ...petitionOpenData(petition),
      commune: commune.name,
      inseeCode: commune.inseeCode,
      // Issue 28: of the supporters, those from abroad, by country (counts only).
      supportersAbroad: supportersAbroad(supportersByCountry),
      supportersByCountry,
    };
  });
  if (!body) return Response.json({ error: "not found" }, { status: 404 });
  return Response.json(body, { headers: { "Cache-Control": "public, max-age=3, stale-while-revalidate=10", "Access-Control-Allow-Origin": "*" } });
}
