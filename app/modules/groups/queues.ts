import type { QueueDefinition } from "~/utils/queues";

/** Invite a group's volunteers (data: { groupId }): see membership.server.ts. */
export const INVITE_QUEUE = {
  name: "group-invite-volunteers",
  options: { retryLimit: 5, retryDelay: 30, retryBackoff: true, expireInSeconds: 600 },
} satisfies QueueDefinition;

/** One batch of an announcement's emails (data: { announcementId, after? }): see announcement.server.ts. */
export const ANNOUNCEMENT_QUEUE = {
  name: "group-announcement-send",
  options: { retryLimit: 5, retryDelay: 30, retryBackoff: true, expireInSeconds: 600 },
} satisfies QueueDefinition;
