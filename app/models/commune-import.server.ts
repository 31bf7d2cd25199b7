import { createRequire } from "node:module";
import { db } from "~/utils/db.server";
import { searchKey, slugify } from "~/utils/text";

type SourceCommune = {
  code: string;
  nom: string;
  type: string;
  departement: string;
  region: string;
  codesPostaux?: string[];
  population?: number;
};
type SourceArea = { code: string; nom: string };

export type CommuneRow = {
  inseeCode: string;
  name: string;
  searchName: string;
  slug: string;
  departmentCode: string;
  departmentName: string;
  regionCode: string;
  regionName: string;
  population: number;
  postcodes: string[];
};

function loadSource() {
  const require = createRequire(import.meta.url);
  const data = "@etalab/decoupage-administratif/data";
  return {
    communes: require(`${data}/communes.json`) as SourceCommune[],
    departments: require(`${data}/departements.json`) as SourceArea[],
    regions: require(`${data}/regions.json`) as SourceArea[],
  };
}

/**
 * Slugs are the name's slug; where several communes share it, each gets its department
 * ("saint-denis-93", "saint-denis-974"), and the INSEE code if that still collides.
 */
export function assignSlugs<T extends { inseeCode: string; name: string; departmentCode: string }>(communes: T[]) {
  const byBase = new Map<string, T[]>();
  for (const commune of communes) {
    const base = slugify(commune.name);
    byBase.set(base, [...(byBase.get(base) ?? []), commune]);
  }
  const slugs = new Map<string, string>();
  for (const [base, group] of byBase) {
    if (group.length === 1) {
      slugs.set(group[0].inseeCode, base);
      continue;
    }
    const perDepartment = new Map<string, number>();
    for (const c of group) perDepartment.set(c.departmentCode, (perDepartment.get(c.departmentCode) ?? 0) + 1);
    for (const c of group) {
      const department = c.departmentCode.toLowerCase();
      const unique = perDepartment.get(c.departmentCode) === 1;
      slugs.set(c.inseeCode, unique ? `${base}-${department}` : `${base}-${c.inseeCode.toLowerCase()}`);
    }
  }
  return slugs;
}

export function communeRows(): CommuneRow[] {
  const { communes, departments, regions } = loadSource();
  const departmentNames = new Map(departments.map((d) => [d.code, d.nom]));
  const regionNames = new Map(regions.map((r) => [r.code, r.nom]));
  const current = communes
    .filter((c) => c.type === "commune-actuelle")
    .map((c) => ({ inseeCode: c.code, name: c.nom, departmentCode: c.departement, source: c }));
  const slugs = assignSlugs(current);
  return current.map(({ source }) => ({
    inseeCode: source.code,
    name: source.nom,
    searchName: searchKey(source.nom),
    slug: slugs.get(source.code)!,
    departmentCode: source.departement,
    departmentName: departmentNames.get(source.departement) ?? source.departement,
    regionCode: source.region,
    regionName: regionNames.get(source.region) ?? source.region,
    population: source.population ?? 0,
    postcodes: [...new Set(source.codesPostaux ?? [])].sort(),
  }));
}

const BATCH = 5000;

/**
 * Upserts every current commune and its postcodes. Idempotent: a second run changes
 * nothing. Organizer-entered fields (the mayor) are left as they are.
 */
export async function importCommunes(rows: CommuneRow[] = communeRows()) {
  await db().$transaction(
    async (tx) => {
      for (let i = 0; i < rows.length; i += BATCH) {
        const batch = rows.slice(i, i + BATCH);
        const column = <K extends keyof CommuneRow>(key: K) => batch.map((row) => row[key]);
        await tx.$executeRaw`
          INSERT INTO commune (insee_code, name, search_name, slug, department_code, department_name,
                               region_code, region_name, population, postcodes, updated_at)
          SELECT t.insee_code, t.name, t.search_name, t.slug, t.department_code, t.department_name, t.region_code, t.region_name, t.population, ARRAY(SELECT jsonb_array_elements_text(p)), now()
          FROM unnest(${column("inseeCode")}::text[], ${column("name")}::text[], ${column("searchName")}::text[],
                      ${column("slug")}::text[], ${column("departmentCode")}::text[], ${column("departmentName")}::text[],
                      ${column("regionCode")}::text[], ${column("regionName")}::text[], ${column("population")}::int[])
               WITH ORDINALITY AS t(insee_code, name, search_name, slug, department_code, department_name, region_code, region_name, population, n)
          JOIN jsonb_array_elements(${JSON.stringify(batch.map((row) => row.postcodes))}::jsonb) WITH ORDINALITY AS pc(p, m) ON pc.m = t.n
          ON CONFLICT (insee_code) DO UPDATE SET
            name = EXCLUDED.name, search_name = EXCLUDED.search_name, slug = EXCLUDED.slug,
            department_code = EXCLUDED.department_code, department_name = EXCLUDED.department_name,
            region_code = EXCLUDED.region_code, region_name = EXCLUDED.region_name,
            population = EXCLUDED.population, postcodes = EXCLUDED.postcodes, updated_at = now()
          WHERE (commune.name, commune.slug, commune.department_name, commune.region_name, commune.population, commune.postcodes)
            IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.slug, EXCLUDED.department_name, EXCLUDED.region_name, EXCLUDED.population, EXCLUDED.postcodes)`;
      }
      await tx.$executeRaw`
        INSERT INTO commune_postcode (postcode, insee_code)
        SELECT DISTINCT p, insee_code FROM commune, unnest(postcodes) AS p
        ON CONFLICT DO NOTHING`;
      await tx.$executeRaw`
        DELETE FROM commune_postcode cp USING commune c
        WHERE cp.insee_code = c.insee_code AND NOT (cp.postcode = ANY (c.postcodes))`;
    },
    { timeout: 120_000 },
  );
  return { communes: rows.length };
}
