import { Form, Link } from "@remix-run/react";
import { useLang, useT } from "~/utils/i18n";
import { FormGuard } from "~/components/form-guard";

/** The footer's subscribe form: one field, posted to /lettre (which shows errors if any). */
export function NewsletterFooterForm() {
  const t = useT();
  const lang = useLang();
  return (
    <Form method="post" action="/lettre" className="newsletter-footer" aria-labelledby="newsletter-footer-heading">
      <p id="newsletter-footer-heading" className="newsletter-footer-heading">
        <Link to="/lettre">{t("newsletter.footer.heading")}</Link>
      </p>
      <FormGuard />
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="source" value="footer" />
      <label htmlFor="newsletter-footer-email" className="visually-hidden">
        {t("newsletter.footer.email")}
      </label>
      <input id="newsletter-footer-email" name="email" type="email" required autoComplete="email" placeholder={t("newsletter.footer.email")} />
      <button type="submit">{t("newsletter.footer.submit")}</button>
    </Form>
  );
}
