// The petitions' queue that their own code enqueues to, by name and options: admin.server.ts
// starts the fan-out (as part of its transactions), notify-signers.server.ts enqueues each next
// batch, and jobs.server.ts gives it its handler. No server code here.
import type { QueueDefinition } from "~/utils/queues";

/** Email one batch of a petition's confirmed signers about its delivery or the mayor's response (data: { petitionId, kind, after? }). */
export const NOTIFY_SIGNERS_QUEUE = {
  name: "notify-signers",
  options: { retryLimit: 5, retryDelay: 30, retryBackoff: true, expireInSeconds: 600 },
} satisfies QueueDefinition;
