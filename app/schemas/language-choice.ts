import { z } from "zod";
import { LANGS } from "~/utils/i18n";
import { safeRedirectPath } from "~/utils/safe-redirect";

export const LanguageChoiceSchema = z.object({
  lang: z.enum(LANGS),
  // Only a path on this site: never an open redirect.
  redirectTo: z
    .string()
    .transform((value) => safeRedirectPath(value))
    .catch("/"),
});
