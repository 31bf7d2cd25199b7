// The background job of the filing notices, spread into the worker's table (app/jobs/worker.server.ts).
import type PgBoss from "pg-boss";
import type { JobTable } from "~/utils/queues";
import { runFiledNoticeBatch, type FiledNoticeData } from "./filing.server";
import { FILED_NOTICE_QUEUE } from "./queues";

export const mandateFilingJobs = {
  /** Queue one batch of a filed campaign's "filed" emails, each mandator once, and enqueue the next batch. */
  mandateFiledNotice: {
    ...FILED_NOTICE_QUEUE,
    handler: async ([job]: PgBoss.Job<FiledNoticeData>[]) => runFiledNoticeBatch(job.data),
  },
} satisfies JobTable;
