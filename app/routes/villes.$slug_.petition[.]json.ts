import type { LoaderFunctionArgs } from "@remix-run/node";
import { getCommuneBySlug } from "~/models/commune.server";
import { getPetitionForCommune, petitionOpenData } from "~/models/petition.server";

/** Open data for one city's petition; also what the page polls to refresh its counter. */
export async function loader({ params }: LoaderFunctionArgs) {
  const commune = await getCommuneBySlug({ slug: params.slug ?? "" });
  const petition = commune ? await getPetitionForCommune({ inseeCode: commune.inseeCode }) : null;
  if (!commune || !petition) return Response.json({ error: "not found" }, { status: 404 });
  return Response.json(
    { ...petitionOpenData(petition), commune: commune.name, inseeCode: commune.inseeCode },
    { headers: { "Cache-Control": "public, max-age=3, stale-while-revalidate=10", "Access-Control-Allow-Origin": "*" } },
  );
}
