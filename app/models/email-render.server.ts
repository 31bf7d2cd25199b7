import { render, toPlainText } from "@react-email/render";
import { EMAIL_TEMPLATES, isEmailTemplateName } from "../../emails";
import { env } from "~/utils/env.server";
import { translator, type Lang } from "~/utils/i18n";
import type { RenderedEmail } from "~/utils/resend.server";

/**
 * One React component gives the subject, the HTML and the plain-text version, from ONE render:
 * `render(element, { plainText: true })` would render the whole tree a second time only to pass
 * its HTML through `toPlainText`, the converter React Email uses; we pass it the HTML we already
 * have. Rendering is most of the dispatcher's CPU (issue 29, item 12; decision 0023), and the
 * outputs are the same byte for byte, every template and language (tests/integration/email-render.test.ts).
 */
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
  const html = await render(element);
  const text = toPlainText(html);
  return { subject, html, text, ...(headers ? { headers } : {}) };
}
