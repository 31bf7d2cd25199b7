import { z } from "zod";
import { freeText } from "./free-text";

export const AddOrganizerSchema = z.object({
  intent: z.literal("add"),
  email: freeText({ error: "errors.email.required" })
    .max(254, "errors.email.invalid")
    .pipe(z.email({ error: "errors.email.invalid" })),
  role: z.enum(["ORGANIZER", "ADMIN"], { error: "errors.role" }),
});

export const RemoveOrganizerSchema = z.object({
  intent: z.literal("remove"),
  organizerId: z.uuid(),
});
