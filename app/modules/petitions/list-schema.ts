import { z } from "zod";

/** The public list's query (/petitions?tri=ville): sorted by city, else by count. */
export const PetitionListQuerySchema = z.object({
  tri: z.enum(["ville"]).optional().catch(undefined),
});
