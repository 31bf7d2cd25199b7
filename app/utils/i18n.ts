// The translation layer, shared by the server and the browser.
import { useRouteLoaderData } from "@remix-run/react";
import { useSyncExternalStore } from "react";
import type { MessageKey } from "~/locales/fr";
import { serverCatalogs } from "./catalogs.server";
import { fillFrench } from "./elision";
import { typography } from "./typography";

export const LANGS = ["fr", "en"] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = "fr";

/**
 * The messages of each language. The server has them all (app/utils/catalogs.server.ts, emptied
 * in the browser build). The browser starts with those the page was rendered with, sent with it
 * (app/entry.server.tsx, `observeMessages`), and loads its language's others when they are first
 * needed (app/utils/browser-messages.ts): 44 KiB of brotli less on every page (issue 27).
 */
const browserCatalogs: Record<Lang, Record<string, string>> = { fr: {}, en: {} };
const catalogs = (): Record<Lang, Record<string, string>> => serverCatalogs ?? browserCatalogs;
/** A language's messages for its translator: on the server, typeset here (the browser's are typeset already). */
const typesetCatalogs: Partial<Record<Lang, Record<string, string>>> = {};
const messagesOf = (lang: Lang): Record<string, string> =>
  serverCatalogs
    ? (typesetCatalogs[lang] ??= Object.fromEntries(Object.entries(serverCatalogs[lang]).map(([key, text]) => [key, typography(lang, text)])))
    : catalogs()[lang];

/** Some messages of a language, as the catalogue has them (typeset): what a page sends the browser. */
export function messagesFor(lang: Lang, keys: Iterable<string>): Record<string, string> {
  const messages = messagesOf(lang);
  return Object.fromEntries([...keys].filter((key) => Object.hasOwn(messages, key)).map((key) => [key, messages[key]]));
}

let observer: ((lang: Lang, key: string) => void) | undefined;
/** On the server: told of every message a render uses, to send them with the page. */
export function observeMessages(observe: (lang: Lang, key: string) => void) {
  observer = observe;
}

let version = 0;
const listeners = new Set<() => void>();
/** In the browser: messages loaded (app/entry.client.tsx); the components that translate render again. */
export function addMessages(lang: Lang, messages: Record<string, string>) {
  Object.assign(browserCatalogs[lang], messages);
  translators.delete(lang);
  version++;
  for (const listener of listeners) listener();
}

let onMissing: ((lang: Lang) => void) | undefined;
/** In the browser: what to do when a message is not loaded yet (load the language's others). */
export function whenMessageMissing(load: (lang: Lang) => void) {
  onMissing = load;
}

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGS as readonly string[]).includes(value);
}

/**
 * A page's language in its address (`?lang=en`, issue 27): an English page has a URL of its own,
 * which a search engine indexes and a preview bot (no cookie) reads in English. A path or a URL.
 */
