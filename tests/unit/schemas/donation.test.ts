import { parseWithZod } from "@conform-to/zod/v4";
import { describe, expect, test } from "vitest";
import { donationSchema, parseEuros, PortalRequestSchema } from "~/modules/donations/schema";
import { costAfterDeduction } from "~/modules/donations/choices";
import { donation, donationFields, MAX_EUROS, portalRequest } from "./cases/donation";
import { describeCases, errorsOf, formDataOf, issuesOf } from "./support";

describeCases(donationFields);
describeCases(donation);
describeCases(portalRequest);

describe("donationSchema, parsed", () => {
  const schema = donationSchema(MAX_EUROS);

  test.each([
    ["a preset", { kind: "ONE_OFF", preset: "50", custom: "999" }, { kind: "ONE_OFF", amount: 5_000, receiptIdentity: null }],
    ["another amount", { kind: "MONTHLY", preset: "other", custom: "12,5" }, { kind: "MONTHLY", amount: 1_250, receiptIdentity: null }],
    [
      "a receipt identity, normalised and trimmed",
      { kind: "ONE_OFF", preset: "25", name: " Ame\u0301lie ", address: " 1 rue\u0000 ", postcode: " 75002 ", city: " Paris " },
      { kind: "ONE_OFF", amount: 2_500, receiptIdentity: { name: "Amélie", address: "1 rue", postcode: "75002", city: "Paris" } },
    ],
  ])("%s", (_, input, output) => {
    expect(schema.parse(input)).toEqual(output);
  });

  test("a partial identity names every missing field", () => {
    expect(issuesOf(schema, { kind: "ONE_OFF", preset: "25", city: "Paris" })).toEqual([
      { path: "name", message: "errors.donation.receiptIncomplete" },
      { path: "address", message: "errors.donation.receiptIncomplete" },
      { path: "postcode", message: "errors.donation.receiptIncomplete" },
    ]);
  });

  test("the maximum comes from the configuration", () => {
    expect(donationSchema(50).safeParse({ kind: "ONE_OFF", preset: "50" }).success).toBe(true);
    expect(issuesOf(donationSchema(50), { kind: "ONE_OFF", preset: "100" })).toEqual([{ path: "custom", message: "errors.donation.amountTooLarge" }]);
  });

  test.each([
    ["25", 2_500],
    ["25,50", 2_550],
    ["25.5", 2_550],
    [" 1 000 € ", 100_000],
    ["-3", -300],
    ["25,555", null],
    ["", null],
    ["1e3", null],
  ])("parseEuros(%j)", (text, cents) => {
    expect(parseEuros(text)).toBe(cents);
  });

  test("costAfterDeduction leaves 34 %", () => {
    expect(costAfterDeduction(10_000)).toBe(3_400);
  });

  test("through Conform: empty identity fields are absent, not incomplete", () => {
    const submission = parseWithZod(formDataOf({ kind: "ONE_OFF", preset: "other", custom: "30", name: "", address: "", postcode: "", city: "" }), { schema });
    expect(submission.status === "success" && submission.value).toEqual({ kind: "ONE_OFF", amount: 3_000, receiptIdentity: null });
  });

  test("through Conform: an empty form asks for the kind first", () => {
    const submission = parseWithZod(formDataOf({ kind: "", custom: "" }), { schema });
    expect(errorsOf(submission)).toEqual({ kind: ["errors.donation.kind"] });
  });

  test("the portal request trims the address", () => {
    expect(PortalRequestSchema.parse({ email: " ann@example.fr " })).toEqual({ email: "ann@example.fr" });
  });
});
