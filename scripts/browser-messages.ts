// npm run messages:browser — writes app/locales/browser/<lang>.<part>.ts, the messages the
// browser loads (app/utils/browser-messages.ts). tests/unit/browser-messages.test.ts fails when
// they are out of date. Run by `npm run generate` (at install and before every build); not in git.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { format, resolveConfig } from "prettier";
import { browserMessageFiles } from "../tests/support/browser-messages";

for (const [file, text] of Object.entries(browserMessageFiles())) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, await format(text, { ...(await resolveConfig(file)), filepath: file }));
}
console.log("Wrote app/locales/browser/.");
