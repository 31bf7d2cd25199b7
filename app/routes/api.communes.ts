import type { LoaderFunctionArgs } from "@remix-run/node";
import { searchCommunes, withOpenPetitions } from "~/models/commune.server";
import { CommuneSearchSchema } from "~/schemas/commune-search";
import { MIN_QUERY_LENGTH } from "~/schemas/choices";

/** Suggestions for the commune search box, as JSON. Public and cacheable. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { q } = CommuneSearchSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const communes = q.length >= MIN_QUERY_LENGTH ? await withOpenPetitions(await searchCommunes({ query: q })) : [];
  // The signature counts of open petitions change: a few minutes' cache, not an hour.
  return Response.json({ query: q, communes }, { headers: { "Cache-Control": "public, max-age=300" } });
}
