// The organizers' petition list (issue 28): filtered by status, commune and department, shown on
// /admin/petitions and exported as CSV (/admin/petitions.csv, audited). Counts only, no signer.
import type { Prisma } from "~/generated/prisma/client";
import { counts } from "./petition.server";
import type { CsvTable } from "~/utils/csv.server";
import { formatDateTime } from "~/utils/dates";
import { db } from "~/utils/db.server";
import { translator, type Lang } from "~/utils/i18n";
import { searchKey } from "~/utils/text";
import { communesInTerritory, inTerritory, type Territory } from "~/modules/groups/territory.server";
import { z } from "zod";
import { freeText } from "~/schemas/free-text";
import { PETITION_LIST_STATUSES, type PetitionListFilters } from "./admin-list";
import { supportersAbroad, supportersByCountry } from "./countries.server";

export const PetitionListFiltersSchema = z.object({
  status: z.enum(PETITION_LIST_STATUSES).optional().catch(undefined),
  /** Part of the commune's name, accents and case ignored. */
  commune: freeText().max(100).optional().catch(undefined),
  /** A department's code: 01–95, 2A, 2B, 971–976. */
  department: freeText()
    .transform((value) => value.toUpperCase())
    .pipe(z.string().regex(/^(\d{2}|2[AB]|97\d)$/))
    .optional()
    .catch(undefined),
});
// The browser-side type (admin-list.ts) and what the schema reads must not drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const filtersTypeMatches: Same<z.infer<typeof PetitionListFiltersSchema>, PetitionListFilters> = true;
void filtersTypeMatches;

/** The petitions matching the filters, newest first, with their counts. */
export async function listPetitions(filters: PetitionListFilters, { take = 1_000, territory = null }: { take?: number; territory?: Territory } = {}) {
  const name = filters.commune ? searchKey(filters.commune) : "";
  const where: Prisma.PetitionWhereInput = {
    // A coordinator's list (issue 25): their territory's petitions only.
    AND: [inTerritory(territory)],
    ...(filters.status ? { status: filters.status } : {}),
    ...(name || filters.department
      ? { commune: { ...(name ? { searchName: { contains: name } } : {}), ...(filters.department ? { departmentCode: filters.department } : {}) } }
      : {}),
  };
  const rows = await db().petition.findMany({
    where,
    orderBy: [{ createdAt: "desc" }],
    take,
    select: {
      id: true,
      title: true,
      status: true,
      goal: true,
      openedAt: true,
      closedAt: true,
      commune: { select: { inseeCode: true, name: true, departmentCode: true } },
      tally: { select: { residents: true, supporters: true } },
    },
  });
  const byCountry = await supportersByCountry(rows.map((row) => row.id));
  return rows.map(({ tally, ...row }) => ({ ...row, ...counts(tally), abroad: supportersAbroad(byCountry.get(row.id) ?? {}) }));
}

/** The departments that have petitions, for the filter's choices. */
export async function petitionDepartments(territory: Territory = null) {
  const rows = await db().commune.findMany({
    where: { petitions: { some: {} }, AND: [communesInTerritory(territory)] },
    distinct: ["departmentCode"],
    orderBy: { departmentCode: "asc" },
    select: { departmentCode: true, departmentName: true },
  });
  return rows.map((row) => ({ code: row.departmentCode, name: row.departmentName }));
}

/** The filtered list as CSV, headers, states and dates in the organizer's language. */
export function petitionListCsv(rows: Awaited<ReturnType<typeof listPetitions>>, lang: Lang): CsvTable {
  const t = translator(lang);
  const when = (date: Date | null) => (date ? formatDateTime(lang, date, "short") : null);
  const columns = [
    "id",
    "commune",
    "inseeCode",
    "department",
    "title",
    "status",
    "goal",
    "count",
    "residents",
    "supporters",
    "abroad",
    "openedAt",
    "closedAt",
  ] as const;
  return {
    header: columns.map((column) => t(`admin.petitions.csv.${column}`)),
    rows: rows.map((row) => [
      row.id,
      row.commune.name,
      row.commune.inseeCode,
      row.commune.departmentCode,
      row.title,
      t(`admin.petitions.status.${row.status}`),
      row.goal,
      row.count,
      row.residents,
      row.supporters,
      row.abroad,
      when(row.openedAt),
      when(row.closedAt),
    ]),
  };
}
