/**
 * What a model command answers (docs/decisions/0019-model-results.md): `ok` with whatever the
 * caller needs to tell successes apart, or a refusal named by a string literal.
 */
export type Result<T extends object = object, E extends string = string> = ({ ok: true } & T) | { ok: false; error: E };

/** A success, carrying `value`'s fields beside `ok: true`. */
export function ok(): { readonly ok: true };
export function ok<const T extends object>(value: T): { readonly ok: true } & T;
export function ok(value: object = {}) {
  return { ...value, ok: true } as const;
}

/** A refusal the caller expects and answers (not a bug: those throw). */
export function fail<const E extends string>(error: E): { readonly ok: false; readonly error: E } {
  return { ok: false, error } as const;
}
