import { useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { $ZodType, input, output } from "zod/v4/core";

/** The form's fields: the input of an object schema (arrays included, for checkbox groups). */
type Values<Schema extends $ZodType> = input<Schema> extends Record<string, unknown> ? input<Schema> : Record<string, unknown>;
type Options<Schema extends $ZodType> = Omit<Parameters<typeof useForm<Values<Schema>, output<Schema>>>[0], "constraint" | "onValidate"> & {
  /** Where the HTML constraints (required, maxlength…) come from when `schema` transforms its fields, which Conform cannot read. */
  fieldsSchema?: $ZodType;
};

/**
 * A Conform form validated in the browser by the Zod schema its action uses on the server:
 * checked when the visitor submits, never as soon as a field is left (an error appearing under
 * the pointer moved the button being clicked), and again at each submit. Options override these.
 */
export function useZodForm<Schema extends $ZodType>(schema: Schema, { fieldsSchema = schema, ...options }: Options<Schema> = {}) {
  return useForm<Values<Schema>, output<Schema>>({
    shouldValidate: "onSubmit",
    shouldRevalidate: "onSubmit",
    ...options,
    constraint: getZodConstraint(fieldsSchema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
  });
}
