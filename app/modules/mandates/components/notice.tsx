import { useT } from "~/utils/i18n";

/** The one-time notices of mandate pages (app/utils/flash.server.ts), by key. */
const NOTICES = {
  "mandates.notice.confirmed": "mandates.notice.confirmed",
  "mandates.notice.revoked": "mandates.notice.revoked",
  "mandates.notice.revokedAfterFiling": "mandates.notice.revokedAfterFiling",
  "admin.mandates.notice.saved": "admin.mandates.notice.saved",
  "admin.mandates.notice.published": "admin.mandates.notice.published",
} as const;

export function MandateNotice({ notice }: { notice: { key: string } | null }) {
  const t = useT();
  const key = notice && Object.hasOwn(NOTICES, notice.key) ? NOTICES[notice.key as keyof typeof NOTICES] : null;
  if (!key) return null;
  return (
    <p className="notice" role="status">
      {t(key)}
    </p>
  );
}
