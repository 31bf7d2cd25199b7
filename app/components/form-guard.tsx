import { useId } from "react";
import { FORM_GUARD_FIELDS } from "~/utils/form-guard-fields";
import { useT } from "~/utils/i18n";
import { useRootData } from "~/utils/root-data";

/**
 * Goes inside every public form (see app/utils/form-guard.server.ts): a field people never see
 * nor reach with the keyboard, which naive bots fill, and when the page was shown, signed.
 */
export function FormGuard() {
  const root = useRootData();
  const t = useT();
  // Unique per form: a page with two forms has two of these fields.
  const id = `${FORM_GUARD_FIELDS.honeypot}-${useId()}`;
  return (
    <>
      <div className="form-guard" aria-hidden="true">
        <label htmlFor={id}>{t("forms.honeypot")}</label>
        <input id={id} name={FORM_GUARD_FIELDS.honeypot} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <input type="hidden" name={FORM_GUARD_FIELDS.token} value={root?.formGuard ?? ""} />
    </>
  );
}
