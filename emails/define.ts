// How a template is declared, shared by the registry (emails/index.ts) and by the feature modules
// that declare their own templates (app/modules/<feature>/email-templates.ts). Props are checked
// with Zod when rendered, since they come back from the database as JSON; the component's props
// type is inferred from the same schema, so the two cannot drift apart.
import { createElement, type ReactElement } from "react";
import type { z } from "zod";
import type { Lang, Translate } from "~/utils/i18n";
import { EmailFrame, type EmailSender } from "./layout";

/** The names of an object's string props (required or optional). */
type StringKeys<T> = { [K in keyof T]-?: T[K] extends string | undefined ? K : never }[keyof T] & string;

export function defineTemplate<Schema extends z.ZodType<object>>(template: {
  props: Schema;
  subject: (t: Translate, props: z.output<Schema>, lang: Lang) => string;
  render: (props: z.output<Schema> & { lang: Lang; t: Translate }) => ReactElement;
  /** Headers of the email, from its props (RFC 8058's List-Unsubscribe, for instance). */
  headers?: (props: z.output<Schema>) => Record<string, string> | undefined;
  /**
   * String props the template only prints, as they are (a recipient's link): never tested,
   * measured, formatted or put after "de" in French. The renderer renders the template once with
   * placeholders for them and fills in each recipient's values (app/utils/email-skeleton.server.ts).
   */
  verbatim?: readonly StringKeys<z.output<Schema>>[];
}) {
  const verbatim: readonly string[] = template.verbatim ?? [];
  /**
   * The props checked, and what the renderer makes of them; `strings` replace verbatim props (the
   * renderer's placeholders, app/utils/email-skeleton.server.ts).
   */
  function prepare(raw: unknown) {
    const parsed = template.props.parse(raw);
    const props = (strings: Record<string, string> = {}) => ({ ...parsed, ...strings });
    return {
      props: parsed,
      envelope(lang: Lang, t: Translate, strings?: Record<string, string>) {
        return { subject: template.subject(t, props(strings), lang), headers: template.headers?.(props(strings)) };
      },
      element(lang: Lang, t: Translate, subject: string, sender?: EmailSender, strings?: Record<string, string>) {
        const content = template.render({ ...props(strings), lang, t });
        // The layout reads the subject (its <title>) and the sender (its footer) from the frame.
        return sender ? createElement(EmailFrame.Provider, { value: { subject, sender } }, content) : content;
      },
    };
  }
  return {
    props: template.props,
    verbatim,
    prepare,
    build(lang: Lang, t: Translate, raw: unknown, sender?: EmailSender) {
      const email = prepare(raw);
      const { subject, headers } = email.envelope(lang, t);
      return { subject, headers, element: email.element(lang, t, subject, sender) };
    },
  };
}

/** A template as the renderer uses it, whatever its props. */
export type EmailTemplate = ReturnType<typeof defineTemplate<z.ZodType<object>>>;

/** What a feature module declares: its templates by name ("<feature>-<what>", unique site-wide). */
export type EmailTemplates = Record<string, EmailTemplate>;
