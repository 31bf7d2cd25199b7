// The legal-action form names communes as organizers write them, not only by slug or INSEE code.
import { describe, expect, test } from "vitest";
import { resolveCommunes } from "~/modules/legal-actions/legal-action.server";

describe("communes of a legal action", () => {
  test("names (accents and case aside), slugs and INSEE codes; an ambiguous name is not guessed", async () => {
    expect(await resolveCommunes("Nice, saint etienne, marseille, 31555")).toEqual({ inseeCodes: ["06088", "42218", "13055", "31555"], unknown: [] });
    const ambiguous = await resolveCommunes("Saint-Denis, Nulle-Part");
    expect(ambiguous.unknown).toEqual(["Saint-Denis", "Nulle-Part"]);
    expect(await resolveCommunes("93066")).toEqual({ inseeCodes: ["93066"], unknown: [] });
    expect(await resolveCommunes("")).toEqual({ inseeCodes: [], unknown: [] });
  });
});
