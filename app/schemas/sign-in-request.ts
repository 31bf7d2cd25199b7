import { z } from "zod";

/** The organizer sign-in form: an email address. */
export const SignInRequestSchema = z.object({
  email: z
    .string({ error: "errors.email.required" })
    .trim()
    .max(254, "errors.email.invalid")
    .pipe(z.email({ error: "errors.email.invalid" })),
  redirectTo: z
    .string()
    .regex(/^\/admin(\/|$|\?)/)
    .optional()
    .catch(undefined),
});
