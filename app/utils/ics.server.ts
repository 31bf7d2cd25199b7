// An iCalendar writer (RFC 5545) for the campaign's calendar feeds and a requester's private
// deadlines: what Thunderbird, Apple Calendar and Google Calendar read, and nothing more.
//
// Times are written in UTC ("DTSTART:20261024T180000Z", RFC 5545 §3.3.5 form #2), not as Paris
// wall times with a VTIMEZONE. All three clients accept UTC instants and show them in the
// reader's own zone; a TZID needs a VTIMEZONE whose daylight-saving rules the client may or may
// not trust (Google Calendar ignores the embedded definition and looks the name up; older
// Outlook builds mis-handle RRULE-based ones), and a Paris wall time in the hour repeated on the
// last Sunday of October is ambiguous while an instant is not. The events are stored as instants
// already, so nothing is converted twice. X-WR-TIMEZONE (a de-facto extension read by Apple
// Calendar and Google Calendar) names Europe/Paris as the calendar's zone for display only.
// A whole-day date (a requester's deadline) is a DATE value: the same day everywhere.
//
// Lines end with CRLF and are folded at 75 octets (§3.1), never inside a UTF-8 sequence; TEXT
// values escape backslash, semicolon, comma and newlines (§3.3.11).

export type IcsDay = { day: string }; // "YYYY-MM-DD"

export type IcsEvent = {
  /** Stable for the event's whole life, e.g. `<id>@technopolice`: a client updates, never duplicates. */
  uid: string;
  /** RFC 5545 SEQUENCE: bumped by every significant change. */
  sequence: number;
  start: Date | IcsDay;
  /** Exclusive end (for a day: the next day is computed from it when omitted). */
  end?: Date | IcsDay;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  cancelled?: boolean;
  created?: Date;
  lastModified?: Date;
  categories?: string[];
};

export type IcsCalendar = {
  /** X-WR-CALNAME: the name a client gives the subscribed calendar. */
  name: string;
  description?: string;
  events: IcsEvent[];
  /** DTSTAMP of every event: when this file was written. */
  now?: Date;
};

const CRLF = "\r\n";
const LIMIT = 75;
const encoder = new TextEncoder();

/** TEXT value escaping (RFC 5545 §3.3.11). Control characters other than newlines are dropped. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, "\n")
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\n/g, "\\n")
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ""); // eslint-disable-line no-control-regex
}

/**
 * Folds one content line: no physical line longer than 75 octets (excluding CRLF), each
 * continuation starting with one space, and a multi-octet character never split.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // A continuation line's leading space counts towards its 75 octets.
    if (octets + size > LIMIT) {
      out.push(current);
      current = " ";
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join(CRLF);
}

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

/** "20261024T180000Z" */
export function utcDateTime(date: Date): string {
  return `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`;
}

const nextDay = (day: string) => {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
};

function dateProperty(name: "DTSTART" | "DTEND", value: Date | IcsDay): string {
  if (value instanceof Date) return `${name}:${utcDateTime(value)}`;
  return `${name};VALUE=DATE:${value.day.replaceAll("-", "")}`;
}

function eventLines(event: IcsEvent, stamp: Date): string[] {
  const start = event.start;
  const end = event.end ?? (start instanceof Date ? new Date(start.getTime() + 60 * 60_000) : { day: nextDay(start.day) });
  const lines = [
    "BEGIN:VEVENT",
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${utcDateTime(stamp)}`,
    `SEQUENCE:${Math.max(0, Math.trunc(event.sequence))}`,
    dateProperty("DTSTART", start),
    dateProperty("DTEND", end),
    `SUMMARY:${escapeText(event.summary)}`,
    `STATUS:${event.cancelled ? "CANCELLED" : "CONFIRMED"}`,
    "TRANSP:OPAQUE",
  ];
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  // URL is a URI value (§3.8.4.6), not TEXT: not escaped (a comma is legal in it).
  if (event.url) lines.push(`URL:${event.url.replace(/[\r\n]/g, "")}`);
  if (event.categories?.length) lines.push(`CATEGORIES:${event.categories.map(escapeText).join(",")}`);
  if (event.created) lines.push(`CREATED:${utcDateTime(event.created)}`);
  if (event.lastModified) lines.push(`LAST-MODIFIED:${utcDateTime(event.lastModified)}`);
  lines.push("END:VEVENT");
  return lines;
}

/** A whole VCALENDAR (METHOD:PUBLISH), CRLF line endings, folded. */
export function writeCalendar({ name, description, events, now = new Date() }: IcsCalendar): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Technopolice//Agenda//FR",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(name)}`,
    "X-WR-TIMEZONE:Europe/Paris",
    ...(description ? [`X-WR-CALDESC:${escapeText(description)}`] : []),
    // How often a subscribed client should fetch the feed again (RFC 7986; Outlook's X- twin).
    "REFRESH-INTERVAL;VALUE=DURATION:PT1H",
    "X-PUBLISHED-TTL:PT1H",
    ...events.flatMap((event) => eventLines(event, now)),
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** The HTTP response for a calendar file. A private one is never stored nor indexed. */
export function icsResponse(
  body: string,
  { filename, private: isPrivate = false, download = false }: { filename: string; private?: boolean; download?: boolean },
) {
  const headers: Record<string, string> = {
    "Content-Type": "text/calendar; charset=utf-8",
    // One event's file downloads ("add to my calendar"); a feed opens in the calendar that subscribes.
    "Content-Disposition": `${download ? "attachment" : "inline"}; filename="${filename.replace(/[^\w.-]/g, "_")}"`,
  };
  if (isPrivate) {
    headers["Cache-Control"] = "no-store";
    headers["X-Robots-Tag"] = "noindex";
  } else {
    headers["Cache-Control"] = "public, max-age=300";
    headers["Access-Control-Allow-Origin"] = "*";
  }
  return new Response(body, { headers });
}
