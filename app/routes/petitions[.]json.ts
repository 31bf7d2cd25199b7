import { listPublicPetitions, petitionOpenData } from "~/models/petition.server";
import { env } from "~/utils/env.server";

/** Open data: every public petition with its counts. */
export async function loader() {
  const petitions = await listPublicPetitions({ status: ["OPEN", "CLOSED", "DELIVERED", "ANSWERED"] });
  return Response.json(
    {
      petitions: petitions.map((petition) => ({
        ...petitionOpenData(petition),
        commune: petition.commune.name,
        url: `${env().PUBLIC_URL}/villes/${petition.commune.slug}`,
      })),
    },
    { headers: { "Cache-Control": "public, max-age=5, stale-while-revalidate=30", "Access-Control-Allow-Origin": "*" } },
  );
}
