/**
 * The one owner of how dates read on the site, in emails and in documents.
 *
 * Every format pins the Europe/Paris time zone, so the server's render and the browser's
 * hydration agree near midnight, and an instant reads as the campaign's (French) day. A
 * calendar day stored as midnight UTC (Prisma's @db.Date) reads as the same day in Paris,
 * which is always ahead of UTC. French writes the first of the month as an ordinal:
 * "le 1er décembre 2026", never "le 1 décembre".
 */
import { useLang, type Lang } from "./i18n";

export const TIME_ZONE = "Europe/Paris";

export type DateStyle = "long" | "medium" | "short";
type DateInput = Date | string | number;

const LOCALES: Record<Lang, string> = { fr: "fr-FR", en: "en-GB" };

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang], { ...options, timeZone: TIME_ZONE });
    cache.set(key, format);
  }
  return format;
}

/** A `YYYY-MM-DD` calendar day is read at noon UTC: the same day in every European zone. */
function toDate(value: DateInput): Date {
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(`${value}T12:00:00Z`);
  return value instanceof Date ? value : new Date(value);
}

function format(lang: Lang, value: DateInput, options: Intl.DateTimeFormatOptions): string {
  const parts = formatter(lang, options).formatToParts(toDate(value));
  // "1er" only where the month is a word ("1er déc.", "1er décembre"), not in "01/12/2026".
  const wordMonth = parts.some((part) => part.type === "month" && /\D/.test(part.value));
  return parts.map((part) => (lang === "fr" && wordMonth && part.type === "day" && Number(part.value) === 1 ? "1er" : part.value)).join("");
}

/** "1er décembre 2026" (long), "1er déc. 2026" (medium), "01/12/2026" (short). */
export function formatDate(lang: Lang, value: DateInput, style: DateStyle = "long"): string {
  return format(lang, value, { dateStyle: style });
}

/** "1er décembre 2026 à 14:05" (long), "1er déc. 2026, 14:05" (medium), "01/12/2026 14:05:09" (short). */
export function formatDateTime(lang: Lang, value: DateInput, style: DateStyle = "long"): string {
  return format(lang, value, { dateStyle: style, timeStyle: style === "short" ? "medium" : "short" });
}

const isoDay = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });

/** The calendar day it is in Paris at an instant, as `YYYY-MM-DD`. */
export function parisDay(value: DateInput): string {
  return isoDay.format(toDate(value));
}

/** A day in the visitor's language ("5 décembre 2026"), for components. */
export function useDay() {
  const lang = useLang();
  return (value: DateInput) => formatDate(lang, value);
}

/** The formatters in the visitor's language, for components. */
export function useDates() {
  const lang = useLang();
  return {
    date: (value: DateInput, style?: DateStyle) => formatDate(lang, value, style),
    dateTime: (value: DateInput, style?: DateStyle) => formatDateTime(lang, value, style),
  };
}

/** A day in Europe/Paris, "YYYY-MM-DD" (Prisma's @db.Date as the site writes and reads it). */
export type CalendarDay = string;

const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a real "YYYY-MM-DD" day (no 31 April): what the date fields of forms accept. */
export function isCalendarDay(value: string): boolean {
  const match = CALENDAR_DAY.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
