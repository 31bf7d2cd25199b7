import { useRouteLoaderData } from "@remix-run/react";
import type { RootLoaderData } from "~/root";
import { useT } from "~/utils/i18n";

export const FORM_GUARD_FIELDS = { honeypot: "website", token: "_guard" } as const;

/**
 * Goes inside every public form (see app/utils/form-guard.server.ts): a field people never see
 * nor reach with the keyboard, which naive bots fill, and when the page was shown, signed.
 */
export function FormGuard() {
  const root = useRouteLoaderData<RootLoaderData>("root");
  const t = useT();
  return (
    <>
      <div className="form-guard" aria-hidden="true">
        <label htmlFor={`${FORM_GUARD_FIELDS.honeypot}-field`}>{t("forms.honeypot")}</label>
        <input id={`${FORM_GUARD_FIELDS.honeypot}-field`} name={FORM_GUARD_FIELDS.honeypot} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <input type="hidden" name={FORM_GUARD_FIELDS.token} value={root?.formGuard ?? ""} />
    </>
  );
}
