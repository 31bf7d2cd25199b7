import { describe, expect, test } from "vitest";
import { CommuneSearchSchema } from "~/schemas/commune-search";
import { MIN_QUERY_LENGTH } from "~/schemas/choices";

describe("CommuneSearchSchema (GET /villes?q=…)", () => {
  test.each([
    ["no query", {}, ""],
    ["a query", { q: "Saint-Étienne" }, "Saint-Étienne"],
    ["a query, normalised and trimmed", { q: "  Saint-E\u0301tienne\u0000 " }, "Saint-Étienne"],
    ["an 80-character query", { q: "a".repeat(80) }, "a".repeat(80)],
    ["an 80-character query once trimmed", { q: ` ${"a".repeat(80)} ` }, "a".repeat(80)],
    ["an 81-character query: falls back to empty", { q: "a".repeat(81) }, ""],
    ["a repeated parameter: falls back to empty", { q: ["a", "b"] }, ""],
    ["a number: falls back to empty", { q: 42 }, ""],
  ])("%s", (_, input, q) => {
    expect(CommuneSearchSchema.parse(input)).toEqual({ q });
  });

  test("never fails, and suggestions start at two characters", () => {
    expect(CommuneSearchSchema.safeParse({ q: null }).success).toBe(true);
    expect(MIN_QUERY_LENGTH).toBe(2);
  });
});
