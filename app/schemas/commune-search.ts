import { z } from "zod";
import { freeText } from "./free-text";

/** The commune search box (GET /villes?q=… and the suggestions endpoint). */
export const CommuneSearchSchema = z.object({
  q: freeText().max(80).catch("").default(""),
});
