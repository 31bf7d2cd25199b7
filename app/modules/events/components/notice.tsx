import { useT } from "~/utils/i18n";

/** The one-time notices of event pages (app/utils/flash.server.ts), by key. */
const NOTICES = {
  "events.notice.confirmed": "events.notice.confirmed",
  "events.notice.waiting": "events.notice.waiting",
  "events.notice.saved": "events.notice.saved",
  "events.notice.cancelled": "events.notice.cancelled",
  "admin.events.notice.created": "admin.events.notice.created",
  "admin.events.notice.saved": "admin.events.notice.saved",
  "admin.events.notice.savedTold": "admin.events.notice.savedTold",
  "admin.events.notice.published": "admin.events.notice.published",
  "admin.events.notice.cancelled": "admin.events.notice.cancelled",
} as const;

export function EventNotice({ notice }: { notice: { key: string } | null }) {
  const t = useT();
  const key = notice && Object.hasOwn(NOTICES, notice.key) ? NOTICES[notice.key as keyof typeof NOTICES] : null;
  if (!key) return null;
  return (
    <p className="notice" role="status">
      {t(key)}
    </p>
  );
}
