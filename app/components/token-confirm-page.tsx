import { Form, Link } from "@remix-run/react";
import { UnknownLinkPage } from "./unknown-link-page";
import type { MessageKey } from "~/locales/fr";
import { useT } from "~/utils/i18n";

/** The words of a confirmation page; `intro` and `back` receive `{commune}`, and so may `doneText`. */
export type TokenConfirmKeys = Record<"title" | "unknown" | "done" | "doneText" | "intro" | "submit" | "back", MessageKey>;

/**
 * The page a confirmation link opens (a request for a petition, for a local group). Opening the
 * link changes nothing, since mail scanners open links: the button confirms. `request` is null
 * for an unknown or forged link.
 */
export function TokenConfirmPage({
  request,
  confirmedNow,
  keys,
}: {
  request: { confirmed: boolean; commune: { name: string; slug: string } } | null;
  confirmedNow: boolean;
  keys: TokenConfirmKeys;
}) {
  const t = useT();
  if (!request) return <UnknownLinkPage title={keys.title} text={keys.unknown} />;
  const commune = { commune: request.commune.name };
  const done = confirmedNow || request.confirmed;
  return (
    <div className="narrow">
      <h1>{t(done ? keys.done : keys.title)}</h1>
      {done ? (
        <p role="status">{t(keys.doneText, commune)}</p>
      ) : (
        <>
          <p>{t(keys.intro, commune)}</p>
          <Form method="post">
            <button type="submit">{t(keys.submit)}</button>
          </Form>
        </>
      )}
      <p>
        <Link to={`/villes/${request.commune.slug}`}>{t(keys.back, commune)}</Link>
      </p>
    </div>
  );
}
