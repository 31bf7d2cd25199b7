import { parseWithZod } from "@conform-to/zod/v4";
import { describe, expect, test } from "vitest";
import { InvalidationSchema, PetitionSchema, ResponseSchema } from "~/modules/petitions/admin-schema";
import { invalidationByDomain, invalidationByIp, invalidationByTime, openPetition, petitionCases, response, statusIntent } from "./cases/petition-admin";
import { describeCases, errorsOf, formDataOf } from "./support";

describeCases(petitionCases);
describeCases(openPetition);
describeCases(invalidationByDomain);
describeCases(invalidationByIp);
describeCases(invalidationByTime);
describeCases(response);
describeCases(statusIntent);

describe("petition admin schemas, parsed", () => {
  test("the petition: goal as a number, text normalised and trimmed", () => {
    expect(PetitionSchema.parse({ ...petitionCases.base, title: " Non\u0000 ", goal: " 500 " })).toEqual({ ...petitionCases.base, title: "Non", goal: 500 });
  });

  test.each([
    ["a domain, lower-cased", " Spam.EXAMPLE ", "spam.example"],
    ["an address: its domain", "Bot@Spam.example", "spam.example"],
  ])("invalidation by %s", (_, domain, expected) => {
    expect(InvalidationSchema.parse({ intent: "preview", by: "domain", domain })).toEqual({ intent: "preview", by: "domain", domain: expected });
  });

  test("invalidation by time: minutes read as UTC", () => {
    expect(InvalidationSchema.parse(invalidationByTime.base)).toEqual({
      intent: "preview",
      by: "time",
      from: new Date("2025-05-01T10:00:00Z"),
      to: new Date("2025-05-01T11:00:00Z"),
    });
  });

  test("through Conform: an empty goal is required, not zero", () => {
    const submission = parseWithZod(formDataOf({ ...(petitionCases.base as Record<string, string>), goal: "" }), { schema: PetitionSchema });
    expect(errorsOf(submission)).toEqual({ goal: ["errors.petitionAdmin.goal"] });
  });

  test("through Conform: the time window's error is on its end", () => {
    const submission = parseWithZod(formDataOf({ intent: "preview", by: "time", from: "2025-05-02T00:00", to: "2025-05-01T00:00" }), {
      schema: InvalidationSchema,
    });
    expect(errorsOf(submission)).toEqual({ to: ["errors.petitionAdmin.window"] });
  });

  test("through Conform: an empty response", () => {
    const submission = parseWithZod(formDataOf({ intent: "response", response: "" }), { schema: ResponseSchema });
    expect(errorsOf(submission)).toEqual({ response: ["errors.petitionAdmin.response"] });
  });
});
