import { describe, expect, test } from "vitest";
import { searchKey, slugify } from "~/utils/text";

describe("searchKey", () => {
  test("ignores accents, case and punctuation", () => {
    expect(searchKey("Saint-Étienne")).toBe("saint etienne");
    expect(searchKey("  SAINT etienne ")).toBe("saint etienne");
    expect(searchKey("L'Haÿ-les-Roses")).toBe("l hay les roses");
    expect(searchKey("Œuilly")).toBe("oeuilly");
  });
});

describe("slugify", () => {
  test("gives readable URL segments", () => {
    expect(slugify("Nice")).toBe("nice");
    expect(slugify("Saint-Étienne")).toBe("saint-etienne");
    expect(slugify("L'Haÿ-les-Roses")).toBe("l-hay-les-roses");
  });
});
