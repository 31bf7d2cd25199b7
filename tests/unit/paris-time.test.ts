// The Paris wall clock ↔ instant conversion of event forms (issue 25), across both changes of 2026.
import { describe, expect, test } from "vitest";
import { fromParisLocal, nextDay, parisInstant, parisWallClock, toParisLocal } from "~/utils/paris-time";

describe("parisInstant", () => {
  test("winter and summer times", () => {
    expect(parisInstant("2026-01-15", "14:00")?.toISOString()).toBe("2026-01-15T13:00:00.000Z");
    expect(parisInstant("2026-07-15", "14:00")?.toISOString()).toBe("2026-07-15T12:00:00.000Z");
  });
  test("around the spring change (29 March 2026): 02:30 does not exist and reads as 03:30 CEST", () => {
    expect(parisInstant("2026-03-29", "01:59")?.toISOString()).toBe("2026-03-29T00:59:00.000Z");
    expect(parisInstant("2026-03-29", "02:30")?.toISOString()).toBe("2026-03-29T01:30:00.000Z");
    expect(parisWallClock(parisInstant("2026-03-29", "02:30")!)).toEqual({ day: "2026-03-29", time: "03:30" });
    expect(parisInstant("2026-03-29", "03:00")?.toISOString()).toBe("2026-03-29T01:00:00.000Z");
    expect(parisInstant("2026-03-29", "14:00")?.toISOString()).toBe("2026-03-29T12:00:00.000Z");
    expect(parisInstant("2026-03-28", "14:00")?.toISOString()).toBe("2026-03-28T13:00:00.000Z");
  });
  test("around the autumn change (25 October 2026): 02:30 exists twice and is the first, in summer time", () => {
    expect(parisInstant("2026-10-25", "01:30")?.toISOString()).toBe("2026-10-24T23:30:00.000Z");
    expect(parisInstant("2026-10-25", "02:30")?.toISOString()).toBe("2026-10-25T00:30:00.000Z");
    expect(parisInstant("2026-10-25", "03:00")?.toISOString()).toBe("2026-10-25T02:00:00.000Z");
    expect(parisInstant("2026-10-25", "14:00")?.toISOString()).toBe("2026-10-25T13:00:00.000Z");
    expect(parisInstant("2026-10-24", "14:00")?.toISOString()).toBe("2026-10-24T12:00:00.000Z");
  });
  test("round trip on every quarter hour of both change days", () => {
    for (const day of ["2026-03-29", "2026-10-25"]) {
      for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
        const time = `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
        const instant = parisInstant(day, time)!;
        if (day === "2026-03-29" && time.startsWith("02:")) continue;
        expect(parisWallClock(instant)).toEqual({ day, time });
      }
    }
  });
  test("junk is null", () => {
    expect(parisInstant("2026-02-30", "10:00")).toBeNull();
    expect(parisInstant("2026-02-10", "24:00")).toBeNull();
    expect(parisInstant("nope", "10:00")).toBeNull();
  });
  test("nextDay", () => {
    expect(nextDay("2026-03-28")).toBe("2026-03-29");
    expect(nextDay("2026-12-31")).toBe("2027-01-01");
  });
});

describe("datetime-local values (campaign dates, hearings)", () => {
  test("read and written in Paris, by the same rule as parisInstant", () => {
    expect(fromParisLocal("2027-03-31T18:00").toISOString()).toBe("2027-03-31T16:00:00.000Z");
    expect(toParisLocal(new Date("2027-03-31T16:00:00.000Z"))).toBe("2027-03-31T18:00");
    // The skipped hour is read after the jump, the repeated one as the first (summer) time.
    expect(fromParisLocal("2026-03-29T02:30").toISOString()).toBe("2026-03-29T01:30:00.000Z");
    expect(fromParisLocal("2026-10-25T02:30").toISOString()).toBe("2026-10-25T00:30:00.000Z");
  });
  test("anything else is an invalid date", () => {
    for (const junk of ["", "2027-03-31", "2027-03-31T25:00", "2027-02-30T10:00", "T10:00"]) {
      expect(Number.isNaN(fromParisLocal(junk).getTime())).toBe(true);
    }
  });
});
