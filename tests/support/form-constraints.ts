import { getZodConstraint } from "@conform-to/zod/v4";
import { FORM_SCHEMAS } from "~/models/form-schemas.server";

/** Each form's constraints, as Conform reads them from its schema. */
export const constraintsFromSchemas = () => Object.fromEntries(Object.entries(FORM_SCHEMAS).map(([name, schema]) => [name, getZodConstraint(schema)]));

export const formConstraintsSource = () => `// Written by \`npm run forms:constraints\` from app/models/form-schemas.server.ts: do not edit.
// Each form's HTML constraints (required, maxlength, pattern…), so that the browser needs no Zod.
import type { useForm } from "@conform-to/react";

type Constraints = NonNullable<Parameters<typeof useForm>[0]["constraint"]>;

export const FORM_CONSTRAINTS = ${JSON.stringify(constraintsFromSchemas(), null, 2)} satisfies Record<string, Constraints>;

export type FormName = keyof typeof FORM_CONSTRAINTS;
`;
