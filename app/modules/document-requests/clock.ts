import { isCalendarDay, parisDay, type CalendarDay } from "~/utils/dates";
// The legal clock of a request for administrative documents (droit d'accès aux documents
// administratifs, code des relations entre le public et l'administration, articles L300-1 and
// following). Pure: no database, no "now" of its own (the caller passes it), so every boundary
// can be tested. Shared by the server and the browser.
//
// Every date here is a calendar day in Europe/Paris, "YYYY-MM-DD": the requester enters days,
// and a deadline of French law ends at midnight, Paris time, of its last day.
//
// Months are counted "de quantième à quantième": a period of n months starting on the 15th ends
// on the 15th n months later; when that month has no such day (31 January + 1 month), it ends on
// the last day of that month (28 or 29 February). No extension to the next working day: the
// administration's silence is not extended (it is not a procedural deadline), and for the
// requester's own deadlines the site gives the earliest reading, which is always safe.
//
// 1. The request is sent (by email to the mairie, or by post: then the clock starts when the
//    mairie receives it, so a requester who sent it by registered post enters the date of the
//    acknowledgement of receipt). The administration has one month to answer: silence for more
//    than one month is an implicit refusal (articles R311-12 and R311-13 CRPA).
// 2. After a refusal, explicit or implicit, the requester has two months to refer the matter to
//    the Commission d'accès aux documents administratifs (article R343-1 CRPA). The referral is a
//    prerequisite to any court action (article L342-1 CRPA).
// 3. The CADA gives its opinion within one month of the referral (article R343-3 CRPA). If the
//    administration still does not communicate, its silence two months after the referral
//    confirms the refusal (article R343-5 CRPA).
// 4. The requester then has two months to go to the administrative court (tribunal
//    administratif, article R421-1 of the code de justice administrative).

export const ANSWER_KINDS = ["FULL", "PARTIAL", "REFUSED"] as const;
export type AnswerKind = (typeof ANSWER_KINDS)[number];
export const OUTCOMES = ["COMMUNICATED", "REFUSED"] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Where a request stands, in the order of the procedure. */
export const REQUEST_STATES = [
  "TO_SEND",
  "SENT",
  "ANSWERED",
  "PARTLY_ANSWERED",
  "REFUSED",
  "IMPLICITLY_REFUSED",
  "REFERRED",
  "CADA_OPINION",
  "COMMUNICATED",
  "REFUSAL_CONFIRMED",
  "COURT",
] as const;
export type RequestState = (typeof REQUEST_STATES)[number];

/** States in which the requester may still refer the matter to the CADA. */
export const REFERABLE_STATES: RequestState[] = ["PARTLY_ANSWERED", "REFUSED", "IMPLICITLY_REFUSED"];
/** States in which the requester may still go to court. */
export const COURT_STATES: RequestState[] = ["REFUSAL_CONFIRMED"];
/** States where nothing more is expected. */
export const CLOSED_STATES: RequestState[] = ["ANSWERED", "COMMUNICATED", "COURT"];

/** The reminders the site sends, each exactly once. */
export const REMINDERS = ["IMPLICIT_REFUSAL", "OPINION_DUE", "COURT_DEADLINE"] as const;
export type Reminder = (typeof REMINDERS)[number];
/** The court reminder goes this many days before the last day to go to court. */
export const COURT_REMINDER_DAYS = 14;

