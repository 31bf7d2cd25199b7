import { FlashNotice } from "~/components/flash-notice";
import type { MessageKey } from "~/locales/fr";

/** The one-time notices of mandate pages. */
const NOTICES = [
  "mandates.notice.confirmed",
  "mandates.notice.revoked",
  "mandates.notice.revokedAfterFiling",
  "admin.mandates.notice.saved",
  "admin.mandates.notice.published",
] as const satisfies readonly MessageKey[];

export function MandateNotice({ notice }: { notice: { key: string } | null }) {
  return <FlashNotice notice={notice} keys={NOTICES} />;
}
