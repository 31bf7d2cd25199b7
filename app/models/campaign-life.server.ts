// What the home page shows of the campaign at work: live totals, the latest published projects,
// legal actions and delivered petitions, and the featured cities' signature counts. Read-only,
// small queries; the home page caches the result for a minute.
import { db } from "~/utils/db.server";
import { FEATURED_COMMUNES, getFeaturedCommunes } from "./commune.server";
import { latestPublishedProjects } from "~/modules/projects/report.server";
import { petitionStates } from "~/modules/petitions/states";

const VISIBLE: ("OPEN" | "CLOSED" | "DELIVERED" | "ANSWERED")[] = ["OPEN", "CLOSED", "DELIVERED", "ANSWERED"];

export async function getCampaignLife() {
  const [tallies, citiesWithPetition, projects, latestProjects, legalActions, delivered, featured, featuredPetitions] = await Promise.all([
    db().petitionTally.aggregate({ where: { petition: { status: { in: VISIBLE } } }, _sum: { residents: true, supporters: true } }),
    db().petition.findMany({ where: { status: "OPEN" }, distinct: ["inseeCode"], select: { inseeCode: true } }),
    db().report.count({ where: { status: "PUBLISHED" } }),
    latestPublishedProjects({ take: 3 }),
    db().legalAction.findMany({
      where: { publishedAt: { not: null } },
      orderBy: { publishedAt: "desc" },
      take: 3,
      select: { id: true, title: true, status: true, court: true },
    }),
    db().petition.findMany({
      where: { status: { in: petitionStates("handedIn") } },
      orderBy: { deliveredAt: "desc" },
      take: 3,
      select: { id: true, title: true, status: true, deliveredAt: true, commune: { select: { name: true, slug: true } } },
    }),
    getFeaturedCommunes(),
    db().petition.findMany({
      where: { status: { in: petitionStates("collecting") }, inseeCode: { in: [...FEATURED_COMMUNES] } },
      select: { inseeCode: true, tally: { select: { residents: true, supporters: true } } },
    }),
  ]);
  const signaturesIn = (inseeCode: string) => {
    const petition = featuredPetitions.find((row) => row.inseeCode === inseeCode);
    return petition ? (petition.tally?.residents ?? 0) + (petition.tally?.supporters ?? 0) : null;
  };
  return {
    totals: {
      signatures: (tallies._sum.residents ?? 0) + (tallies._sum.supporters ?? 0),
      cities: citiesWithPetition.length,
      projects,
    },
    latestProjects: latestProjects.map(({ id, title, kind, commune }) => ({ id, title, kind, commune })),
    legalActions,
    delivered,
    featured: featured.map((commune) => ({ ...commune, signatures: signaturesIn(commune.inseeCode) })),
  };
}
