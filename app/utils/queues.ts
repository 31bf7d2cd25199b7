// Every background queue, with its retry policy (emails are not here: queued email_message rows
// are sent by the worker's dispatcher, app/jobs/dispatch-emails.server.ts). Handlers live in app/jobs/*.server.ts and
// are wired in app/jobs/worker.server.ts; this file only names things so that any process
// can enqueue.
import type PgBoss from "pg-boss";

export const QUEUES = {
  /** Run every registered deletion rule (scheduled daily). */
  retention: {
    name: "retention",
    options: { retryLimit: 3, retryDelay: 60, expireInSeconds: 1800 },
  },
  /** Recount every petition from its signatures and correct drift (scheduled nightly). */
  recountPetitions: {
    name: "recount-petitions",
    options: { retryLimit: 3, retryDelay: 300, expireInSeconds: 3600 },
  },
  /** Email one batch of a petition's confirmed signers about its delivery or the mayor's response (data: { petitionId, kind, after? }). */
  notifySigners: {
    name: "notify-signers",
    options: { retryLimit: 5, retryDelay: 30, retryBackoff: true, expireInSeconds: 600 },
  },
  // Newsletter digests (issue 7)
  /** Freeze and start the next digest if anything was published (DIGEST_CRON, Europe/Paris). */
  digest: {
    name: "digest",
    options: { retryLimit: 3, retryDelay: 60, expireInSeconds: 600 },
  },
  /** Send one digest's batches (data: { digestId }); resumable, one sender at a time. */
  sendDigest: {
    name: "send-digest",
    options: { retryLimit: 20, retryDelay: 5, retryBackoff: true, expireInSeconds: 1800 },
  },
  /** Re-enqueue digests whose sender died (lease expired), every few minutes. */
  resumeDigests: {
    name: "resume-digests",
    options: { retryLimit: 1, retryDelay: 60, expireInSeconds: 300 },
  },
  /** Issue and email last year's tax receipts (scheduled in January; does nothing unless RECEIPTS_ENABLED). */
  sendTaxReceipts: {
    name: "send-tax-receipts",
    options: { retryLimit: 3, retryDelay: 600, expireInSeconds: 3600 },
  },
  /** Email the document-request reminders due (issue 14; hourly, each reminder once). */
  documentRequestReminders: { name: "document-request-reminders", options: { retryLimit: 3, retryDelay: 300, expireInSeconds: 1800 } },
  // --- issue 16: equal work for known and unknown addresses
  /** A sign-in, newsletter, volunteer or donation-portal request, sealed (data: { sealed }): app/models/address-request.server.ts. */
  answerAddressRequest: {
    name: "answer-address-request",
    options: { retryLimit: 5, retryDelay: 5, retryBackoff: true, expireInSeconds: 120 },
  },
} as const satisfies Record<string, { name: string; options: Omit<PgBoss.Queue, "name"> }>;

export type QueueKey = keyof typeof QUEUES;

/** Cron schedules, Europe/Paris time. pg-boss runs each once per tick whatever the number of workers. */
export const SCHEDULES: { queue: QueueKey; cron: string }[] = [
  { queue: "retention", cron: "17 3 * * *" },
  { queue: "recountPetitions", cron: "41 4 * * *" },
  { queue: "resumeDigests", cron: "*/5 * * * *" },
  { queue: "sendTaxReceipts", cron: "0 10 15 1 *" },
  { queue: "documentRequestReminders", cron: "23 * * * *" },
];

/** How often the worker adds new confirmations to the petition counts. */
export const TALLY_INTERVAL_MS = 2_000;
