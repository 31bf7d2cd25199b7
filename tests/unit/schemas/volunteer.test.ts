import { parseWithZod } from "@conform-to/zod/v4";
import { describe, expect, test } from "vitest";
import { MarkContactedSchema, VolunteerFilterSchema, VolunteerSchema } from "~/modules/volunteers/schema";
import { markContacted, volunteer, volunteerFilter, volunteerProfile } from "./cases/volunteer";
import { describeCases, errorsOf, formDataOf } from "./support";

describeCases(volunteerProfile);
describeCases(volunteer);
describeCases(volunteerFilter);
describeCases(markContacted);

const UUID = "0b9f4a3e-8d6c-4c1e-9a51-2f3b4c5d6e7f";

describe("volunteer schemas, parsed", () => {
  test("the sign-up form keeps a valid INSEE code, normalises and trims text", () => {
    const value = VolunteerSchema.parse({
      name: " Camille\u0000 ",
      commune: " Saint-E\u0301tienne ",
      inseeCode: "42218",
      skills: ["PRESS"],
      availability: "WEEKLY",
      languages: " français, English ",
      message: " Bonjour\r\nà tous\u0007 ",
      email: " camille@example.fr ",
      consentContact: true,
    });
    expect(value).toEqual({
      name: "Camille",
      commune: "Saint-Étienne",
      inseeCode: "42218",
      skills: ["PRESS"],
      availability: "WEEKLY",
      languages: "français, English",
      message: "Bonjour\nà tous",
      email: "camille@example.fr",
      consentContact: true,
    });
  });

  test("a malformed INSEE code falls back to undefined", () => {
    expect(VolunteerSchema.parse({ ...volunteer.base, inseeCode: "Lyon" }).inseeCode).toBeUndefined();
  });

  test("the organizers' filters: defaults, and malformed values dropped", () => {
    expect(VolunteerFilterSchema.parse({})).toEqual({ commune: "" });
    expect(VolunteerFilterSchema.parse({ departement: " 69 ", commune: " Lyon ", competence: "LEGAL" })).toEqual({
      departement: "69",
      commune: "Lyon",
      competence: "LEGAL",
    });
    expect(VolunteerFilterSchema.parse({ departement: "6", commune: "x".repeat(81), competence: "COOKING" })).toEqual({ commune: "" });
    expect(VolunteerFilterSchema.parse({ commune: "x".repeat(80) }).commune).toHaveLength(80);
  });

  test("marking a volunteer contacted trims the note", () => {
    expect(MarkContactedSchema.parse({ volunteerId: UUID, note: " called\u0000 " })).toEqual({ volunteerId: UUID, note: "called" });
  });
});

describe("VolunteerSchema through Conform, as the server parses the form", () => {
  const filled = { name: "Camille", commune: "Lyon", skills: ["LEGAL", "PRESS"], availability: "MONTHLY", email: "camille@example.fr", consentContact: "on" };

  test("a filled-in form succeeds: repeated skills are an array, the checkbox a boolean, empty optional fields absent", () => {
    const submission = parseWithZod(formDataOf({ ...filled, languages: "", message: "", inseeCode: "" }), { schema: VolunteerSchema });
    expect(submission.status).toBe("success");
    expect(submission.status === "success" && submission.value).toEqual({
      name: "Camille",
      commune: "Lyon",
      skills: ["LEGAL", "PRESS"],
      availability: "MONTHLY",
      email: "camille@example.fr",
      consentContact: true,
    });
  });

  test("one ticked skill is still an array", () => {
    const submission = parseWithZod(formDataOf({ ...filled, skills: "DESIGN" }), { schema: VolunteerSchema });
    expect(submission.status === "success" && submission.value.skills).toEqual(["DESIGN"]);
  });

  test("an empty form: each required field says so", () => {
    const submission = parseWithZod(formDataOf({ name: "", commune: "", availability: "", email: "", languages: "", message: "" }), {
      schema: VolunteerSchema,
    });
    expect(submission.status).toBe("error");
    expect(errorsOf(submission)).toEqual({
      name: ["volunteers.errors.name"],
      commune: ["reports.errors.commune"],
      skills: ["volunteers.errors.skills"],
      availability: ["volunteers.errors.availability"],
      email: ["errors.email.required"],
      consentContact: ["volunteers.errors.consent"],
    });
  });

  test("over-long and unknown values each get their own message", () => {
    const submission = parseWithZod(
      formDataOf({ ...filled, name: "x".repeat(81), availability: "DAILY", languages: "x".repeat(201), message: "x".repeat(2_001), email: "camille" }),
      { schema: VolunteerSchema },
    );
    expect(submission.status).toBe("error");
    expect(errorsOf(submission)).toEqual({
      name: ["errors.name.tooLong"],
      availability: ["volunteers.errors.availability"],
      languages: ["volunteers.errors.languages"],
      message: ["volunteers.errors.message"],
      email: ["errors.email.invalid"],
    });
  });
});
