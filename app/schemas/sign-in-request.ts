import { z } from "zod";
import { freeText } from "./free-text";
import { safeRedirectPath } from "~/utils/safe-redirect";

/** The organizer sign-in form: an email address. */
export const SignInRequestSchema = z.object({
  email: freeText({ error: "errors.email.required" })
    .max(254, "errors.email.invalid")
    .pipe(z.email({ error: "errors.email.invalid" })),
  redirectTo: z
    .string()
    .transform((value) => safeRedirectPath(value, ""))
    .pipe(z.string().regex(/^\/admin(\/|$|\?)/))
    .optional()
    .catch(undefined),
});
