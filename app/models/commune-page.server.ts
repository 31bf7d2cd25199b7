// What the city page shows (app/routes/villes.$slug.tsx), from several features, each part kept
// for a moment (the busiest page under a spike). In one server module: a route module's every
// server import stays in its browser bundle as an empty chunk.
import { listRequestsForCommune } from "~/modules/document-requests/public.server";
import { petitionSupportersByCountry, supportersAbroad } from "~/modules/petitions/countries.server";
import { cached } from "~/utils/memo.server";
import { getCommuneBySlug } from "./commune.server";
import { listPublicLegalActions } from "~/modules/legal-actions/legal-action.server";
import { getPetitionForCommune, nearestOpenPetitions, recentPublicSigners } from "~/modules/petitions/petition.server";
import { countPetitionRequests } from "~/modules/petition-requests/request.server";
import { getCommuneDossier } from "~/modules/projects/report.server";
/** The commune's next public dates (issue 25), kept for a second. */
export { communeEvents as cachedCommuneEvents } from "~/modules/calendar/feeds.server";
import { groupsForCommune } from "~/modules/groups/group.server";

async function loadCommune(slug: string | undefined) {
  const commune = await getCommuneBySlug({ slug: slug ?? "" });
  if (!commune) throw new Response("Not found", { status: 404 });
  return commune;
}

/** The busiest page: the directory entry is cached for minutes, the petition and its signers for a second. */
export const cachedCommune = (slug: string | undefined) => cached(`commune:${slug}`, 5 * 60_000, () => loadCommune(slug));
export const cachedPetition = (inseeCode: string) =>
  cached(`commune-petition:${inseeCode}`, 1_000, async () => {
    const found = await getPetitionForCommune({ inseeCode });
    if (!found) return { petition: null, recentSigners: [] };
    const [recentSigners, byCountry] = await Promise.all([recentPublicSigners({ petitionId: found.id }), petitionSupportersByCountry(found.id)]);
    // Issue 28: how many of the supporters live abroad.
    return { petition: { ...found, abroad: supportersAbroad(byCountry) }, recentSigners };
  });
/** The city's published reports and legal actions change when organizers publish: a second is fine. */
export const cachedRecord = (inseeCode: string) =>
  cached(`commune-record:${inseeCode}`, 1_000, async () => {
    const [dossier, legalActions, requests] = await Promise.all([
      getCommuneDossier({ inseeCode }),
      listPublicLegalActions({ inseeCode }),
      listRequestsForCommune({ inseeCode }),
    ]);
    return { dossier, legalActions, requests };
  });
/** A commune without a petition: its confirmed requests and the open petitions nearest to it. */
export const cachedNoPetition = (commune: { inseeCode: string; departmentCode: string; regionCode: string }) =>
  cached(`commune-no-petition:${commune.inseeCode}`, 1_000, async () => {
    const [requestCount, nearby] = await Promise.all([
      countPetitionRequests({ inseeCode: commune.inseeCode }),
      nearestOpenPetitions({ departmentCode: commune.departmentCode, regionCode: commune.regionCode }),
    ]);
    return { requestCount, nearby };
  });
/** The commune's local group(s) (issue 25): published when organizers publish, a second is fine. */
export const cachedGroups = (commune: { inseeCode: string; departmentCode: string }) =>
  cached(`commune-groups:${commune.inseeCode}`, 1_000, () => groupsForCommune(commune));
