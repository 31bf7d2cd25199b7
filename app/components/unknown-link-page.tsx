import type { ReactNode } from "react";
import type { MessageKey } from "~/locales/fr";
import { useT } from "~/utils/i18n";

/** What a personal link's page says when the link is unknown, used up, erased or forged. */
export function UnknownLinkPage({ title, text, children }: { title: MessageKey; text: MessageKey; children?: ReactNode }) {
  const t = useT();
  return (
    <div className="narrow">
      <h1>{t(title)}</h1>
      <p role="alert" className="notice notice-error">
        {t(text)}
      </p>
      {children}
    </div>
  );
}
