// The background jobs of local groups, spread into the worker's table (app/jobs/worker.server.ts).
import type PgBoss from "pg-boss";
import type { JobTable } from "~/utils/queues";
import { runAnnouncementBatch, type AnnouncementBatchData } from "./announcement.server";
import { inviteVolunteers } from "./membership.server";
import { ANNOUNCEMENT_QUEUE, INVITE_QUEUE } from "./queues";

export const groupJobs = {
  /** Invite a group's volunteers, each once (the group was published or its territory grew). */
  groupInviteVolunteers: {
    ...INVITE_QUEUE,
    handler: async ([job]: PgBoss.Job<{ groupId: string }>[]) => inviteVolunteers(job.data),
  },
  /** Queue one batch of an announcement's emails, each member once, and enqueue the next batch. */
  groupAnnouncementSend: {
    ...ANNOUNCEMENT_QUEUE,
    handler: async ([job]: PgBoss.Job<AnnouncementBatchData>[]) => runAnnouncementBatch(job.data),
  },
} satisfies JobTable;
