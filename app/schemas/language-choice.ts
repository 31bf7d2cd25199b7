import { z } from "zod";
import { LANGS } from "~/utils/i18n";

export const LanguageChoiceSchema = z.object({
  lang: z.enum(LANGS),
  // Only a path on this site: never an open redirect.
  redirectTo: z
    .string()
    .regex(/^\/(?![/\\])/)
    .catch("/"),
});
