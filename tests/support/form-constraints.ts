import { getZodConstraint } from "@conform-to/zod/v4";
import { FORM_SCHEMAS } from "~/models/form-schemas.server";

/** Each form's constraints, as Conform reads them from its schema. */
export const constraintsFromSchemas = () => Object.fromEntries(Object.entries(FORM_SCHEMAS).map(([name, schema]) => [name, getZodConstraint(schema)]));

/** "petition-sign" → "petitionSign": each form's constraints are an export of their own, so that a page bundles only its forms'. */
export const exportName = (name: string) => name.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());

export const formConstraintsSource = () => `// Written by \`npm run forms:constraints\` from app/models/form-schemas.server.ts: do not edit.
// Each form's HTML constraints (required, maxlength, pattern…), so that the browser needs no Zod;
// one export per form (app/components/server-form.ts).
import type { FormConstraints } from "./server-form";
${Object.entries(constraintsFromSchemas())
  .map(([name, constraint]) => `\nexport const ${exportName(name)} = ${JSON.stringify(constraint, null, 2)} satisfies FormConstraints;\n`)
  .join("")}`;
