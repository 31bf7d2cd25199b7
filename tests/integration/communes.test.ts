import { describe, expect, test } from "vitest";
import { assignSlugs, importCommunes } from "~/models/commune-import.server";
import { getCommuneBySlug, searchCommunes } from "~/models/commune.server";
import { db } from "~/utils/db.server";

describe("commune directory", () => {
  test("holds every current commune, with unique slugs", async () => {
    const count = await db().commune.count();
    expect(count).toBeGreaterThan(34_000);
    expect(await getCommuneBySlug({ slug: "saint-denis-93" })).toMatchObject({ name: "Saint-Denis", departmentCode: "93" });
    expect(await getCommuneBySlug({ slug: "saint-denis-974" })).toMatchObject({ name: "Saint-Denis", departmentCode: "974" });
    expect(await getCommuneBySlug({ slug: "nice" })).toMatchObject({ name: "Nice", departmentName: "Alpes-Maritimes" });
  });

  test("a second import changes nothing", async () => {
    await db().commune.update({ where: { inseeCode: "06088" }, data: { mayorTitle: "MONSIEUR_LE_MAIRE", mayorName: "Test" } });
    const before = await db().commune.findUnique({ where: { inseeCode: "06088" } });
    await importCommunes();
    const after = await db().commune.findUnique({ where: { inseeCode: "06088" } });
    expect(await db().commune.count()).toBeGreaterThan(34_000);
    expect(after).toMatchObject({ slug: before!.slug, updatedAt: before!.updatedAt, mayorName: "Test" });
    expect(await db().communePostcode.count({ where: { inseeCode: "06088" } })).toBe(before!.postcodes.length);
  });

  test("collisions get the department, then the INSEE code", () => {
    const slugs = assignSlugs([
      { inseeCode: "93066", name: "Saint-Denis", departmentCode: "93" },
      { inseeCode: "97411", name: "Saint-Denis", departmentCode: "974" },
      { inseeCode: "01001", name: "Pareil", departmentCode: "01" },
      { inseeCode: "01002", name: "Pareil", departmentCode: "01" },
      { inseeCode: "06088", name: "Nice", departmentCode: "06" },
    ]);
    expect(Object.fromEntries(slugs)).toEqual({
      "93066": "saint-denis-93",
      "97411": "saint-denis-974",
      "01001": "pareil-01001",
      "01002": "pareil-01002",
      "06088": "nice",
    });
  });
});

describe("commune search", () => {
  test("by name prefix, accents and case ignored", async () => {
    const results = await searchCommunes({ query: "saint etienne" });
    expect(results[0].name).toBe("Saint-Étienne");
    expect((await searchCommunes({ query: "SAINT-ÉTIENNE" }))[0].name).toBe("Saint-Étienne");
  });

  test("ranked by population", async () => {
    const results = await searchCommunes({ query: "mar" });
    expect(results[0].name).toBe("Marseille");
    const populations = results.map((c) => c.population);
    expect(populations).toEqual([...populations].sort((a, b) => b - a));
  });

  test("by postcode", async () => {
    expect((await searchCommunes({ query: "06000" })).map((c) => c.name)).toEqual(["Nice"]);
    expect((await searchCommunes({ query: "75011" }))[0].name).toBe("Paris");
    expect((await searchCommunes({ query: "0600" }))[0].name).toBe("Nice");
  });

  test("nothing for gibberish or an empty query", async () => {
    expect(await searchCommunes({ query: "zzzzqx" })).toEqual([]);
    expect(await searchCommunes({ query: "  ---  " })).toEqual([]);
  });
});
