import { render, toPlainText } from "@react-email/render";
import type { ReactElement } from "react";
import { EMAIL_TEMPLATES, isEmailTemplateName } from "../../emails";
import type { EmailTemplate } from "../../emails/define";
import type { EmailSender } from "../../emails/layout";
import { compileSkeleton, fillSkeleton, LruMap, printable, type Skeleton } from "~/utils/email-skeleton.server";
import { env } from "~/utils/env.server";
import { translator, type Lang, type Translate } from "~/utils/i18n";
import type { RenderedEmail } from "~/utils/resend.server";

/**
 * One React component gives the subject, the HTML and the plain-text version. Rendering is most of
 * the dispatcher's CPU (issue 29, item 12; decision 0023), so a template's shape is rendered once
 * and each email filled in (app/utils/email-skeleton.server.ts); the other emails are rendered
 * once, the text coming from the HTML through `toPlainText`, the converter React Email uses
 * (`render(element, { plainText: true })` would render the whole tree a second time). Either way
 * the output is byte for byte what React Email gives (tests/integration/email-render.test.ts).
 */
export async function renderEmail(template: string, lang: Lang, raw: unknown): Promise<RenderedEmail> {
  if (!isEmailTemplateName(template)) throw new Error(`Unknown email template: ${template}`);
  const definition: EmailTemplate = EMAIL_TEMPLATES[template];
  const e = env();
  const sender = {
    name: e.SITE_PUBLISHER,
    address: e.SITE_PUBLISHER_ADDRESS ?? null,
    contact: e.SITE_CONTACT_EMAIL,
    siteUrl: `${e.PUBLIC_URL.replace(/\/$/, "")}/`,
  };
  const t = translator(lang);
  const email = definition.prepare(raw);
  const { subject, headers } = email.envelope(lang, t);
  const body = (await fromSkeleton({ template, definition, email, lang, t, sender })) ?? (await renderInFull(email.element(lang, t, subject, sender)));
  return { subject, ...body, ...(headers ? { headers } : {}) };
}

async function renderInFull(element: ReactElement) {
  const html = await render(element);
  return { html, text: toPlainText(html) };
}

/**
 * Each shape (template, language, sender, every prop but the verbatim strings): "seen" after its
 * first email (a one-off is not worth compiling), then its skeleton, or null if it cannot be filled
 * exactly. A promise, so that the emails of a batch rendered together wait for one compilation.
 * 500 shapes at most: some ten kilobytes each.
 */
const shapes = new LruMap<string, "seen" | Promise<Skeleton | null>>(500);

/** The email from its shape's skeleton, or null: render it in full. */
async function fromSkeleton({
  template,
  definition,
  email,
  lang,
  t,
  sender,
}: {
  template: string;
  definition: EmailTemplate;
  email: ReturnType<EmailTemplate["prepare"]>;
  lang: Lang;
  t: Translate;
  sender: EmailSender;
}) {
  if (definition.verbatim.length === 0) return null;
  const names: string[] = [];
  const values: string[] = [];
  const shape: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(email.props)) {
    if (typeof value !== "string" || !definition.verbatim.includes(name)) shape[name] = value;
    else if (!printable(value)) return null;
    else {
      shape[name] = names.length; // its slot
      names.push(name);
      values.push(value);
    }
  }
  const key = JSON.stringify([template, lang, sender, shape]);
  let entry = shapes.get(key);
  if (entry === undefined) {
    shapes.set(key, "seen");
    return null;
  }
  if (entry === "seen") {
    // The verbatim props in turn given placeholders, then the check's values (compileSkeleton).
    entry = compileSkeleton((fills) => {
      const strings = Object.fromEntries(names.map((name, slot) => [name, fills[slot]]));
      return render(email.element(lang, t, email.envelope(lang, t, strings).subject, sender, strings));
    }, names.length).catch(() => null);
    shapes.set(key, entry);
  }
  const skeleton = await entry;
  return skeleton && fillSkeleton(skeleton, values);
}