export function langInAddress(url: string | undefined): Lang | undefined {
  const query = url?.split("?", 2)[1];
  const lang = query === undefined ? null : new URLSearchParams(query).get("lang");
  return isLang(lang) ? lang : undefined;
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

/**
 * An error message with values, as a string (Conform's errors are strings): the key, then the
 * values as JSON after "|". `useErrorText` (app/components/forms.tsx) translates it in the page's language.
 */
export function messageWithParams(key: MessageKey, params: Record<string, string | number>) {
  return `${key}|${JSON.stringify(params)}`;
}

/** The key and values of an error message: a bare key, or `messageWithParams`'s shape; null for anything else. */
export function parseMessage(message: string): { key: MessageKey; params?: Record<string, string | number> } | null {
  const bar = message.indexOf("|");
  const key = bar === -1 ? message : message.slice(0, bar);
  if (!isMessageKey(key)) return null;
  if (bar === -1) return { key };
  try {
    const params: unknown = JSON.parse(message.slice(bar + 1));
    if (typeof params !== "object" || params === null || Array.isArray(params)) return { key };
    return {
      key,
      params: Object.fromEntries(
        Object.entries(params).filter((entry): entry is [string, string | number] => typeof entry[1] === "string" || typeof entry[1] === "number"),
      ),
    };
  } catch {
    return { key };
  }
}

/** Whether a string (an error message from a schema or an action) is a key of the catalogues. */
export function isMessageKey(value: unknown): value is MessageKey {
  return typeof value === "string" && LANGS.some((lang) => Object.hasOwn(catalogs()[lang], value));
}

// The catalogues' typography, applied once per language (app/utils/typography.ts): in French
// curly apostrophes and a no-break space before : ; ! ? and » and after «, so that they never
// start a line; in English curly apostrophes. The catalogues are written that way too; this
// catches a message that is not. A message with values is typeset again once they are in.
export { frenchTypography } from "./typography";

function buildTranslator(lang: Lang): Translate {
  const messages = messagesOf(lang);
  const french = catalogs().fr;
  return (key, params) => {
    observer?.(lang, key);
    // In the browser, a message not loaded yet is empty until it is.
    if (!serverCatalogs && !Object.hasOwn(messages, key)) {
      onMissing?.(lang);
      return "";
    }
    // The key's type is the French catalogue's keys, so a missing key fails `tsc`; a key built at
    // run time that does not exist shows the French text, or the key itself, never a crash.
    const message = Object.hasOwn(messages, key) ? messages[key] : Object.hasOwn(french, key) ? french[key] : key;
    const value = (name: string) => {
      const param = params?.[name];
      return param === undefined ? undefined : typeof param === "number" ? formatNumber(lang, param) : param;
    };
    const text = withPlurals(lang, message, params);
    if (!params) return text;
    // French: "de {commune}" reads "d’Ambérieu-en-Bugey", "du Havre" (app/utils/elision.ts).
    const filled = lang === "fr" ? fillFrench(text, value) : text.replace(/\{(\w+)\}/g, (match, name: string) => value(name) ?? match);
    // The values too (a title, a name): "« {title} »" with a title that has guillemets of its own
    // gets inner quotes, « Projet “Safe City” ». URLs and addresses are left as they are.
    return typography(lang, filled);
  };
}

const PLURAL = /\{(\w+), plural, one \{([^{}]*)\} other \{([^{}]*)\}\}/g;
/**
 * Plurals inside a message, after the language's rules (French: 0 and 1 are singular):
 * "{count, plural, one {# projet} other {# projets}}", where # is the number, formatted.
 */
function withPlurals(lang: Lang, message: string, params?: Record<string, string | number>) {
  if (!message.includes(", plural,")) return message;
  return message.replace(PLURAL, (match, name: string, one: string, other: string) => {
    const value = params?.[name];
    if (value === undefined) return match;
    // A number already written out as text (a caller's mistake) still reads as a sentence: the plural.
    if (typeof value !== "number") return other.replace(/#/g, value);
    return (pluralOf(lang, value) === "one" ? one : other).replace(/#/g, formatNumber(lang, value));
  });
}

const numberFormats = { fr: new Intl.NumberFormat(locale("fr")), en: new Intl.NumberFormat(locale("en")) };
/**
 * Numbers as each language writes them: "5 000" in French (a narrow no-break space between
 * thousands, which Intl uses for fr-FR), "5,000" in English. The one formatter, public and admin.
 */
export function formatNumber(lang: Lang, value: number) {
  return numberFormats[lang].format(value);
}

const sizeFormats = {
  fr: new Intl.NumberFormat(locale("fr"), { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat(locale("en"), { maximumFractionDigits: 1 }),
};
/** A file's size for people: "2,4 Mo", "312 ko" (at least 1 ko). */
export function formatFileSize(lang: Lang, bytes: number) {
  const format = sizeFormats[lang];
  return bytes >= 1024 * 1024 ? `${format.format(bytes / 1024 / 1024)} Mo` : `${format.format(Math.max(1, Math.round(bytes / 1024)))} ko`;
}

/**
 * A count in a sentence with the language's plural rules: `tn("petitionRequest.count", n)` reads
 * "petitionRequest.count.one" or "petitionRequest.count.other", with `{count}` formatted.
 */
export function translatePlural(lang: Lang, stem: PluralStem, count: number, params: Record<string, string | number> = {}) {
  const key: MessageKey = `${stem}.${pluralOf(lang, count)}`;
  return translator(lang)(key, { count, ...params });
}

/** Renders again when the browser has loaded more messages. */
function useMessagesLoaded() {
  useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => version,
    () => version,
  );
}

export function useTn() {
  useMessagesLoaded();
  const lang = useLang();
  return (stem: PluralStem, count: number, params?: Record<string, string | number>) => translatePlural(lang, stem, count, params);
}

/** Keys that come in ".one" / ".other" pairs: what `useTn` accepts. */
type StemOf<Key> = Key extends `${infer Stem}.one` ? (`${Stem}.other` extends MessageKey ? Stem : never) : never;
export type PluralStem = StemOf<MessageKey>;

/** The page's language, from the root loader; French when the root loader did not run. */
export function useLang(): Lang {
  const data = useRouteLoaderData<{ lang?: Lang }>("root");
  return data?.lang ?? DEFAULT_LANG;
}

export function useT(): Translate {
  useMessagesLoaded();
  return translator(useLang());
}

const pluralRules = { fr: new Intl.PluralRules("fr-FR"), en: new Intl.PluralRules("en-GB") };
/** "one" or "other" after the language's rules (French: 0 and 1 are singular). */
export function pluralOf(lang: Lang, count: number): "one" | "other" {
  return pluralRules[lang].select(count) === "one" ? "one" : "other";
}
