import { SignPetitionSchema } from "./sign-schema";
import { cached } from "~/utils/memo.server";
import { postcodeExists } from "./petition.server";

const knownPostcode = (postcode: string) => cached(`postcode:${postcode}`, 5 * 60_000, () => postcodeExists(postcode));

/**
 * The signing form's schema, plus what only the server can check; built once (Conform caches its
 * coercion per schema). In a server module: a schema built at the top of a route module would
 * stay in its browser bundle, and Zod with it.
 */
export const SignPetitionServerSchema = SignPetitionSchema.superRefine(async (value, ctx) => {
  if (value.postcode !== null && !(await knownPostcode(value.postcode)))
    ctx.addIssue({ code: "custom", path: ["postcode"], message: "errors.postcode.unknown" });
});
