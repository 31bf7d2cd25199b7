import { useId, useState, useSyncExternalStore, type FormEvent } from "react";
import { FieldErrors } from "~/components/forms";
import { useT } from "~/utils/i18n";
import { shareLinks, type PetitionShare } from "../share";

const noSubscription = () => () => {};
/** False in the server's HTML and while hydrating, then what `check` says in the browser: no button that does nothing. */
const useScripted = (check: () => boolean) => useSyncExternalStore(noSubscription, check, () => false);
const always = () => true;
const canWebShare = () => typeof navigator.share === "function";

/**
 * Sharing a petition with nothing from elsewhere on the page (issue 27): its address in a
 * read-only field (with JavaScript, a button copies it), plain links to email, WhatsApp and
 * Telegram, a form for the visitor's own Mastodon instance, and the phone's share sheet (the Web
 * Share API) where the browser has one. Signal has no share address: it is named where the
 * address is, to copy.
 */
export function ShareBlock({ share }: { share: PetitionShare }) {
  const t = useT();
  const id = useId();
  const scripted = useScripted(always);
  const webShare = useScripted(canWebShare);
  const [status, setStatus] = useState<"copied" | "selected" | null>(null);
  const links = shareLinks(share);

  function selectAddress() {
    const field = document.getElementById(`${id}-url`);
    if (field instanceof HTMLInputElement) {
      field.focus();
      field.select();
    }
  }
  async function copy() {
    try {
      await navigator.clipboard.writeText(share.url);
      setStatus("copied");
    } catch {
      selectAddress();
      setStatus("selected");
    }
  }
  async function shareSheet() {
    try {
      await navigator.share({ title: share.subject, text: share.subject, url: share.url });
    } catch {
      // Closed by the visitor, or refused: the links below are still there.
    }
  }

  return (
    <section className="share-block" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t("petition.thanks.share")}</h2>
      <div className="field">
        <label htmlFor={`${id}-url`}>{t("petition.share.address")}</label>
        <p className="hint" id={`${id}-url-hint`}>
          {t("petition.share.addressHint")}
        </p>
        <input id={`${id}-url`} type="text" readOnly value={share.url} aria-describedby={`${id}-url-hint`} onFocus={(event) => event.currentTarget.select()} />
      </div>
      {scripted ? (
        <p className="button-row share-buttons">
          <button type="button" className="button-secondary" onClick={() => void copy()}>
            {t("petition.share.copy")}
          </button>
          {webShare ? (
            <button type="button" className="button-secondary" onClick={() => void shareSheet()}>
              {t("petition.share.webShare")}
            </button>
          ) : null}
          <span role="status">{status === "copied" ? t("petition.share.copied") : status === "selected" ? t("petition.share.selected") : ""}</span>
        </p>
      ) : null}
      <ul className="share-links">
        <li>
          <a href={links.email}>{t("petition.thanks.shareEmail")}</a>
        </li>
        <li>
          <a href={links.whatsapp} rel="noopener noreferrer">
            {t("petition.share.whatsapp")}
          </a>
        </li>
        <li>
          <a href={links.telegram} rel="noopener noreferrer">
            {t("petition.share.telegram")}
          </a>
        </li>
      </ul>
      <MastodonShareForm communeSlug={share.communeSlug} />
    </section>
  );
}

/**
 * With JavaScript, the form's answer is followed as a link rather than submitted: its redirect to
 * the instance is then a plain navigation, which the page's form-action policy does not govern
 * (a page reached by a client-side navigation keeps the policy of the first page loaded).
 */
function followInstead(event: FormEvent<HTMLFormElement>) {
  event.preventDefault();
  const form = event.currentTarget;
  const query = new URLSearchParams([...new FormData(form)].map(([name, value]) => [name, String(value)]));
  window.location.assign(`${form.action}?${query.toString()}`);
}

/**
 * The visitor's Mastodon instance, asked for in a plain GET form: /partager/mastodon checks it and
 * redirects to that instance's share page, or shows this form again with the error beside the field.
 */
export function MastodonShareForm({ communeSlug, instance = "", errors }: { communeSlug: string; instance?: string; errors?: string[] }) {
  const t = useT();
  const id = useId();
  const fieldId = `${id}-instance`;
  const described = [`${fieldId}-hint`, errors?.length ? `${fieldId}-error` : null].filter(Boolean).join(" ");
  return (
    <form method="get" action="/partager/mastodon" className="stack mastodon-share" noValidate onSubmit={followInstead}>
      <input type="hidden" name="ville" value={communeSlug} />
      <div className="field">
        <label htmlFor={fieldId}>{t("petition.share.mastodonLabel")}</label>
        <p className="hint" id={`${fieldId}-hint`}>
          {t("petition.share.mastodonHint")}
        </p>
        <input
          id={fieldId}
          name="instance"
          type="text"
          inputMode="url"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          defaultValue={instance}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={described}
        />
        <FieldErrors id={`${fieldId}-error`} errors={errors} />
      </div>
      <button type="submit" className="button-secondary">
        {t("petition.share.mastodonSubmit")}
      </button>
    </form>
  );
}
