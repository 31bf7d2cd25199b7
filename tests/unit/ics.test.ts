import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { escapeText, foldLine, utcDateTime, writeCalendar } from "~/utils/ics.server";
import { fromParisLocal } from "~/utils/paris-time";

const octets = (line: string) => new TextEncoder().encode(line).length;

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return { calendar, events: calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent)) };
}

describe("the iCalendar writer (RFC 5545)", () => {
  it("escapes TEXT values: backslash, semicolon, comma and newlines", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
  });

  it("folds at 75 octets, never inside a UTF-8 sequence, and unfolds to the same line", () => {
    const line = `DESCRIPTION:${"é".repeat(60)}${"🎥".repeat(20)}${"a".repeat(100)}`;
    const folded = foldLine(line);
    const physical = folded.split("\r\n");
    expect(physical.length).toBeGreaterThan(2);
    for (const part of physical) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      expect(part).not.toContain("\uFFFD");
      expect(Buffer.from(part, "utf8").toString("utf8")).toBe(part); // no lone half of a character
    }
    for (const part of physical.slice(1)) expect(part.startsWith(" ")).toBe(true);
    expect(physical.map((part, index) => (index === 0 ? part : part.slice(1))).join("")).toBe(line);
  });

  it("writes CRLF line endings only, METHOD:PUBLISH, the calendar's name and a stable UID", () => {
    const ics = writeCalendar({
      name: "Technopolice, Marseille",
      now: new Date("2026-12-01T10:00:00Z"),
      events: [
        {
          uid: "abc@technopolice",
          sequence: 3,
          start: new Date("2027-01-15T17:00:00Z"),
          summary: "Remise ; pétition, mairie",
          location: "Hôtel de ville\nMarseille",
        },
      ],
    });
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
    expect(ics).toContain("METHOD:PUBLISH\r\n");
    expect(ics).toContain("DTSTAMP:20261201T100000Z\r\n");
    const { calendar, events } = parse(ics);
    // An X- property is of unknown type to ical.js (raw value); the clients read it as TEXT.
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Technopolice\\, Marseille");
    expect(events[0].uid).toBe("abc@technopolice");
    expect(events[0].sequence).toBe(3);
    expect(events[0].summary).toBe("Remise ; pétition, mairie");
    expect(events[0].location).toBe("Hôtel de ville\nMarseille");
  });

  it("keeps the right instants across the daylight-saving change (Paris, 25 October 2026)", () => {
    // 20:00 on Saturday 24 October (UTC+2) to 03:30 on Sunday 25 October (UTC+1): 8 h 30.
    const start = fromParisLocal("2026-10-24T20:00");
    const end = fromParisLocal("2026-10-25T03:30");
    expect(start.toISOString()).toBe("2026-10-24T18:00:00.000Z");
    expect(end.toISOString()).toBe("2026-10-25T02:30:00.000Z");
    const ics = writeCalendar({ name: "Agenda", events: [{ uid: "dst@technopolice", sequence: 0, start, end, summary: "Nuit de veille" }] });
    expect(ics).toContain(`DTSTART:${utcDateTime(start)}\r\n`);
    const [event] = parse(ics).events;
    expect(event.startDate.toJSDate().toISOString()).toBe("2026-10-24T18:00:00.000Z");
    expect(event.endDate.toJSDate().toISOString()).toBe("2026-10-25T02:30:00.000Z");
    expect(event.duration.toSeconds()).toBe(8.5 * 3600);
  });

  it("writes cancelled events as STATUS:CANCELLED and whole days as DATE values", () => {
    const ics = writeCalendar({
      name: "Échéances",
      events: [
        { uid: "a@technopolice", sequence: 1, start: new Date("2027-02-01T09:00:00Z"), summary: "Annulé", cancelled: true },
        { uid: "b@technopolice", sequence: 0, start: { day: "2027-03-31" }, summary: "Dernier jour" },
      ],
    });
    const { events } = parse(ics);
    expect(events[0].component.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(events[1].startDate.isDate).toBe(true);
    expect(events[1].startDate.toString()).toBe("2027-03-31");
    expect(events[1].endDate.toString()).toBe("2027-04-01");
    expect(ics).toContain("DTSTART;VALUE=DATE:20270331\r\n");
  });
});
