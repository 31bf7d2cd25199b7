import { describe, expect, test } from "vitest";
import { addMonths, computeClock, dueReminders, parisToday, type RequestDates } from "~/modules/document-requests/clock";
import { isCalendarDay } from "~/utils/dates";

const none: RequestDates = {
  sentOn: null,
  answeredOn: null,
  answerKind: null,
  referredOn: null,
  opinionOn: null,
  outcome: null,
  outcomeOn: null,
  courtOn: null,
};
const sent = (sentOn: string, more: Partial<RequestDates> = {}): RequestDates => ({ ...none, sentOn, ...more });

describe("months, quantième à quantième", () => {
  test("the same day of the month, or the last day of a shorter month", () => {
    expect(addMonths("2026-01-15", 1)).toBe("2026-02-15");
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2028-01-31", 1)).toBe("2028-02-29"); // leap year
    expect(addMonths("2026-03-31", 1)).toBe("2026-04-30");
    expect(addMonths("2026-12-31", 2)).toBe("2027-02-28");
    expect(addMonths("2027-12-29", 2)).toBe("2028-02-29");
    expect(addMonths("2026-11-30", 2)).toBe("2027-01-30");
  });

  test("calendar days are checked", () => {
    expect(isCalendarDay("2028-02-29")).toBe(true);
    expect(isCalendarDay("2026-02-29")).toBe(false);
    expect(isCalendarDay("2026-13-01")).toBe(false);
    expect(isCalendarDay("1er mars")).toBe(false);
  });

  test("today is the day in Paris: a Friday evening there is still Friday, just after midnight it is Saturday", () => {
    // Friday 30 January 2026, 23:30 in Paris (UTC+1) is 22:30 UTC.
    expect(parisToday(new Date("2026-01-30T22:30:00Z"))).toBe("2026-01-30");
    // 00:30 on Saturday in Paris is still Friday in UTC.
    expect(parisToday(new Date("2026-01-30T23:30:00Z"))).toBe("2026-01-31");
    // Summer time (UTC+2): Friday 3 July 2026, 23:30 in Paris is 21:30 UTC; 22:30 UTC is Saturday.
    expect(parisToday(new Date("2026-07-03T21:30:00Z"))).toBe("2026-07-03");
    expect(parisToday(new Date("2026-07-03T22:30:00Z"))).toBe("2026-07-04");
  });
});

describe("the administration's month (R311-12, R311-13)", () => {
  test("sent on 31 January: it may answer until 28 February; silence is a refusal from 1 March", () => {
    expect(computeClock(sent("2026-01-31"), "2026-02-28")).toMatchObject({ state: "SENT", answerDue: "2026-02-28", daysOverdue: 0, refusedOn: null });
    expect(computeClock(sent("2026-01-31"), "2026-03-01")).toMatchObject({
      state: "IMPLICITLY_REFUSED",
      refusedOn: "2026-02-28",
      referralDeadline: "2026-04-28",
      daysOverdue: 1,
    });
  });

  test("in a leap year the month ends on 29 February", () => {
    expect(computeClock(sent("2028-01-31"), "2028-02-29").state).toBe("SENT");
    expect(computeClock(sent("2028-01-31"), "2028-03-01")).toMatchObject({ state: "IMPLICITLY_REFUSED", daysOverdue: 1 });
  });

  test("a request sent on a Friday evening, Paris time, counts from that Friday", () => {
    const friday = parisToday(new Date("2026-01-30T22:45:00Z"));
    expect(computeClock(sent(friday), "2026-02-28").state).toBe("SENT");
    expect(computeClock(sent(friday), "2026-03-02").state).toBe("IMPLICITLY_REFUSED");
    expect(computeClock(sent(friday), "2026-03-01")).toMatchObject({ answerDue: "2026-02-28", daysOverdue: 1 });
  });

  test("not sent yet: nothing runs", () => {
    expect(computeClock(none, "2030-01-01")).toMatchObject({ state: "TO_SEND", answerDue: null, daysOverdue: 0 });
  });

  test("answers: full closes it, partial or refused opens two months to refer from the answer", () => {
    expect(computeClock(sent("2026-01-10", { answeredOn: "2026-02-20", answerKind: "FULL" }), "2026-06-01")).toMatchObject({
      state: "ANSWERED",
      referralDeadline: null,
    });
    expect(computeClock(sent("2026-01-10", { answeredOn: "2026-01-31", answerKind: "PARTIAL" }), "2026-02-01")).toMatchObject({
      state: "PARTLY_ANSWERED",
      refusedOn: "2026-01-31",
      referralDeadline: "2026-03-31",
    });
    expect(computeClock(sent("2026-01-10", { answeredOn: "2026-12-31", answerKind: "REFUSED" }), "2027-01-01")).toMatchObject({
      state: "REFUSED",
      referralDeadline: "2027-02-28",
    });
  });
});

