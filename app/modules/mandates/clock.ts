// A campaign's dates are typed and read in Europe/Paris (the filing date is "31 March, 18:00 in
// Paris", whatever the server's zone); they are stored as instants.
import { TIME_ZONE } from "~/utils/dates";

const wallClock = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** The Paris wall clock at an instant, as a datetime-local value ("2027-03-31T18:00"). */
export function parisInput(instant: Date): string {
  const parts = Object.fromEntries(wallClock.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** The instant a Paris wall-clock minute stands for (in a skipped hour: the minute after the jump). */
export function parisInstant(local: string): Date {
  const asUtc = new Date(`${local}:00Z`).getTime();
  let guess = asUtc;
  // Two rounds settle the offset (+1 or +2 hours), including on the days it changes.
  for (let round = 0; round < 2; round++) {
    const offset = new Date(`${parisInput(new Date(guess))}:00Z`).getTime() - guess;
    guess = asUtc - offset;
  }
  return new Date(guess);
}
