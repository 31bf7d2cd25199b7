import { en } from "~/locales/en";
import { fr } from "~/locales/fr";
import { BROWSER_PARTS, browserPart } from "~/utils/browser-messages";
import { typography } from "~/utils/typography";

const catalogs = { fr, en } as const;

/**
 * The messages the browser loads, per language and part (app/utils/browser-messages.ts): already
 * typeset (app/utils/typography.ts); the emails' messages stay on the server.
 */
export function browserMessageFiles() {
  const files: Record<string, string> = {};
  for (const lang of ["fr", "en"] as const)
    for (const part of BROWSER_PARTS) {
      const messages = Object.entries(catalogs[lang] as Record<string, string>)
        .filter(([key]) => browserPart(key) === part)
        .map(([key, text]) => [key, typography(lang, text)]);
      files[`app/locales/browser/${lang}.${part}.ts`] =
        `// Written by \`npm run messages:browser\` from app/locales/${lang}.ts: do not edit.\n` +
        `const messages: Record<string, string> = ${JSON.stringify(Object.fromEntries(messages))};\nexport default messages;\n`;
    }
  return files;
}
