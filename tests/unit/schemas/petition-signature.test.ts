import { parseWithZod } from "@conform-to/zod/v4";
import { describe, expect, test } from "vitest";
import { SignPetitionSchema } from "~/modules/petitions/sign-schema";
import { signPetition } from "./cases/petition-signature";
import { describeCases, errorsOf, formDataOf } from "./support";

describeCases(signPetition);

describe("SignPetitionSchema, parsed", () => {
  test("normalises and trims the text, and defaults the checkboxes to false", () => {
    const value = SignPetitionSchema.parse({
      firstName: "  Ame\u0301lie\u0007 ",
      lastName: "\tDupont\u0000",
      email: " ann@example.fr ",
      postcode: " 75011 ",
      consentProcessing: true,
    });
    expect(value).toEqual({
      firstName: "Amélie",
      lastName: "Dupont",
      email: "ann@example.fr",
      residence: "france",
      postcode: "75011",
      country: null,
      consentProcessing: true,
      showName: false,
      wantsNewsletter: false,
      mayContact: false,
    });
  });
});

describe("SignPetitionSchema through Conform, as the server parses the form", () => {
  test("a filled-in form succeeds, checkboxes sent as 'on'", () => {
    const submission = parseWithZod(
      formDataOf({
        firstName: " Ann ",
        lastName: "Dupont",
        email: "ann@example.fr",
        postcode: "75011",
        consentProcessing: "on",
        wantsNewsletter: "on",
        mayContact: "on",
      }),
      { schema: SignPetitionSchema },
    );
    expect(submission.status).toBe("success");
    expect(submission.status === "success" && submission.value).toEqual({
      firstName: "Ann",
      lastName: "Dupont",
      email: "ann@example.fr",
      residence: "france",
      postcode: "75011",
      country: null,
      consentProcessing: true,
      showName: false,
      wantsNewsletter: true,
      mayContact: true,
    });
  });

  test("an empty form: empty fields are missing, so each says it is required", () => {
    const submission = parseWithZod(formDataOf({ firstName: "", lastName: "", email: "", postcode: "" }), { schema: SignPetitionSchema });
    expect(submission.status).toBe("error");
    expect(errorsOf(submission)).toEqual({
      firstName: ["errors.firstName.required"],
      lastName: ["errors.lastName.required"],
      email: ["errors.email.required"],
      postcode: ["errors.postcode.required"],
      consentProcessing: ["errors.consent.required"],
    });
  });

  test("invalid fields each get their own message", () => {
    const submission = parseWithZod(formDataOf({ firstName: "a".repeat(81), lastName: "Dupont", email: "ann@", postcode: "7501", consentProcessing: "on" }), {
      schema: SignPetitionSchema,
    });
    expect(submission.status).toBe("error");
    expect(errorsOf(submission)).toEqual({ firstName: ["errors.name.tooLong"], email: ["errors.email.invalid"], postcode: ["errors.postcode.invalid"] });
  });

  test("whitespace only is not a name: it is trimmed to nothing", () => {
    const submission = parseWithZod(formDataOf({ firstName: "   ", lastName: "Dupont", email: "ann@example.fr", postcode: "75011", consentProcessing: "on" }), {
      schema: SignPetitionSchema,
    });
    expect(errorsOf(submission)).toEqual({ firstName: ["errors.firstName.required"] });
  });
});

describe("SignPetitionSchema, supporters from abroad (issue 28)", () => {
  const abroad = { firstName: "Ann", lastName: "Dupont", email: "ann@example.be", residence: "abroad", consentProcessing: "on" };

  test("from abroad: a country and no postcode, whatever was typed in the postcode field", () => {
    const submission = parseWithZod(formDataOf({ ...abroad, country: "BE", postcode: "12" }), { schema: SignPetitionSchema });
    expect(submission.status === "success" && submission.value).toMatchObject({ residence: "abroad", country: "BE", postcode: null });
  });

  test("from France: the postcode, and the country field ignored", () => {
    const submission = parseWithZod(formDataOf({ ...abroad, residence: "france", postcode: "06000", country: "ZZ" }), { schema: SignPetitionSchema });
    expect(submission.status === "success" && submission.value).toMatchObject({ residence: "france", country: null, postcode: "06000" });
  });

  test.each([
    ["an unknown code", "ZZ", "errors.country.unknown"],
    ["France itself", "FR", "errors.country.unknown"],
    ["a lower-case code", "be", "errors.country.unknown"],
    ["a name instead of a code", "Belgique", "errors.country.unknown"],
    ["no country", "", "errors.country.required"],
  ])("%s is refused beside the country field", (_, country, message) => {
    const submission = parseWithZod(formDataOf({ ...abroad, country }), { schema: SignPetitionSchema });
    expect(errorsOf(submission)).toEqual({ country: [message] });
  });

  test("an empty form from abroad says what each field needs, the country included", () => {
    const submission = parseWithZod(formDataOf({ residence: "abroad", country: "", postcode: "" }), { schema: SignPetitionSchema });
    expect(errorsOf(submission)).toMatchObject({ country: ["errors.country.required"], email: ["errors.email.required"] });
    expect(errorsOf(submission)).not.toHaveProperty("postcode");
  });

  test("an unknown residence is refused beside its radio buttons", () => {
    const submission = parseWithZod(formDataOf({ ...abroad, residence: "mars", postcode: "06000" }), { schema: SignPetitionSchema });
    expect(errorsOf(submission)).toEqual({ residence: ["errors.residence.required"] });
  });
});
