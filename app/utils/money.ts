import { locale, type Lang } from "./i18n";

/** 2500 → "25 €", 2550 → "25,50 €" (cents of EUR). */
export function formatEuros(cents: number, lang: Lang) {
  return new Intl.NumberFormat(locale(lang), {
    style: "currency",
    currency: "EUR",
    minimumFractionDigits: cents % 100 === 0 ? 0 : 2,
  }).format(cents / 100);
}
