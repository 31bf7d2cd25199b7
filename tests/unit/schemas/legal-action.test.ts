import { parseWithZod } from "@conform-to/zod/v4";
import { describe, expect, test } from "vitest";
import { LegalActionSchema, LegalActionUpdateSchema, parseDocuments } from "~/modules/legal-actions/schema";
import { legalAction, legalActionUpdate } from "./cases/legal-action";
import { describeCases, errorsOf, formDataOf } from "./support";

describeCases(legalAction);
describeCases(legalActionUpdate);

describe("legal action schemas, parsed", () => {
  test.each(["2024-02-30", "2025-02-29", "2025-04-31", "2025-13-01"])("a day that does not exist (%s) is refused once, with the date's message", (day) => {
    const result = LegalActionUpdateSchema.safeParse({ happenedOn: day, text: "Audience fixée." });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["happenedOn", "legalActions.errors.date"]]);
  });
  test("defaults and normalised text", () => {
    expect(LegalActionSchema.parse({ ...legalAction.base, title: " Recours\u0000 ", summary: " Un recours\r\nen annulation. " })).toEqual({
      title: "Recours",
      communes: "",
      project: "",
      court: "TA de Nice",
      filedOn: "2025-03-14",
      status: "FILED",
      summary: "Un recours\nen annulation.",
      documents: "",
    });
    expect(LegalActionUpdateSchema.parse({ happenedOn: " 2025-06-01 ", text: " Audience " })).toEqual({ happenedOn: "2025-06-01", text: "Audience" });
  });

  test("parseDocuments reads one 'label | URL' a line", () => {
    expect(parseDocuments(" Requête | https://example.fr/a.pdf \n\nMémoire|http://example.fr/b.pdf")).toEqual([
      { label: "Requête", url: "https://example.fr/a.pdf" },
      { label: "Mémoire", url: "http://example.fr/b.pdf" },
    ]);
    expect(parseDocuments("")).toEqual([]);
    expect(parseDocuments("Requête https://example.fr/a.pdf")).toBeNull();
  });

  test("through Conform: empty optional fields are absent and fall back to their defaults", () => {
    const submission = parseWithZod(formDataOf({ ...(legalAction.base as Record<string, string>), communes: "", project: "", reportId: "", documents: "" }), {
      schema: LegalActionSchema,
    });
    expect(submission.status).toBe("success");
    expect(submission.status === "success" && submission.value).toMatchObject({ communes: "", project: "", documents: "" });
    expect(submission.status === "success" && submission.value.reportId).toBeUndefined();
  });

  test("through Conform: an empty form", () => {
    const submission = parseWithZod(formDataOf({ title: "", court: "", filedOn: "", status: "", summary: "" }), { schema: LegalActionSchema });
    expect(errorsOf(submission)).toEqual({
      title: ["legalActions.errors.title"],
      court: ["legalActions.errors.court"],
      filedOn: ["legalActions.errors.date"],
      status: ["legalActions.errors.status"],
      summary: ["legalActions.errors.summary"],
    });
  });
});
