import { getCollectionProps, getInputProps, getTextareaProps, type FieldMetadata } from "@conform-to/react";
import { useEffect, useRef } from "react";
import { parseMessage, useT } from "~/utils/i18n";

/**
 * Every error message is a translation key (the schemas' messages, the actions' form errors), or
 * a key with values (`messageWithParams`, e.g. a file's name).
 * Anything else (a Zod default, a key that no longer exists) reads as a generic sentence in
 * the visitor's language, never as English internals, and never crashes the page.
 */
export function useErrorText() {
  const t = useT();
  return (message: string) => {
    const parsed = parseMessage(message);
    return parsed ? t(parsed.key, parsed.params) : t("errors.unknownKey");
  };
}

type SummaryField = { name: string; id: string; errors?: string[] };

/**
 * The GOV.UK error summary, at the top of a failed form: a heading and a link to each field in
 * error (the same words as next to the field), and the form's own errors. It takes focus when
 * it appears after a submit: with JavaScript from an effect, without from `autofocus` on the
 * page the server sends back. While it shows, the page title starts with "Erreur : ".
 * `ids` names the element to link to when it is not the field's Conform id (a commune combobox).
 */
export function ErrorSummary({ formErrors, fields, ids = {} }: { formErrors?: string[]; fields: SummaryField[]; ids?: Record<string, string> }) {
  const t = useT();
  const text = useErrorText();
  const ref = useRef<HTMLDivElement>(null);
  const failed = fields.filter((field) => field.errors?.length);
  const shown = failed.length > 0 || Boolean(formErrors?.length);
  const signature = [...(formErrors ?? []), ...failed.map((field) => `${field.name}:${field.errors?.join("|")}`)].join(";");
  useEffect(() => {
    if (!shown) return;
    ref.current?.focus();
    ref.current?.scrollIntoView?.({ block: "start" });
  }, [shown, signature]);
  const prefix = t("errors.titlePrefix");
  useEffect(() => {
    if (!shown) return;
    // The server-rendered page may carry the prefix already (root loader's `formFailed`).
    if (!document.title.startsWith(prefix)) document.title = `${prefix}${document.title}`;
    return () => {
      if (document.title.startsWith(prefix)) document.title = document.title.slice(prefix.length);
    };
  }, [shown, prefix]);
  if (!shown) return null;
  return (
    <div ref={ref} className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} autoFocus data-testid="error-summary">
      <h2 id="error-summary-title" className="error-summary-title">
        {t("errors.summary.heading")}
      </h2>
      <ul className="error-summary-list">
        {(formErrors ?? []).map((message) => (
          <li key={message}>{text(message)}</li>
        ))}
        {failed.map((field) => (
          <li key={field.name}>
            <a
              href={`#${ids[field.name] ?? field.id}`}
              onClick={(event) => {
                // Without JavaScript the link scrolls to the field; with it, the field also takes focus.
                const target = document.getElementById(ids[field.name] ?? field.id);
                if (!target) return;
                event.preventDefault();
                target.focus();
                (target.closest(".field") ?? target).scrollIntoView({ block: "center" });
              }}
            >
              {(field.errors ?? []).map(text).join(" ")}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Required fields: their label gets `data-required`, which the stylesheet marks with an asterisk
 * kept out of the accessible name (the input's `required` says it to assistive technologies);
 * `RequiredNote` at the top of the form explains the asterisk.
 */
export const requiredLabel = (required?: boolean) => (required ? { "data-required": "" } : {});

export function RequiredNote() {
  const t = useT();
  return <p className="hint required-note">{t("forms.requiredNote")}</p>;
}

/**
 * One field's radio buttons or checkboxes: a fieldset with its legend, each option with its
 * label, then the field's errors (which the fieldset names when there are some).
 */
export function ChoiceGroup<Value extends string>({
  field,
  type,
  options,
  legend,
  label,
  required,
}: {
  field: Parameters<typeof getCollectionProps>[0];
  type: "radio" | "checkbox";
  options: readonly Value[];
  legend: string;
  label: (value: Value) => string;
  required?: boolean;
}) {
  return (
    <fieldset className="field" aria-describedby={field.errors?.length ? field.errorId : undefined}>
      <legend {...requiredLabel(required)}>{legend}</legend>
      {getCollectionProps(field, { type, options: [...options] }).map((props) => (
        <div key={props.id} className="field checkbox">
          <input {...props} key={props.key} />
          <label htmlFor={props.id}>{label(props.value as Value)}</label>
        </div>
      ))}
      <FieldErrors id={field.errorId} errors={field.errors} />
    </fieldset>
  );
}

export function FieldErrors({ id, errors }: { id: string; errors?: string[] }) {
  const text = useErrorText();
  if (!errors?.length) return null;
  return (
    <p id={id} className="field-error">
      {errors.map(text).join(" ")}
    </p>
  );
}

/** Errors about the whole form (too many attempts, petition closed), shown above its fields. */
export function FormErrors({ id, errors }: { id: string; errors?: string[] }) {
  const text = useErrorText();
  if (!errors?.length) return null;
  return (
    <p id={id} role="alert" className="notice notice-error">
      {errors.map(text).join(" ")}
    </p>
  );
}

/** A field's hint and, when it has errors, their message: what its input's aria-describedby names. */
function describedBy(field: FieldMetadata<string | undefined>, hint?: string) {
  return [hint ? `${field.id}-hint` : null, field.errors?.length ? field.errorId : null].filter(Boolean).join(" ") || undefined;
}

function Hint({ field, hint }: { field: FieldMetadata<string | undefined>; hint?: string }) {
  return hint ? (
    <p id={`${field.id}-hint`} className="hint">
      {hint}
    </p>
  ) : null;
}

export function TextField({
  field,
  label,
  type = "text",
  autoComplete,
  hint,
}: {
  field: FieldMetadata<string | undefined>;
  label: string;
  type?: "text" | "email";
  autoComplete?: string;
  hint?: string;
}) {
  const inputProps = getInputProps(field, { type });
  return (
    <div className="field">
      <label htmlFor={field.id} {...requiredLabel(field.required)}>
        {label}
      </label>
      <Hint field={field} hint={hint} />
      <input {...inputProps} key={inputProps.key} autoComplete={autoComplete} aria-describedby={describedBy(field, hint)} />
      <FieldErrors id={field.errorId} errors={field.errors} />
    </div>
  );
}

export function TextAreaField({ field, label, hint, rows = 5 }: { field: FieldMetadata<string | undefined>; label: string; hint?: string; rows?: number }) {
  const props = getTextareaProps(field);
  return (
    <div className="field">
      <label htmlFor={field.id} {...requiredLabel(field.required)}>
        {label}
      </label>
      <Hint field={field} hint={hint} />
      <textarea {...props} key={props.key} rows={rows} aria-describedby={describedBy(field, hint)} />
      <FieldErrors id={field.errorId} errors={field.errors} />
    </div>
  );
}
