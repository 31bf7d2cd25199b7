import { parseWithZod } from "@conform-to/zod/v4";
import { describe, expect, test } from "vitest";
import { AddOrganizerSchema, RemoveOrganizerSchema } from "~/schemas/organizer";
import { addOrganizer, removeOrganizer, UUID } from "./cases/small";
import { describeCases, errorsOf, formDataOf } from "./support";

describeCases(addOrganizer);
describeCases(removeOrganizer);

describe("organizer schemas, parsed", () => {
  test("adding trims the address", () => {
    expect(AddOrganizerSchema.parse({ intent: "add", email: " ann@example.fr ", role: "ADMIN" })).toEqual({
      intent: "add",
      email: "ann@example.fr",
      role: "ADMIN",
    });
    expect(RemoveOrganizerSchema.parse({ intent: "remove", organizerId: UUID })).toEqual({ intent: "remove", organizerId: UUID });
  });

  test("through Conform: an empty form says what is missing", () => {
    const submission = parseWithZod(formDataOf({ intent: "add", email: "", role: "" }), { schema: AddOrganizerSchema });
    expect(errorsOf(submission)).toEqual({ email: ["errors.email.required"], role: ["errors.role"] });
  });
});
