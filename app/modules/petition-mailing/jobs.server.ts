// The background job of organizers' messages to signers, spread into the worker's table
// (app/jobs/worker.server.ts).
import type PgBoss from "pg-boss";
import type { JobTable } from "~/utils/queues";
import { runMailingBatch, type MailingBatchData } from "./mailing.server";
import { MAILING_QUEUE } from "./queue";

export const petitionMailingJobs = {
  /** Queue one batch of a mailing's emails, each recipient once, and enqueue the next batch. */
  petitionMailingSend: {
    ...MAILING_QUEUE,
    handler: async ([job]: PgBoss.Job<MailingBatchData>[]) => runMailingBatch(job.data),
  },
} satisfies JobTable;
