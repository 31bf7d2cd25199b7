import { locale, type Lang } from "./i18n";

/** 2500 → "25 €", 2550 → "25,50 €" (cents of EUR). */
export function formatEuros(cents: number, lang: Lang) {
  return new Intl.NumberFormat(locale(lang), {
    style: "currency",
    currency: "EUR",
    minimumFractionDigits: cents % 100 === 0 ? 0 : 2,
  }).format(cents / 100);
}

/** 2550 → "25,50" (French) or "25.50": a number a spreadsheet in that language reads, for exports. */
export function spreadsheetEuros(cents: number, lang: Lang) {
  const euros = (cents / 100).toFixed(2);
  return lang === "fr" ? euros.replace(".", ",") : euros;
}
