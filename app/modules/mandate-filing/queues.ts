import type { QueueDefinition } from "~/utils/queues";

/** One batch of a filed campaign's notices (data: { campaignId, after? }): see notice.server.ts. */
export const FILED_NOTICE_QUEUE = {
  name: "mandate-filed-notice",
  options: { retryLimit: 5, retryDelay: 30, retryBackoff: true, expireInSeconds: 600 },
} satisfies QueueDefinition;
