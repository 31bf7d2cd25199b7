// npm run forms:constraints — writes app/components/form-constraints.ts: the HTML constraints
// of every form (app/models/form-schemas.server.ts), so that the browser needs no Zod.
// tests/unit/browser-bundle.test.ts fails when the file is out of date. Run by `npm run generate`
// (at install and before every build); not in git.
import { writeFileSync } from "node:fs";
import { format, resolveConfig } from "prettier";
import { formConstraintsSource } from "../tests/support/form-constraints";

const file = "app/components/form-constraints.ts";
writeFileSync(file, await format(formConstraintsSource(), { ...(await resolveConfig(file)), filepath: file }));
console.log(`Wrote ${file}.`);
