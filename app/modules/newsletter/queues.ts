// The newsletter's queues, by name and options: digest.server.ts enqueues to them (as part of its
// transactions), jobs.server.ts gives them their handlers. No server code here.
import type { QueueDefinition } from "~/utils/queues";

/** Freeze and start the next digest if anything was published (DIGEST_CRON, Europe/Paris). */
export const digestQueue = {
  name: "digest",
  options: { retryLimit: 3, retryDelay: 60, expireInSeconds: 600 },
} satisfies QueueDefinition;

/** Send one digest's batches (data: { digestId }); resumable, one sender at a time. */
export const sendDigestQueue = {
  name: "send-digest",
  options: { retryLimit: 20, retryDelay: 5, retryBackoff: true, expireInSeconds: 1800 },
} satisfies QueueDefinition;

/** Re-enqueue digests whose sender died (lease expired), every few minutes. */
export const resumeDigestsQueue = {
  name: "resume-digests",
  options: { retryLimit: 1, retryDelay: 60, expireInSeconds: 300 },
} satisfies QueueDefinition;
