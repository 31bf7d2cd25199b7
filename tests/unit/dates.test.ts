import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, parisDay } from "~/utils/dates";

describe("dates", () => {
  it("writes the first of the month as an ordinal in French", () => {
    expect(formatDate("fr", new Date("2026-12-01T10:00:00Z"))).toBe("1er décembre 2026");
    expect(formatDate("fr", new Date("2026-12-01T10:00:00Z"), "medium")).toBe("1er déc. 2026");
    expect(formatDate("fr", new Date("2026-12-11T10:00:00Z"))).toBe("11 décembre 2026");
    expect(formatDate("fr", new Date("2026-12-21T10:00:00Z"))).toBe("21 décembre 2026");
    expect(formatDate("fr", new Date("2026-12-01T10:00:00Z"), "short")).toBe("01/12/2026");
    expect(formatDate("en", new Date("2026-12-01T10:00:00Z"))).toBe("1 December 2026");
  });

  it("reads instants in Paris, not in the server's or browser's zone", () => {
    // 23:30 UTC on 30 November is already 1 December in Paris (UTC+1 in winter).
    const lateNight = new Date("2026-11-30T23:30:00Z");
    expect(formatDate("fr", lateNight)).toBe("1er décembre 2026");
    expect(formatDateTime("fr", lateNight)).toBe("1er décembre 2026 à 00:30");
    expect(parisDay(lateNight)).toBe("2026-12-01");
    // 22:30 UTC on 30 June is 00:30 on 1 July in Paris (UTC+2 in summer).
    expect(formatDateTime("en", new Date("2026-06-30T22:30:00Z"))).toBe("1 July 2026 at 00:30");
    expect(parisDay(new Date("2026-06-30T21:59:00Z"))).toBe("2026-06-30");
  });

  it("reads a calendar day, or its midnight-UTC date, as that same day", () => {
    expect(formatDate("fr", "2026-12-01")).toBe("1er décembre 2026");
    expect(formatDate("fr", new Date("2026-12-01T00:00:00.000Z"))).toBe("1er décembre 2026");
    expect(formatDate("en", "2027-03-31")).toBe("31 March 2027");
  });
});
