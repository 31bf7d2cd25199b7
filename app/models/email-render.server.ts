import { render } from "@react-email/render";
import { EMAIL_TEMPLATES, isEmailTemplateName } from "../../emails";
import { env } from "~/utils/env.server";
import { translator, type Lang } from "~/utils/i18n";
import type { RenderedEmail } from "~/utils/resend.server";

/** One React component gives the subject, the HTML and the plain-text version. */
export async function renderEmail(template: string, lang: Lang, props: unknown): Promise<RenderedEmail> {
  if (!isEmailTemplateName(template)) throw new Error(`Unknown email template: ${template}`);
  const e = env();
  const sender = {
    name: e.SITE_PUBLISHER,
    address: e.SITE_PUBLISHER_ADDRESS ?? null,
    contact: e.SITE_CONTACT_EMAIL,
    siteUrl: `${e.PUBLIC_URL.replace(/\/$/, "")}/`,
  };
  const { subject, element, headers } = EMAIL_TEMPLATES[template].build(lang, translator(lang), props, sender);
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { subject, html, text, ...(headers ? { headers } : {}) };
}
