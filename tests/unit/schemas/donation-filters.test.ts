import { describe, expect, test } from "vitest";
import { DonationFiltersSchema, IssueReceiptsSchema } from "~/modules/donations/filters";

describe("DonationFiltersSchema (the query string of /admin/dons)", () => {
  test.each([
    ["no filter", {}, {}],
    [
      "every filter",
      { from: "2025-01-01", to: "2025-12-31", kind: "MONTHLY", status: "PAID" },
      { from: new Date("2025-01-01T00:00:00Z"), to: new Date("2025-12-31T00:00:00Z"), kind: "MONTHLY", status: "PAID" },
    ],
    ["a date that is not YYYY-MM-DD: dropped", { from: "01/02/2025", to: "2025-1-1" }, {}],
    ["a day that does not exist: dropped, not an Invalid Date nor the next month", { from: "2024-13-45", to: "2024-02-30" }, {}],
    ["an unknown kind and status: dropped", { kind: "YEARLY", status: "LOST" }, {}],
    ["repeated parameters: dropped", { kind: ["ONE_OFF", "MONTHLY"], from: ["2025-01-01"] }, {}],
  ])("%s", (_, input, output) => {
    expect(DonationFiltersSchema.parse(input)).toEqual(output);
  });
});

describe("IssueReceiptsSchema", () => {
  test.each([
    ["2000", 2000],
    ["2100", 2100],
    [2025, 2025],
  ])("accepts the year %j", (year, expected) => {
    expect(IssueReceiptsSchema.parse({ year })).toEqual({ year: expected });
  });

  test.each([["1999"], ["2101"], ["2025.5"], ["deux mille"], [undefined]])("refuses the year %j", (year) => {
    const result = IssueReceiptsSchema.safeParse({ year });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([["year"]]);
  });
});
