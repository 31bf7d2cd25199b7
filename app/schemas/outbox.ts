import { z } from "zod";

/** The dev outbox's query string: an optional recipient, a page number; anything odd is ignored. */
export const OutboxQuerySchema = z.object({
  a: z.string().trim().max(254).catch("").default(""),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
