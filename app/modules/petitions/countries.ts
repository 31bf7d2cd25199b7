// The names of the countries a supporter from abroad can live in (issue 28; the codes are in
// ./country-codes.ts). They come from the runtime's CLDR data (Intl.DisplayNames) in the
// reader's language: no list of names to keep up to date; the signing form's <option>s are built
// on the server.
import { ABROAD_COUNTRIES } from "./country-codes";
import type { Lang } from "~/utils/i18n";

const displayNames = new Map<Lang, Intl.DisplayNames>();
/** The country's name in the reader's language ("Belgique", "Belgium"); the code if unknown. */
export function countryName(lang: Lang, code: string) {
  let names = displayNames.get(lang);
  if (!names) displayNames.set(lang, (names = new Intl.DisplayNames([lang], { type: "region", fallback: "code" })));
  return names.of(code) ?? code;
}

const optionLists = new Map<Lang, { code: string; name: string }[]>();
/** The select's options, sorted by name in the reader's language; built once per language. */
export function countryOptions(lang: Lang) {
  let options = optionLists.get(lang);
  if (!options) {
    const collator = new Intl.Collator(lang);
    options = ABROAD_COUNTRIES.map((code) => ({ code, name: countryName(lang, code) })).sort((a, b) => collator.compare(a.name, b.name));
    optionLists.set(lang, options);
  }
  return options;
}
