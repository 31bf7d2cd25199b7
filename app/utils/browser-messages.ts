import { addMessages, type Lang } from "./i18n";
// Which messages the browser loads (issue 27: both catalogues, 44 KiB of brotli, were on every
// page). The browser gets the page's language only: the public part before hydration
// (app/entry.client.tsx), the organizers' part with the organizers' pages
// (app/utils/admin-messages.client.ts); the emails' messages never leave the server.
export const BROWSER_PARTS = ["public", "admin"] as const;
export type BrowserPart = (typeof BROWSER_PARTS)[number];

/** The part a message belongs to; null for the server's own (emails). */
export function browserPart(key: string): BrowserPart | null {
  const prefix = key.slice(0, key.indexOf("."));
  if (prefix === "email") return null;
  return prefix === "admin" || prefix === "outbox" ? "admin" : "public";
}

/** Where the page's own messages travel, as JSON before `</body>` (app/entry.server.tsx). */
export const PAGE_MESSAGES_ID = "page-messages";

const loading: Partial<Record<Lang, Promise<void>>> = {};
/**
 * In the browser: the language's public messages, once (a failed download is tried again next
 * time). Called on the visitor's first gesture, before a navigation (the root's clientLoader),
 * and when a message is missing.
 */
export function loadMessages(lang: Lang): Promise<void> {
  return (loading[lang] ??= (lang === "en" ? import("~/locales/browser/en.public") : import("~/locales/browser/fr.public")).then(
    (module) => addMessages(lang, module.default),
    (error: unknown) => {
      delete loading[lang];
      throw error;
    },
  ));
}
