// The translation layer, shared by the server and the browser.
import { useRouteLoaderData } from "@remix-run/react";
import { en } from "~/locales/en";
import { fr, type MessageKey } from "~/locales/fr";

export const LANGS = ["fr", "en"] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = "fr";

const catalogs = { fr, en } as const;

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGS as readonly string[]).includes(value);
}

/** The BCP 47 locale for Intl formatting: French of France, British English. */
export function locale(lang: Lang): "fr-FR" | "en-GB" {
  return lang === "fr" ? "fr-FR" : "en-GB";
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const translators = new Map<Lang, Translate>();

/** One translator per language, built once: every component calls this on every render. */
export function translator(lang: Lang): Translate {
  let translate = translators.get(lang);
  if (!translate) translators.set(lang, (translate = buildTranslator(lang)));
  return translate;
}

function buildTranslator(lang: Lang): Translate {
  const messages = catalogs[lang];
  const numbers = new Intl.NumberFormat(lang === "fr" ? "fr-FR" : "en-GB");
  return (key, params) =>
    messages[key].replace(/\{(\w+)\}/g, (match, name: string) => {
      const value = params?.[name];
      if (value === undefined) return match;
      return typeof value === "number" ? numbers.format(value) : value;
    });
}

/** The page's language, from the root loader; French when the root loader did not run. */
export function useLang(): Lang {
  const data = useRouteLoaderData<{ lang?: Lang }>("root");
  return data?.lang ?? DEFAULT_LANG;
}

export function useT(): Translate {
  return translator(useLang());
}

const pluralRules = { fr: new Intl.PluralRules("fr-FR"), en: new Intl.PluralRules("en-GB") };
/** "one" or "other" after the language's rules (French: 0 and 1 are singular). */
export function pluralOf(lang: Lang, count: number): "one" | "other" {
  return pluralRules[lang].select(count) === "one" ? "one" : "other";
}
