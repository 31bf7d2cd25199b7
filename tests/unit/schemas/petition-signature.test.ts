import { parseWithZod } from "@conform-to/zod/v4";
import { describe, expect, test } from "vitest";
import { SignPetitionSchema } from "~/schemas/petition-signature";
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
      postcode: "75011",
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
      postcode: "75011",
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
