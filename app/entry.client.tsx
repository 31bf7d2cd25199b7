import { RemixBrowser } from "@remix-run/react";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { loadMessages, PAGE_MESSAGES_ID } from "~/utils/browser-messages";
import { addMessages, isLang, whenMessageMissing } from "~/utils/i18n";

// The messages this page was rendered with came with it; the language's others are loaded at
// the visitor's first gesture, or as soon as something needs one (app/utils/browser-messages.ts).
const sent = document.getElementById(PAGE_MESSAGES_ID)?.textContent;
for (const [lang, messages] of Object.entries(sent ? (JSON.parse(sent) as Record<string, Record<string, string>>) : {}))
  if (isLang(lang)) addMessages(lang, messages);
const lang = document.documentElement.lang === "en" ? "en" : "fr";
const load = () => void loadMessages(lang).catch(() => undefined);
whenMessageMissing((missing) => void loadMessages(missing).catch(() => undefined));
for (const gesture of ["pointerdown", "keydown", "touchstart", "focusin"]) addEventListener(gesture, load, { once: true, capture: true, passive: true });

startTransition(() => {
  hydrateRoot(
    document,
    <StrictMode>
      <RemixBrowser />
    </StrictMode>,
  );
});
