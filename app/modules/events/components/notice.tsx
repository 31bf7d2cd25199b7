import { FlashNotice } from "~/components/flash-notice";
import type { MessageKey } from "~/locales/fr";

/** The one-time notices of event pages. */
const NOTICES = [
  "events.notice.confirmed",
  "events.notice.waiting",
  "events.notice.saved",
  "events.notice.cancelled",
  "admin.events.notice.created",
  "admin.events.notice.saved",
  "admin.events.notice.savedTold",
  "admin.events.notice.published",
  "admin.events.notice.cancelled",
] as const satisfies readonly MessageKey[];

export function EventNotice({ notice }: { notice: { key: string } | null }) {
  return <FlashNotice notice={notice} keys={NOTICES} />;
}
