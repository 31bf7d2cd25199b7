import { db } from "~/utils/db.server";
import { searchKey } from "~/utils/text";
import { findCommunes } from "./commune-index.server";
import { openPetitionCounts } from "~/modules/petitions/petition.server";

export const FEATURED_COMMUNES = ["75056", "13055", "31555", "06088", "42218"] as const; // Paris, Marseille, Toulouse, Nice, Saint-Étienne

const summary = {
  inseeCode: true,
  name: true,
  slug: true,
  departmentCode: true,
  departmentName: true,
  population: true,
  postcodes: true,
} as const;

export const SEARCH_LIMIT = 10;

/**
 * Finds communes by name prefix (accents, case and punctuation ignored) or by postcode
 * prefix (digits only), most populated first.
 */
export async function searchCommunes({ query, limit = SEARCH_LIMIT }: { query: string; limit?: number }) {
  const trimmed = query.trim();
  const compact = trimmed.replace(/\s/g, "");
  if (/^\d[\dAB]{1,4}$/i.test(compact)) return findCommunes({ postcodePrefix: compact.toUpperCase() }, limit);
  const key = searchKey(trimmed);
  return key.length === 0 ? [] : findCommunes({ namePrefix: key }, limit);
}

/** Search results with, for towns with an open petition, its signature count ("pétition ouverte · 12 signatures"). */
export async function withOpenPetitions<C extends { inseeCode: string }>(communes: C[]) {
  if (communes.length === 0) return [];
  const open = await openPetitionCounts();
  return communes.map((commune) => ({ ...commune, openPetitionSignatures: open.get(commune.inseeCode) ?? null }));
}

export function getCommuneBySlug({ slug }: { slug: string }) {
  return db().commune.findUnique({
    where: { slug },
    select: { ...summary, regionCode: true, regionName: true, mayorTitle: true, mayorName: true },
  });
}

export async function getFeaturedCommunes() {
  const rows = await db().commune.findMany({
    where: { inseeCode: { in: [...FEATURED_COMMUNES] } },
    select: summary,
  });
  return FEATURED_COMMUNES.flatMap((code) => rows.filter((row) => row.inseeCode === code));
}

/** A commune as the "open a petition" form needs it: its mayor and any open petition. */
export async function getCommuneForPetition({ inseeCode }: { inseeCode: string }) {
  const commune = await db().commune.findUnique({
    where: { inseeCode },
    select: {
      inseeCode: true,
      name: true,
      departmentCode: true,
      mayorTitle: true,
      mayorName: true,
      petitions: { where: { status: "OPEN" }, select: { id: true }, take: 1 },
    },
  });
  if (!commune) return null;
  const { petitions, ...rest } = commune;
  return { ...rest, openPetitionId: petitions[0]?.id ?? null };
}
