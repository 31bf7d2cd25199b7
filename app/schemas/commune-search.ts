import { z } from "zod";

/** The commune search box (GET /villes?q=… and the suggestions endpoint). */
export const CommuneSearchSchema = z.object({
  q: z
    .string()
    .trim()
    .max(80)
    .catch("")
    .default(""),
});

export const MIN_QUERY_LENGTH = 2;
