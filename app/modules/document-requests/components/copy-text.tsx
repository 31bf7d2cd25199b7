import { useState, useSyncExternalStore } from "react";
import { useT } from "~/utils/i18n";

const noSubscription = () => () => {};

/**
 * A text to copy (a letter, a referral): a read-only text area, always there, so that the text
 * can be selected and copied without JavaScript; with it, a button copies it in one click and
 * says so. Where the clipboard is refused (an old browser, a permission), the text is selected
 * for the visitor to copy.
 */
export function CopyText({ id, label, text, button }: { id: string; label: string; text: string; button: string }) {
  const t = useT();
  // False in the server's HTML and while hydrating, true once the page's scripts run: no button that does nothing.
  const scripted = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [status, setStatus] = useState<"copied" | "selected" | null>(null);
  async function copy() {
    const area = document.getElementById(id);
    if (!(area instanceof HTMLTextAreaElement)) return;
    try {
      await navigator.clipboard.writeText(area.value);
      setStatus("copied");
    } catch {
      area.focus();
      area.select();
      setStatus("selected");
    }
  }
  return (
    <div className="field stack">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} className="letter-copy" readOnly rows={14} defaultValue={text} />
      {scripted ? (
        <p className="button-row">
          <button type="button" className="button-secondary" onClick={() => void copy()}>
            {button}
          </button>
          <span role="status">
            {status === "copied" ? t("documentRequests.personal.copied") : status === "selected" ? t("documentRequests.personal.selected") : ""}
          </span>
        </p>
      ) : null}
    </div>
  );
}
