import { Form } from "@remix-run/react";
import { useLang, useT } from "~/utils/i18n";
import { useRootData } from "~/utils/root-data";

/** A plain POST form: works without JavaScript, and the choice is remembered in a cookie. */
export function LanguageSwitch() {
  const t = useT();
  const lang = useLang();
  const root = useRootData();
  const other = lang === "fr" ? "en" : "fr";
  return (
    <Form method="post" action="/langue" className="lang-switch" reloadDocument>
      <input type="hidden" name="lang" value={other} />
      <input type="hidden" name="redirectTo" value={root?.path ?? "/"} />
      <button type="submit" lang={other} className="link-button">
        {t("lang.switch")}
      </button>
    </Form>
  );
}
