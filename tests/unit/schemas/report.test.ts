import { parseWithZod } from "@conform-to/zod/v4";
import { describe, expect, test } from "vitest";
import { ModerationSchema, ProjectListFilterSchema, QueueFilterSchema, ReportSchema } from "~/modules/projects/report-schema";
import { moderationOthers, moderationSave, projectFieldsCases, projectListFilter, queueFilter, report, UUID } from "./cases/report";
import { describeCases, errorsOf, formDataOf } from "./support";

describeCases(projectFieldsCases);
describeCases(report);
describeCases(moderationSave);
describeCases(moderationOthers);
describeCases(queueFilter);
describeCases(projectListFilter);

describe("report schemas, parsed", () => {
  test("the report form normalises and trims text and defaults mayCredit", () => {
    const value = ReportSchema.parse({
      kind: "DRONES",
      title: " Drones\u0000 ",
      description: " Des drones survolent la manifestation.\r\nDeuxie\u0300me ligne ",
      sources: " https://example.fr/a \n\n https://example.fr/b ",
      commune: " Nice ",
      inseeCode: "06088",
      email: " ann@example.fr ",
    });
    expect(value).toEqual({
      kind: "DRONES",
      title: "Drones",
      description: "Des drones survolent la manifestation.\nDeuxième ligne",
      sources: "https://example.fr/a \n\n https://example.fr/b",
      commune: "Nice",
      inseeCode: "06088",
      email: "ann@example.fr",
      mayCredit: false,
    });
  });

  test("a malformed INSEE code falls back to undefined", () => {
    expect(ReportSchema.parse({ ...report.base, inseeCode: "Nice" }).inseeCode).toBeUndefined();
  });

  test("moderation: each intent gives its own shape", () => {
    expect(ModerationSchema.parse({ intent: "merge", intoId: UUID })).toEqual({ intent: "merge", intoId: UUID });
    expect(ModerationSchema.parse({ intent: "decline", reason: " Doublon\u0000 " })).toEqual({ intent: "decline", reason: "Doublon" });
    expect(ModerationSchema.parse({ intent: "takedown", reason: " Retrait " })).toEqual({ intent: "takedown", reason: "Retrait" });
  });

  test("the queue's filters: defaults, and malformed values dropped", () => {
    expect(QueueFilterSchema.parse({})).toEqual({ ville: "" });
    expect(QueueFilterSchema.parse({ ville: " Nice ", type: "DRONES", age: "week" })).toEqual({ ville: "Nice", type: "DRONES", age: "week" });
    expect(QueueFilterSchema.parse({ ville: "x".repeat(81), type: "X", age: "year" })).toEqual({ ville: "" });
    expect(QueueFilterSchema.parse({ ville: "x".repeat(80) }).ville).toHaveLength(80);
  });

  test("the list's filters: a department is kept as typed, anything else dropped", () => {
    expect(ProjectListFilterSchema.parse({ type: "DRONES", departement: " 2A " })).toEqual({ type: "DRONES", departement: "2A" });
    expect(ProjectListFilterSchema.parse({ departement: "974" })).toEqual({ departement: "974" });
    expect(ProjectListFilterSchema.parse({ type: "X", departement: "2C" })).toEqual({});
  });
});

describe("ReportSchema through Conform, as the server parses the form", () => {
  const filled = { kind: "DRONES", title: "Drones", description: "Des drones survolent la manifestation.", commune: "Nice", email: "ann@example.fr" };

  test("a filled-in form succeeds: empty optional fields are absent, the checkbox a boolean", () => {
    const submission = parseWithZod(
      formDataOf({ ...filled, startedOn: "", actors: "", sources: "", inseeCode: "06088", mayCredit: "on", creditName: " Ann " }),
      {
        schema: ReportSchema,
      },
    );
    expect(submission.status).toBe("success");
    expect(submission.status === "success" && submission.value).toEqual({ ...filled, inseeCode: "06088", mayCredit: true, creditName: "Ann" });
  });

  test("an empty form: each required field says it is required, once", () => {
    const submission = parseWithZod(formDataOf({ kind: "", title: "", description: "", commune: "", email: "", sources: "" }), { schema: ReportSchema });
    expect(submission.status).toBe("error");
    expect(errorsOf(submission)).toEqual({
      kind: ["reports.errors.kind"],
      title: ["reports.errors.title"],
      description: ["reports.errors.description"],
      commune: ["reports.errors.commune"],
      email: ["errors.email.required"],
    });
  });

  test("too short, too long and malformed fields each get their own message", () => {
    const submission = parseWithZod(
      formDataOf({ ...filled, title: "ab", description: "x".repeat(10_001), sources: "pas une adresse", creditName: "x".repeat(81), email: "ann" }),
      { schema: ReportSchema },
    );
    expect(submission.status).toBe("error");
    expect(errorsOf(submission)).toEqual({
      title: ["reports.errors.titleShort"],
      description: ["reports.errors.descriptionLong"],
      sources: ["reports.errors.sources"],
      creditName: ["errors.name.tooLong"],
      email: ["errors.email.invalid"],
    });
  });

  test("moderation rejects an unknown intent", () => {
    const submission = parseWithZod(formDataOf({ intent: "delete", reason: "x" }), { schema: ModerationSchema });
    expect(submission.status).toBe("error");
    expect(Object.keys(errorsOf(submission) ?? {})).toEqual(["intent"]);
  });
});
