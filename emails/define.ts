// How a template is declared, shared by the registry (emails/index.ts) and by the feature modules
// that declare their own templates (app/modules/<feature>/email-templates.ts). Props are checked
// with Zod when rendered, since they come back from the database as JSON; the component's props
// type is inferred from the same schema, so the two cannot drift apart.
import { createElement, type ReactElement } from "react";
import type { z } from "zod";
import type { Lang, Translate } from "~/utils/i18n";
import { EmailFrame, type EmailSender } from "./layout";

export function defineTemplate<Schema extends z.ZodType<object>>(template: {
  props: Schema;
  subject: (t: Translate, props: z.output<Schema>, lang: Lang) => string;
  render: (props: z.output<Schema> & { lang: Lang; t: Translate }) => ReactElement;
  /** Headers of the email, from its props (RFC 8058's List-Unsubscribe, for instance). */
  headers?: (props: z.output<Schema>) => Record<string, string> | undefined;
}) {
  return {
    props: template.props,
    build(lang: Lang, t: Translate, raw: unknown, sender?: EmailSender) {
      const props = template.props.parse(raw);
      const subject = template.subject(t, props, lang);
      const content = template.render({ ...props, lang, t });
      // The layout reads the subject (its <title>) and the sender (its footer) from the frame.
      const headers = template.headers?.(props);
      return { subject, headers, element: sender ? createElement(EmailFrame.Provider, { value: { subject, sender } }, content) : content };
    },
  };
}

/** A template as the renderer uses it, whatever its props. */
export type EmailTemplate = ReturnType<typeof defineTemplate<z.ZodType<object>>>;

/** What a feature module declares: its templates by name ("<feature>-<what>", unique site-wide). */
export type EmailTemplates = Record<string, EmailTemplate>;
