import { z } from "zod";
import { normalizeText } from "~/utils/text";

/**
 * Every free-text field of every form: a string normalised on input (NFC, no control characters
 * but newline and tab, app/utils/text.ts) and trimmed; chain .min() and .max() as on z.string().
 */
export function freeText(params?: Parameters<typeof z.string>[0]) {
  return z.string(params).overwrite(normalizeText).trim();
}
