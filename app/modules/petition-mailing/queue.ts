import type { QueueDefinition } from "~/utils/queues";

/** One batch of a mailing's emails (data: { mailingId, after? }): see mailing.server.ts. */
export const MAILING_QUEUE = {
  name: "petition-mailing-send",
  options: { retryLimit: 5, retryDelay: 30, retryBackoff: true, expireInSeconds: 600 },
} satisfies QueueDefinition;