/** What the requester has recorded: days they entered. */
export type RequestDates = {
  sentOn: CalendarDay | null;
  answeredOn: CalendarDay | null;
  answerKind: AnswerKind | null;
  referredOn: CalendarDay | null;
  opinionOn: CalendarDay | null;
  outcome: Outcome | null;
  outcomeOn: CalendarDay | null;
  courtOn: CalendarDay | null;
};

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(day: CalendarDay) {
  const match = DAY_PATTERN.exec(day);
  if (!match || !isCalendarDay(day)) throw new Error(`not a calendar day: ${day}`);
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const format = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** `day` plus `months`, quantième à quantième, clamped to the last day of a shorter month. */
export function addMonths(day: CalendarDay, months: number): CalendarDay {
  const { y, m, d } = parts(day);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return format(year, month, Math.min(d, daysInMonth(year, month)));
}

export function addDays(day: CalendarDay, days: number): CalendarDay {
  const { y, m, d } = parts(day);
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return format(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: CalendarDay, to: CalendarDay): number {
  const a = parts(from);
  const b = parts(to);
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000);
}

/** The calendar day it is in Paris at the instant `now`. */
export function parisToday(now: Date): CalendarDay {
  return parisDay(now);
}

/** A Prisma @db.Date (midnight UTC) as a calendar day, and back. */
export const dayFromDate = (date: Date | null): CalendarDay | null => (date ? date.toISOString().slice(0, 10) : null);
export const dateFromDay = (day: CalendarDay): Date => new Date(`${day}T00:00:00.000Z`);

export type Clock = {
  state: RequestState;
  /** Last day for the administration to answer (R311-13): from the next day, its silence is a refusal. */
  answerDue: CalendarDay | null;
  /** The day the refusal arose: the explicit or partial answer, or the end of the month of silence. */
  refusedOn: CalendarDay | null;
  /** Last day to refer the matter to the CADA (R343-1). */
  referralDeadline: CalendarDay | null;
  /** Last day for the CADA's opinion (R343-3). */
  opinionDue: CalendarDay | null;
  /** The day the administration's silence after the referral confirms the refusal (R343-5). */
  refusalConfirmedOn: CalendarDay | null;
  /** Last day to go to the administrative court. */
  courtDeadline: CalendarDay | null;
  /** Days since the administration's deadline passed without an answer; 0 otherwise. */
  daysOverdue: number;
  /**
   * The deadline of the current state that `today` is past, if any: the last day to refer the
   * matter to the CADA or to go to court (the requester's), or the CADA's opinion (overdue).
   * What the page says then is what can still be done, not the deadline's usual text.
   */
  passed: PassedDeadline | null;
};

export const PASSED_DEADLINES = ["referralDeadline", "opinionDue", "courtDeadline"] as const;
export type PassedDeadline = (typeof PASSED_DEADLINES)[number];

/** Where a request stands on `today` (a Paris day), from the days the requester recorded. */
export function computeClock(dates: RequestDates, today: CalendarDay): Clock {
  const clock: Clock = {
    state: "TO_SEND",
    answerDue: null,
    refusedOn: null,
    referralDeadline: null,
    opinionDue: null,
    refusalConfirmedOn: null,
    courtDeadline: null,
    daysOverdue: 0,
    passed: null,
  };
  const result = clockWithoutPassed(clock, dates, today);
  result.passed = passedDeadline(result, today);
  return result;
}

function passedDeadline(clock: Clock, today: CalendarDay): PassedDeadline | null {
  if (REFERABLE_STATES.includes(clock.state) && clock.referralDeadline && today > clock.referralDeadline) return "referralDeadline";
  if (clock.state === "REFERRED" && clock.opinionDue && today > clock.opinionDue) return "opinionDue";
  if (COURT_STATES.includes(clock.state) && clock.courtDeadline && today > clock.courtDeadline) return "courtDeadline";
  return null;
}

function clockWithoutPassed(clock: Clock, dates: RequestDates, today: CalendarDay): Clock {
  if (!dates.sentOn) return clock;
  clock.state = "SENT";
  // R311-12, R311-13: one month to answer; silence beyond it is a refusal.
  clock.answerDue = addMonths(dates.sentOn, 1);
  // Days overdue: since the month ended without an answer (referred or not).
  if (!dates.answeredOn && today > clock.answerDue) clock.daysOverdue = daysBetween(clock.answerDue, today);
  if (dates.answeredOn && dates.answerKind) {
    clock.state = dates.answerKind === "FULL" ? "ANSWERED" : dates.answerKind === "PARTIAL" ? "PARTLY_ANSWERED" : "REFUSED";
  } else if (!dates.referredOn && today > clock.answerDue) {
    clock.state = "IMPLICITLY_REFUSED";
  }
  // The refusal: the answer that refused (all or part), or the end of the month of silence.
  if (dates.answeredOn && dates.answerKind && dates.answerKind !== "FULL") clock.refusedOn = dates.answeredOn;
  else if (!dates.answeredOn && (today > clock.answerDue || dates.referredOn)) clock.refusedOn = clock.answerDue;
  // R343-1: two months from the refusal to refer the matter to the CADA.
  if (clock.refusedOn) clock.referralDeadline = addMonths(clock.refusedOn, 2);
  if (!dates.referredOn) return clock;

  clock.state = "REFERRED";
  // R343-3: the CADA's opinion within one month; R343-5: silence two months after the referral confirms the refusal.
  clock.opinionDue = addMonths(dates.referredOn, 1);
  clock.refusalConfirmedOn = addMonths(dates.referredOn, 2);
  if (dates.opinionOn) clock.state = "CADA_OPINION";
  if (dates.outcome === "COMMUNICATED") {
    clock.state = "COMMUNICATED";
    return clock;
  }
  // The refusal is confirmed by an explicit answer after the opinion, or by two months of silence.
  const confirmedOn =
    dates.outcome === "REFUSED" && dates.outcomeOn
      ? dates.outcomeOn < clock.refusalConfirmedOn
        ? dates.outcomeOn
        : clock.refusalConfirmedOn
      : today > clock.refusalConfirmedOn
        ? clock.refusalConfirmedOn
        : null;
  if (confirmedOn) {
    clock.state = "REFUSAL_CONFIRMED";
    // Two months to go to the administrative court.
    clock.courtDeadline = addMonths(confirmedOn, 2);
  }
  if (dates.courtOn) clock.state = "COURT";
  return clock;
}

/** The reminders due on `today` for a request whose reminders are on, minus those already sent. */
export function dueReminders(dates: RequestDates, today: CalendarDay, sent: readonly string[]): Reminder[] {
  const clock = computeClock(dates, today);
  const due: Reminder[] = [];
  // The month of silence is over: the requester can refer the matter to the CADA.
  if (clock.state === "IMPLICITLY_REFUSED" && clock.referralDeadline && today <= clock.referralDeadline) due.push("IMPLICIT_REFUSAL");
  // The CADA's month is over and no opinion has been recorded.
  if (clock.state === "REFERRED" && clock.opinionDue && today > clock.opinionDue) due.push("OPINION_DUE");
  // The last day to go to court is near.
  if (
    clock.state === "REFUSAL_CONFIRMED" &&
    clock.courtDeadline &&
    today >= addDays(clock.courtDeadline, -COURT_REMINDER_DAYS) &&
    today <= clock.courtDeadline
  ) {
    due.push("COURT_DEADLINE");
  }
  return due.filter((reminder) => !sent.includes(reminder));
}
