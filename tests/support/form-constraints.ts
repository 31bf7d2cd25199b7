import { getZodConstraint } from "@conform-to/zod/v4";
import { FORM_SCHEMAS } from "~/models/form-schemas.server";

/** Each form's constraints, as Conform reads them from its schema. */
export const constraintsFromSchemas = () => Object.fromEntries(Object.entries(FORM_SCHEMAS).map(([name, schema]) => [name, getZodConstraint(schema)]));

/** "petition-sign" → "petitionSign": each form's constraints are an export of their own, so that a page bundles only its forms'. */
export const exportName = (name: string) => name.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());

/**
 * The generated files: one module per form in app/components/form-constraints/ (a page's bundle
 * holds its own forms' constraints only: one module shared by every form went into a chunk that
 * every page with a form downloaded whole), and app/components/form-constraints.ts, which
 * re-exports them for the tests (no browser code imports it).
 */
export const formConstraintsFiles = (): Record<string, string> => {
  const header = "// Written by `npm run forms:constraints` from app/models/form-schemas.server.ts: do not edit.\n";
  const names = Object.keys(FORM_SCHEMAS).map(exportName);
  const files: Record<string, string> = {};
  for (const [name, constraint] of Object.entries(constraintsFromSchemas())) {
    files[`app/components/form-constraints/${exportName(name)}.ts`] =
      `${header}import type { FormConstraints } from "../server-form";\n\nexport const constraints = ${JSON.stringify(constraint, null, 2)} satisfies FormConstraints;\n`;
  }
  files["app/components/form-constraints.ts"] =
    `${header}// Each form's HTML constraints (required, maxlength, pattern…), so that the browser needs no Zod.\n` +
    names.map((name) => `export { constraints as ${name} } from "./form-constraints/${name}";\n`).join("");
  return files;
};
