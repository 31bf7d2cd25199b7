import type { MessageKey } from "~/locales/fr";
import { useT } from "~/utils/i18n";

/**
 * A one-time notice carried by the flash cookie (app/utils/flash.server.ts), shown only if its key
 * is one of the page's own: the cookie is signed, but a page says only what it knows it did.
 */
export function FlashNotice({ notice, keys }: { notice: { key: string } | null; keys: readonly MessageKey[] }) {
  const t = useT();
  const key = notice ? keys.find((known) => known === notice.key) : undefined;
  if (!key) return null;
  return (
    <p className="notice" role="status">
      {t(key)}
    </p>
  );
}
