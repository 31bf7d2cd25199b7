import { getInputProps, getTextareaProps, type FieldMetadata } from "@conform-to/react";
import type { MessageKey } from "~/locales/fr";
import { useT } from "~/utils/i18n";

/** Zod messages are translation keys ("errors.email"); anything else is shown as is. */
export function useErrorText() {
  const t = useT();
  return (message: string) => (message.includes(".") && !message.includes(" ") ? t(message as MessageKey) : message);
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
      <label htmlFor={field.id}>{label}</label>
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
      <label htmlFor={field.id}>{label}</label>
      <Hint field={field} hint={hint} />
      <textarea {...props} key={props.key} rows={rows} aria-describedby={describedBy(field, hint)} />
      <FieldErrors id={field.errorId} errors={field.errors} />
    </div>
  );
}
