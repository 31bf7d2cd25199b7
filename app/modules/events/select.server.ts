import type { Prisma } from "~/generated/prisma/client";

/**
 * What every view of an event reads (its page, its admin page, the calendar feeds): its facts
 * and its state. Each view adds what it alone needs.
 */
export const EVENT_FACTS_SELECT = {
  id: true,
  slug: true,
  kind: true,
  title: true,
  description: true,
  startsAt: true,
  endsAt: true,
  address: true,
  capacity: true,
  registration: true,
  status: true,
  publishedAt: true,
} as const satisfies Prisma.EventSelect;