describe("the CADA (R343-1, R343-3, R343-5) and the court", () => {
  const referred = sent("2026-01-05", { referredOn: "2026-02-10" });

  test("the opinion is due one month after the referral, the refusal is confirmed two months after it", () => {
    expect(computeClock(referred, "2026-03-10")).toMatchObject({
      state: "REFERRED",
      opinionDue: "2026-03-10",
      refusalConfirmedOn: "2026-04-10",
      courtDeadline: null,
    });
    expect(computeClock(referred, "2026-04-10").state).toBe("REFERRED");
    expect(computeClock(referred, "2026-04-11")).toMatchObject({ state: "REFUSAL_CONFIRMED", courtDeadline: "2026-06-10" });
  });

  test("after the opinion: communicated closes it, an explicit refusal starts the court's two months at once", () => {
    const opinion = { ...referred, opinionOn: "2026-03-01" };
    expect(computeClock(opinion, "2026-03-02").state).toBe("CADA_OPINION");
    expect(computeClock({ ...opinion, outcome: "COMMUNICATED", outcomeOn: "2026-03-20" }, "2026-05-01").state).toBe("COMMUNICATED");
    expect(computeClock({ ...opinion, outcome: "REFUSED", outcomeOn: "2026-03-20" }, "2026-03-21")).toMatchObject({
      state: "REFUSAL_CONFIRMED",
      courtDeadline: "2026-05-20",
    });
    expect(computeClock({ ...opinion, courtOn: "2026-05-01" }, "2026-05-02").state).toBe("COURT");
  });

  test("a referral on 31 December: opinion due 31 January, refusal confirmed on 28 February, court until 28 April", () => {
    const late = sent("2026-10-01", { referredOn: "2026-12-31" });
    expect(computeClock(late, "2027-03-01")).toMatchObject({ opinionDue: "2027-01-31", refusalConfirmedOn: "2027-02-28", courtDeadline: "2027-04-28" });
  });
});

describe("a deadline of the state passed: the page says what can still be done (issue 29)", () => {
  test("refused, implicitly or not: past the last day to refer to the CADA, and not on it", () => {
    // Sent on 31 January: silence is a refusal from 1 March; refer until 28 April.
    expect(computeClock(sent("2026-01-31"), "2026-04-28")).toMatchObject({ state: "IMPLICITLY_REFUSED", referralDeadline: "2026-04-28", passed: null });
    expect(computeClock(sent("2026-01-31"), "2026-04-29")).toMatchObject({ state: "IMPLICITLY_REFUSED", passed: "referralDeadline" });
    const refused = sent("2026-01-10", { answeredOn: "2026-01-20", answerKind: "REFUSED" as const });
    expect(computeClock(refused, "2026-03-20").passed).toBeNull();
    expect(computeClock(refused, "2026-03-21").passed).toBe("referralDeadline");
    expect(computeClock({ ...refused, answerKind: "PARTIAL" }, "2026-03-21").passed).toBe("referralDeadline");
    // Referred in time: nothing passed.
    expect(computeClock({ ...refused, referredOn: "2026-03-01" }, "2026-03-21").passed).toBeNull();
  });

  test("referred: the CADA's opinion is overdue after its month; the court's deadline passes in turn", () => {
    const referred = sent("2026-01-05", { referredOn: "2026-02-10" });
    expect(computeClock(referred, "2026-03-10").passed).toBeNull();
    expect(computeClock(referred, "2026-03-11")).toMatchObject({ state: "REFERRED", passed: "opinionDue" });
    expect(computeClock({ ...referred, opinionOn: "2026-03-12" }, "2026-03-13")).toMatchObject({ state: "CADA_OPINION", passed: null });
    expect(computeClock(referred, "2026-06-10")).toMatchObject({ state: "REFUSAL_CONFIRMED", courtDeadline: "2026-06-10", passed: null });
    expect(computeClock(referred, "2026-06-11")).toMatchObject({ state: "REFUSAL_CONFIRMED", passed: "courtDeadline" });
    expect(computeClock({ ...referred, courtOn: "2026-06-01" }, "2026-07-01")).toMatchObject({ state: "COURT", passed: null });
  });

  test("closed or still running: nothing passed", () => {
    expect(computeClock(none, "2030-01-01").passed).toBeNull();
    expect(computeClock(sent("2026-01-31"), "2026-02-28").passed).toBeNull();
    expect(computeClock(sent("2020-01-10", { answeredOn: "2020-01-20", answerKind: "FULL" }), "2030-01-01").passed).toBeNull();
  });
});

describe("reminders", () => {
  test("implicit refusal: due the day after the month, not before, and not once sent", () => {
    expect(dueReminders(sent("2026-01-31"), "2026-02-28", [])).toEqual([]);
    expect(dueReminders(sent("2026-01-31"), "2026-03-01", [])).toEqual(["IMPLICIT_REFUSAL"]);
    expect(dueReminders(sent("2026-01-31"), "2026-03-01", ["IMPLICIT_REFUSAL"])).toEqual([]);
    // Too late to refer: no reminder that would say otherwise.
    expect(dueReminders(sent("2026-01-31"), "2026-04-29", [])).toEqual([]);
  });

  test("opinion due, then the court deadline 14 days before its last day", () => {
    const referred = sent("2026-01-05", { referredOn: "2026-02-10" });
    expect(dueReminders(referred, "2026-03-10", [])).toEqual([]);
    expect(dueReminders(referred, "2026-03-11", [])).toEqual(["OPINION_DUE"]);
    expect(dueReminders(referred, "2026-05-26", ["OPINION_DUE"])).toEqual([]);
    expect(dueReminders(referred, "2026-05-27", ["OPINION_DUE"])).toEqual(["COURT_DEADLINE"]);
    expect(dueReminders(referred, "2026-06-10", ["OPINION_DUE"])).toEqual(["COURT_DEADLINE"]);
    expect(dueReminders(referred, "2026-06-11", ["OPINION_DUE"])).toEqual([]);
  });
});
