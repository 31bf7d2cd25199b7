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
