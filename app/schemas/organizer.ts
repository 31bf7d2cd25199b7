import { z } from "zod";
import { confirmField } from "./confirm";
import { freeText } from "./free-text";

export const AddOrganizerSchema = z.object({
  intent: z.literal("add"),
  email: freeText({ error: "errors.email.required" })
    .max(254, "errors.email.invalid")
    .pipe(z.email({ error: "errors.email.invalid" })),
  // COORDINATOR (issue 25): a local group's coordinator, who acts only in their groups' territory
  // (given a group on /admin/groupes).
  role: z.enum(["ORGANIZER", "ADMIN", "COORDINATOR"], { error: "errors.role" }),
});

/** Removing an organizer takes effect only with confirm=1 (the second submit of its confirmation). */
export const RemoveOrganizerSchema = z.object({
  intent: z.literal("remove"),
  organizerId: z.uuid(),
  confirm: confirmField,
});
