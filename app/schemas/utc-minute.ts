import { freeText } from "./free-text";

/**
 * A datetime-local value, read as UTC (the forms say so): a petition's closing date, a window of
 * signatures to invalidate or to list. PostgreSQL has no year 0 (a 500 before, issue 28), and
 * the site nothing before 2000: a date outside 2000–9999 is a typo, refused with `error`.
 */
export const utcMinute = (error: string) =>
  freeText({ error })
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, error)
    .transform((value) => new Date(`${value.length === 16 ? `${value}:00` : value}Z`))
    .refine((date) => !Number.isNaN(date.getTime()) && date.getUTCFullYear() >= 2000 && date.getUTCFullYear() <= 9999, { error });
