import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireOrganizer } from "~/models/auth.server";
import { territoryOf } from "~/modules/groups/territory.server";
import { auditedCsv } from "~/models/audit.server";
import { filtersQuery } from "~/modules/petitions/admin-list";
import { PetitionListFiltersSchema } from "~/modules/petitions/admin-list.server";
import { listPetitions, petitionListCsv } from "~/modules/petitions/admin-list.server";
import { getLang } from "~/utils/lang.server";

/** The organizers' petition list, filtered as on /admin/petitions, as CSV; recorded in the audit log. */
export async function loader({ request }: LoaderFunctionArgs) {
  const organizer = await requireOrganizer(request, { territorial: true });
  const filters = PetitionListFiltersSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const petitions = await listPetitions(filters, { take: 100_000, territory: await territoryOf(organizer) });
  return auditedCsv(
    { organizerId: organizer.id, action: "petitions.export", subjectType: "petition", query: filtersQuery(filters) },
    `petitions-${new Date().toISOString().slice(0, 10)}.csv`,
    petitionListCsv(petitions, await getLang(request)),
  );
}
