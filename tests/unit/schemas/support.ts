// Table-driven checks for the schemas of app/schemas: a valid input (`base`) and patches of it
// that must pass (limits exactly reached) or fail with the exact messages on one field's path.
import { describe, expect, test } from "vitest";
import type { z } from "zod";

/** Set a key to `undefined` in a patch to remove it from the input (a missing field). */
export type Patch = Record<string, unknown>;
export type Accept = { label: string; patch: Patch };
/**
 * `messages`: the distinct messages at `path`, in order (a regex and a refine that both fail give
 * the same key twice; the form shows it once). null: an issue at `path` is enough (schemas without
 * a declared message).
 */
export type Reject = { label: string; patch: Patch; path: string; messages: string[] | null };
export type SchemaCases = { name: string; schema: z.ZodType; base: Record<string, unknown>; accepts: Accept[]; rejects: Reject[] };

export const accept = (label: string, patch: Patch): Accept => ({ label, patch });
export const reject = (label: string, patch: Patch, path: string, ...messages: string[]): Reject => ({ label, patch, path, messages });
export const rejectAny = (label: string, patch: Patch, path: string): Reject => ({ label, patch, path, messages: null });

export function withPatch(base: Record<string, unknown>, patch: Patch) {
  const input: Record<string, unknown> = { ...base, ...patch };
  for (const [key, value] of Object.entries(patch)) if (value === undefined) delete input[key];
  return input;
}

export function issuesOf(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
}

export const messagesAt = (schema: z.ZodType, input: unknown, path: string) =>
  issuesOf(schema, input)
    .filter((issue) => issue.path === path)
    .map((issue) => issue.message);

/** A string of exactly `length` characters. */
export const chars = (length: number, char = "a") => char.repeat(length);

/** An email address of exactly `length` characters (at least 10), valid for z.email(). */
export function emailOf(length: number) {
  const domain = "@example.fr";
  const local = length - domain.length;
  // z.email() puts no limit on the local part: the padding goes there.
  return `${chars(local)}${domain}`;
}

/** A FormData as a browser sends it: repeated keys for arrays. */
export function formDataOf(entries: Record<string, string | string[]>) {
  const formData = new FormData();
  for (const [key, value] of Object.entries(entries)) for (const item of [value].flat()) formData.append(key, item);
  return formData;
}

export function describeCases(cases: SchemaCases) {
  const { name, schema, base, accepts, rejects } = cases;
  describe(name, () => {
    test("the valid input parses", () => {
      expect(issuesOf(schema, base)).toEqual([]);
    });
    if (accepts.length > 0) {
      test.each(accepts)("accepts $label", ({ patch }) => {
        expect(issuesOf(schema, withPatch(base, patch))).toEqual([]);
      });
    }
    test.each(rejects)("rejects $label on $path", ({ patch, path, messages }) => {
      const found = [...new Set(messagesAt(schema, withPatch(base, patch), path))];
      if (messages === null) expect(found.length).toBeGreaterThan(0);
      else expect(found).toEqual(messages);
    });
  });
}

/** A Conform submission's errors by field (undefined when it succeeded). */
export function errorsOf(submission: object) {
  return "error" in submission ? (submission.error as Record<string, string[] | null> | undefined) : undefined;
}
