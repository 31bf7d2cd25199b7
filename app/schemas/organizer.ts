import { z } from "zod";

export const AddOrganizerSchema = z.object({
  intent: z.literal("add"),
  email: z
    .string({ error: "errors.email.required" })
    .trim()
    .max(254, "errors.email.invalid")
    .pipe(z.email({ error: "errors.email.invalid" })),
  role: z.enum(["ORGANIZER", "ADMIN"], { error: "errors.role" }),
});

export const RemoveOrganizerSchema = z.object({
  intent: z.literal("remove"),
  organizerId: z.uuid(),
});
