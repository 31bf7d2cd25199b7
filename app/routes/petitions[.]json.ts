import { OPEN_DATA_HEADERS, publicPetitionsOpenData } from "~/modules/petitions/open-data.server";

/** Open data: every public petition with its counts (the same as /petitions.csv). */
export async function loader() {
  return Response.json({ petitions: await publicPetitionsOpenData() }, { headers: OPEN_DATA_HEADERS });
}
