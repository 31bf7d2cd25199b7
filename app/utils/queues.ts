// The background queues that predate feature modules, with their retry policy (emails are not
// here: queued email_message rows are sent by the worker's dispatcher,
// app/jobs/dispatch-emails.server.ts). Handlers live in app/jobs/*.server.ts and are wired in
// app/jobs/worker.server.ts; this file only names things so that any process can enqueue.
// A feature module declares its jobs whole (name, options, schedule, handler) in its own
// jobs.server.ts, typed by JobTable below, and the worker spreads them into its table.
import type PgBoss from "pg-boss";

/** pg-boss options of a queue, its name aside. */
export type QueueOptions = Omit<PgBoss.Queue, "name">;

/**
 * A queue a feature module declares in its `queues.ts` (no server code: its models enqueue to it,
 * `enqueue(tx, definition, data)`, and its jobs.server.ts adds the handler).
 */
export type QueueDefinition = { name: string; options: QueueOptions };

/**
 * One background job, declared as data: the worker (app/jobs/worker.server.ts) creates its queue,
 * works it and schedules it from this alone.
 */
export type JobDefinition = {
  /** The pg-boss queue's name, unique site-wide. */
  name: string;
  options: QueueOptions;
  /**
   * Cron schedule, Europe/Paris time; pg-boss fires it once per tick whatever the number of
   * workers. A function when it comes from the environment (read when the worker schedules it).
   */
  cron?: string | (() => string);
  /** Jobs handed to one call of the handler (1 unless the handler works in batches). */
  batchSize?: number;
  /** `never` data: a handler of any job data fits (it reads what its queue carries). */
  handler: (jobs: PgBoss.Job<never>[]) => Promise<unknown>;
};

/** A job's schedule, if it has one. */
export const cronOf = (job: Pick<JobDefinition, "cron">) => (typeof job.cron === "function" ? job.cron() : job.cron);

/** What a feature module declares in its jobs.server.ts: `{ ... } satisfies JobTable`. */
export type JobTable = Record<string, JobDefinition>;

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
  // --- issue 16: equal work for known and unknown addresses
  /** A sign-in, newsletter, volunteer or donation-portal request, sealed (data: { sealed }): app/models/address-request.server.ts. */
  answerAddressRequest: {
    name: "answer-address-request",
    options: { retryLimit: 5, retryDelay: 5, retryBackoff: true, expireInSeconds: 120 },
  },
} as const satisfies Record<string, { name: string; options: QueueOptions }>;

export type QueueKey = keyof typeof QUEUES;

/** Cron schedules, Europe/Paris time. pg-boss runs each once per tick whatever the number of workers. */
export const SCHEDULES: { queue: QueueKey; cron: string }[] = [
  { queue: "retention", cron: "17 3 * * *" },
  { queue: "recountPetitions", cron: "41 4 * * *" },
];

/** How often the worker adds new confirmations to the petition counts. */
export const TALLY_INTERVAL_MS = 2_000;
