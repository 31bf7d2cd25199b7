import { parseWithZod } from "@conform-to/zod/v4";
import { describe, expect, test } from "vitest";
import { CompanyAdminSchema, MapFilterSchema, ProjectAdminSchema } from "~/modules/projects/project-schema";
import { companyAdmin, companyFields, mapFilter, projectEvent, projectOthers, projectStatus, UUID } from "./cases/project";
import { describeCases, errorsOf, formDataOf } from "./support";

describeCases(projectStatus);
describeCases(projectEvent);
projectOthers.forEach(describeCases);
describeCases(companyFields);
companyAdmin.forEach(describeCases);
describeCases(mapFilter);

describe("project schemas, parsed", () => {
  test("an event: text normalised and trimmed, an unknown status dropped", () => {
    expect(ProjectAdminSchema.parse({ intent: "event", occurredOn: " 2025-02-01 ", text: " Vote\u0000 ", status: "PAUSED" })).toEqual({
      intent: "event",
      occurredOn: "2025-02-01",
      text: "Vote",
    });
  });

  test("a company: each intent gives its own shape", () => {
    expect(CompanyAdminSchema.parse({ intent: "create", name: " Acme ", kind: "VENDOR", website: " https://acme.example/ " })).toEqual({
      intent: "create",
      name: "Acme",
      kind: "VENDOR",
      website: "https://acme.example/",
    });
    expect(CompanyAdminSchema.parse({ intent: "merge", id: UUID, intoId: UUID, name: "x" })).toEqual({ intent: "merge", id: UUID, intoId: UUID });
  });

  test.each([
    ["no filter", {}, {}],
    [
      "every filter, the department upper-cased",
      { type: "DRONES", statut: "BANNED", departement: " 2a " },
      { type: "DRONES", statut: "BANNED", departement: "2A" },
    ],
    ["malformed values dropped", { type: "X", statut: "PAUSED", departement: "1" }, {}],
  ])("the map's filters: %s", (_, input, output) => {
    expect(MapFilterSchema.parse(input)).toEqual(output);
  });

  test("through Conform: an event with nothing filled in", () => {
    const submission = parseWithZod(formDataOf({ intent: "event", occurredOn: "", text: "", status: "" }), { schema: ProjectAdminSchema });
    expect(errorsOf(submission)).toEqual({ occurredOn: ["projects.errors.date"], text: ["projects.errors.eventText"] });
  });

  test("through Conform: an unknown intent is refused", () => {
    const submission = parseWithZod(formDataOf({ intent: "delete" }), { schema: ProjectAdminSchema });
    expect(submission.status).toBe("error");
    expect(Object.keys(errorsOf(submission) ?? {})).toEqual(["intent"]);
  });
});
