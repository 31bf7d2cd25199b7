/**
 * What a model command answers (docs/decisions/0019-model-results.md): `ok` with whatever the
 * caller needs to tell successes apart, or a refusal named by a string literal.
 */
export type Result<T extends object = object, E extends string = string> = Ok<T> | { ok: false; error: E };

/** What a command that never refuses answers (an enumeration-safe one, say): a Result without its failure. */
export type Ok<T extends object = object> = { ok: true } & T;

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
