import { expect, test } from "vitest";
import { countryName, countryOptions } from "~/modules/petitions/countries";
import { ABROAD_COUNTRIES, isAbroadCountry } from "~/modules/petitions/country-codes";

test("the countries from abroad: the 249 assigned ISO 3166-1 alpha-2 codes less France, each named in French and English", () => {
  expect(ABROAD_COUNTRIES).toHaveLength(248);
  expect(new Set(ABROAD_COUNTRIES).size).toBe(248);
  expect(isAbroadCountry("FR")).toBe(false);
  for (const code of ["BE", "CH", "DE", "US", "NC", "RE"]) expect(isAbroadCountry(code)).toBe(true);
  // Reserved, withdrawn or user-assigned codes that the runtime can still name are not countries.
  for (const code of ["EU", "UN", "XK", "ZZ", "UK", "SU", "YU", "be", ""]) expect(isAbroadCountry(code)).toBe(false);
  for (const code of ABROAD_COUNTRIES) for (const lang of ["fr", "en"] as const) expect(countryName(lang, code), `${code} in ${lang}`).not.toBe(code);
  expect(countryName("fr", "BE")).toBe("Belgique");
  expect(countryName("en", "BE")).toBe("Belgium");
});

test("the select's options are sorted by name in the reader's language", () => {
  const fr = countryOptions("fr").map((option) => option.name);
  expect(fr.indexOf("Égypte")).toBeLessThan(fr.indexOf("Espagne"));
  expect(fr[0]).toBe("Afghanistan");
  expect(countryOptions("en").find((option) => option.code === "DE")?.name).toBe("Germany");
});
