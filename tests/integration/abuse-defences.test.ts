import { describe, expect, it } from "vitest";
import { FORM_GUARD_FIELDS } from "~/utils/form-guard-fields";
import { db } from "~/utils/db.server";
import { clientIpFrom } from "~/utils/client-ip.server";
import { guardReply, heldBack, humanCheck, issueFormGuardToken } from "~/utils/form-guard.server";
import { rateLimit, rateLimitRetentionRules } from "~/utils/rate-limit.server";

const unique = () => Math.random().toString(36).slice(2);

function submission(fields: Record<string, string>) {
  const formData = new FormData();
  for (const [name, value] of Object.entries(fields)) formData.set(name, value);
  return formData;
}

describe("rate limiter", () => {
  it("allows the limit within the window, then refuses (default rule: 5 per hour per email)", async () => {
    const subject = `${unique()}@example.org`;
    const results = [];
    for (let i = 0; i < 7; i++) results.push((await rateLimit("newsletter:email", subject)).allowed);
    expect(results).toEqual([true, true, true, true, true, false, false]);
    // Another subject, or the same subject on another form, has its own counter.
    expect((await rateLimit("newsletter:email", `${unique()}@example.org`)).allowed).toBe(true);
    expect((await rateLimit("volunteer:email", subject)).allowed).toBe(true);
  });

  it("counts exactly under concurrency, as several web instances would", async () => {
    const subject = `${unique()}@example.org`;
    const results = await Promise.all(Array.from({ length: 12 }, () => rateLimit("petition-sign:email", subject)));
    expect(results.filter((result) => result.allowed)).toHaveLength(5);
  });

  it("starts a new window once the previous one is over, and the retention rule removes old counters", async () => {
    const subject = `${unique()}@example.org`;
    for (let i = 0; i < 6; i++) await rateLimit("sign-in:email", subject);
    expect((await rateLimit("sign-in:email", subject)).allowed).toBe(false);
    await db().rateLimit.updateMany({ data: { resetAt: new Date(Date.now() - 1000) } });
    expect((await rateLimit("sign-in:email", subject)).allowed).toBe(true);

    await db().rateLimit.updateMany({ data: { resetAt: new Date(Date.now() - 1000) } });
    const removed = await rateLimitRetentionRules[0].run(new Date());
    expect(removed).toBeGreaterThan(0);
    expect(await db().rateLimit.count()).toBe(0);
  });

  it("stores only keyed hashes, never the address", async () => {
    const subject = `visible-${unique()}@example.org`;
    await rateLimit("newsletter:email", subject);
    const rows = await db().$queryRaw<{ key: string }[]>`SELECT key FROM rate_limit`;
    expect(rows.some((row) => row.key.includes("visible"))).toBe(false);
  });
});

describe("honeypot and minimum fill time", () => {
  const shownAt = Date.now();
  const token = issueFormGuardToken(shownAt);

  it("accepts a form filled by a person", () => {
    expect(humanCheck(submission({ [FORM_GUARD_FIELDS.token]: token, [FORM_GUARD_FIELDS.honeypot]: "" }), shownAt + 5_000)).toBe("human");
  });

  it("takes a filled honeypot or a missing or forged token for a bot", () => {
    expect(humanCheck(submission({ [FORM_GUARD_FIELDS.token]: token, [FORM_GUARD_FIELDS.honeypot]: "https://spam.example" }), shownAt + 5_000)).toBe("bot");
    expect(humanCheck(submission({}), shownAt + 5_000)).toBe("bot");
    const forged = `${shownAt - 60_000}.${token.split(".")[1]}`;
    expect(humanCheck(submission({ [FORM_GUARD_FIELDS.token]: forged }), shownAt + 5_000)).toBe("bot");
  });

  it("holds back a genuine form sent faster than a person fills one (autofill, a quick tap), without calling it a bot", () => {
    expect(humanCheck(submission({ [FORM_GUARD_FIELDS.token]: token }), shownAt + 500)).toBe("quick");
    expect(humanCheck(submission({ [FORM_GUARD_FIELDS.token]: token, [FORM_GUARD_FIELDS.honeypot]: "x" }), shownAt + 500)).toBe("bot");
    expect(heldBack("quick")).toEqual({ formErrors: ["forms.confirmQuick"], status: 400 });
  });

  it("answers as the form's action would: nothing for a person who may go on, the usual page for a bot, the form and its reason otherwise", () => {
    const answers = {
      bot: () => new Response(null, { status: 302, headers: { Location: "/merci" } }),
      reply: (held: { formErrors: string[] }) => ({ kept: "typed", ...held }),
    };
    expect(guardReply("ok", answers)).toBeNull();
    expect((guardReply("bot", answers) as Response).headers.get("Location")).toBe("/merci");
    expect(guardReply("quick", answers)).toMatchObject({ data: { kept: "typed", formErrors: ["forms.confirmQuick"] }, init: { status: 400 } });
    expect(guardReply("rate-limited", answers)).toMatchObject({ data: { kept: "typed", formErrors: ["errors.rateLimited"] }, init: { status: 429 } });
  });
});

describe("client IP address", () => {
  const headers = new Headers({ "x-forwarded-for": "203.0.113.9, 198.51.100.7", "x-real-ip": "198.51.100.8" });

  it("ignores forwarding headers unless a trusted proxy is configured", () => {
    expect(clientIpFrom(headers, "::ffff:127.0.0.1", undefined)).toBe("127.0.0.1");
  });

  it("takes the address our proxy appended, not what the client claimed", () => {
    expect(clientIpFrom(headers, "10.0.0.2", "x-forwarded-for")).toBe("198.51.100.7");
    expect(clientIpFrom(headers, "10.0.0.2", "x-real-ip")).toBe("198.51.100.8");
    expect(clientIpFrom(new Headers(), "10.0.0.2", "x-real-ip")).toBe("10.0.0.2");
  });
});

describe("rate limits per client (issue 16)", () => {
  it("count an IPv6 client by its /64, an IPv4 client by its address", async () => {
    const { rateLimitSubject } = await import("~/utils/client-ip.server");
    expect(rateLimitSubject("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(rateLimitSubject("2001:0db8:0001:0002:ffff:ffff:ffff:ffff")).toBe("2001:db8:1:2::/64");
    expect(rateLimitSubject("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(rateLimitSubject("::1")).toBe("0:0:0:0::/64");
    expect(rateLimitSubject("203.0.113.7")).toBe("203.0.113.7");
    // Every address of one /64 shares a counter.
    const prefix = `2001:db8:${Math.floor(Math.random() * 65535).toString(16)}:7`;
    expect(new Set(Array.from({ length: 7 }, (_, i) => rateLimitSubject(`${prefix}:${i + 1}::${i + 1}`))).size).toBe(1);
  });
});
