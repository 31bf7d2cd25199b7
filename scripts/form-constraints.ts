// npm run forms:constraints — writes the HTML constraints of every form
// (app/models/form-schemas.server.ts), one module per form in app/components/form-constraints/,
// so that the browser needs no Zod and a page downloads its own forms' only.
// tests/unit/browser-bundle.test.ts fails when they are out of date. Run by `npm run generate`
// (at install and before every build); not in git.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { format, resolveConfig } from "prettier";
import { formConstraintsFiles } from "../tests/support/form-constraints";

const dir = "app/components/form-constraints";
const files = formConstraintsFiles();
mkdirSync(dir, { recursive: true });
for (const old of readdirSync(dir)) if (!files[`${dir}/${old}`]) rmSync(`${dir}/${old}`);
for (const [file, source] of Object.entries(files)) writeFileSync(file, await format(source, { ...(await resolveConfig(file)), filepath: file }));
console.log(`Wrote ${Object.keys(files).length} files of form constraints.`);
