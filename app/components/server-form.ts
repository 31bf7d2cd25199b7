import { useForm } from "@conform-to/react";
import type { input, output, $ZodType } from "zod/v4/core";

/** The form's fields: the input of an object schema (arrays included, for checkbox groups). */
type Values<Schema extends $ZodType> = input<Schema> extends Record<string, unknown> ? input<Schema> : Record<string, unknown>;
/** A form's HTML constraints, field by field (app/components/form-constraints.ts). */
export type FormConstraints = NonNullable<Parameters<typeof useForm>[0]["constraint"]>;
type Options<Schema extends $ZodType> = Omit<Parameters<typeof useForm<Values<Schema>, output<Schema>>>[0], "constraint" | "onValidate">;

/**
 * A Conform form validated by the server, with JavaScript or without: the action parses the
 * submission with the form's Zod schema and sends back its errors, shown next to the fields.
 * The browser gets the form's HTML constraints (one export of app/components/form-constraints.ts), never Zod
 * (issue 27). `Schema` is the type of the schema the action parses (an `import type`), for the
 * fields' names and values.
 */
export function useServerForm<Schema extends $ZodType>(constraint: FormConstraints, options: Options<Schema> = {}) {
  return useForm<Values<Schema>, output<Schema>>({ ...options, constraint });
}
