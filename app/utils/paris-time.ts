// Wall-clock dates and times typed in Europe/Paris, and the instants they stand for (issue 25:
// an event "on 29 March 2026 at 14:00" in Paris, whatever the server's zone). Twice a year the
// wall clock is not a one-to-one map: the rule here is the usual calendar one (RFC 5545 §3.3.5,
// and Temporal's "compatible" disambiguation):
// - a time that does not exist (29 March 2026, 02:00–02:59: clocks jump from 02:00 to 03:00) is
//   read one hour later, after the jump: 02:30 → 03:30 CEST;
// - a time that exists twice (25 October 2026, 02:00–02:59: clocks go back from 03:00 to 02:00)
//   is the first one, still in summer time: 02:30 → 02:30 CEST (00:30 UTC).
import { TIME_ZONE } from "./dates";

const wallClock = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** The Paris wall clock at an instant: `{ day: "2026-03-29", time: "14:00" }`. */
export function parisWallClock(instant: Date): { day: string; time: string } {
  const parts = Object.fromEntries(wallClock.formatToParts(instant).map((part) => [part.type, part.value]));
  return { day: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** Minutes east of UTC in Paris at an instant (60 in winter, 120 in summer). */
function offsetAt(ms: number): number {
  const { day, time } = parisWallClock(new Date(ms));
  return (Date.parse(`${day}T${time}:00Z`) - (ms - (ms % 60_000))) / 60_000;
}

/**
 * The instant a Paris day ("YYYY-MM-DD") and time ("HH:MM") stand for, by the rule above.
 * Null if the day or time is not a real one.
 */
export function parisInstant(day: string, time: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) return null;
  const asUtc = Date.parse(`${day}T${time}:00Z`);
  if (Number.isNaN(asUtc) || new Date(asUtc).toISOString().slice(0, 10) !== day) return null;
  // The two offsets in force around that wall time (a day apart covers any change of the day).
  const before = offsetAt(asUtc - 24 * 3600_000);
  const after = offsetAt(asUtc + 24 * 3600_000);
  // Each candidate is right if Paris really reads that wall time at it; the earlier one wins.
  const candidates = [...new Set([before, after])].map((offset) => asUtc - offset * 60_000).sort((a, b) => a - b);
  for (const candidate of candidates) {
    if (offsetAt(candidate) * 60_000 === asUtc - candidate) return new Date(candidate);
  }
  // In the skipped hour: read with the offset before the jump, which lands after it.
  return new Date(asUtc - before * 60_000);
}

/** The Paris day after a "YYYY-MM-DD" day. */
export function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T12:00:00Z`) + 24 * 3600_000).toISOString().slice(0, 10);
}

/** The Paris wall clock at an instant, as a datetime-local field's value ("2027-03-31T18:00"). */
export function toParisLocal(instant: Date): string {
  const { day, time } = parisWallClock(instant);
  return `${day}T${time}`;
}

/** The instant a datetime-local value read in Paris stands for, by the rule above; an invalid Date if it is not one. */
export function fromParisLocal(local: string): Date {
  const [day = "", time = ""] = local.split("T");
  return parisInstant(day, time) ?? new Date(Number.NaN);
}
