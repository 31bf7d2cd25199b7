// Issue 16: the forms that must not tell whether an address is known do the same work for both
// in the request (one sealed job); the job does what differs.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { answerAddressRequest, answerAddressRequests, enqueueAddressRequest, type AddressRequest } from "~/models/address-request.server";
import { emailKey, recipientIndexFor } from "~/models/email-message.server";
import { addOrganizer } from "~/models/organizer.server";
import { subscriberIndexFor } from "~/modules/newsletter/subscriber.server";
import { volunteerIndexFor } from "~/modules/petitions/signature-index.server";
import { db } from "~/utils/db.server";
import { jobClient, stopJobClient } from "~/utils/jobs.server";

// pg-boss creates its schema and queues when it starts.
beforeAll(async () => void (await jobClient()));
afterAll(() => stopJobClient());

const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

/** Enqueues a request and returns what the request wrote: the number of rows per table it touched, and the job's data. */
async function requestAndJob(request: AddressRequest) {
  const count = () => db().$queryRaw<{ jobs: bigint; emails: bigint; tokens: bigint; subscribers: bigint; volunteers: bigint }[]>`
    SELECT (SELECT count(*) FROM pgboss.job WHERE name = 'answer-address-request') AS jobs,
           (SELECT count(*) FROM email_message) AS emails, (SELECT count(*) FROM sign_in_token) AS tokens,
           (SELECT count(*) FROM subscriber) AS subscribers, (SELECT count(*) FROM volunteer) AS volunteers`;
  const [before] = await count();
  await enqueueAddressRequest(request);
  const [after] = await count();
  const [job] = await db().$queryRaw<{ data: { sealed: string } }[]>`
    SELECT data FROM pgboss.job WHERE name = 'answer-address-request' ORDER BY created_on DESC LIMIT 1`;
  return {
    wrote: {
      jobs: Number(after.jobs - before.jobs),
      emails: Number(after.emails - before.emails),
      tokens: Number(after.tokens - before.tokens),
      subscribers: Number(after.subscribers - before.subscribers),
      volunteers: Number(after.volunteers - before.volunteers),
    },
    job: job.data,
  };
}

const ONE_JOB_ONLY = { jobs: 1, emails: 0, tokens: 0, subscribers: 0, volunteers: 0 };
const emailsTo = (address: string) => db().emailMessage.count({ where: { recipientIndex: recipientIndexFor(address) } });

describe("the request does the same work for a known and an unknown address", () => {
  test("organizer sign-in: one sealed job either way; the job sends a link to the organizer only", async () => {
    const organizer = `organizer-${unique()}@collectif.example`;
    const stranger = `stranger-${unique()}@example.org`;
    await addOrganizer({ email: organizer, role: "ORGANIZER", addedBy: null });
    const known = await requestAndJob({ kind: "sign-in", email: organizer, lang: "fr" });
    const unknown = await requestAndJob({ kind: "sign-in", email: stranger, lang: "fr" });
    expect(known.wrote).toEqual(ONE_JOB_ONLY);
    expect(unknown.wrote).toEqual(ONE_JOB_ONLY);
    // Sealed: the address is not in the job's data.
    expect(JSON.stringify(known.job)).not.toContain("organizer-");
    await answerAddressRequest(known.job);
    await answerAddressRequest(unknown.job);
    expect(await emailsTo(organizer)).toBe(1);
    expect(await emailsTo(stranger)).toBe(0);
  });

  test("newsletter: the job subscribes a new address; a confirmed one is left as it is", async () => {
    const email = `reader-${unique()}@example.org`;
    const first = await requestAndJob({ kind: "newsletter", email, lang: "fr", source: "page" });
    expect(first.wrote).toEqual(ONE_JOB_ONLY);
    await answerAddressRequest(first.job);
    const row = await db().subscriber.findUniqueOrThrow({ where: { emailIndex: subscriberIndexFor(email) } });
    expect(row.status).toBe("PENDING");
    await db().subscriber.update({ where: { id: row.id }, data: { status: "CONFIRMED" } });
    const again = await requestAndJob({ kind: "newsletter", email, lang: "fr", source: "footer" });
    expect(again.wrote).toEqual(ONE_JOB_ONLY);
    await answerAddressRequest(again.job);
    expect(await emailsTo(email)).toBe(1);
  });

  test("volunteers: the job signs up a new address and reminds a known one of its link", async () => {
    const email = `volunteer-${unique()}@example.org`;
    const input = {
      name: "Sacha",
      commune: "Rennes",
      email,
      skills: ["LEGAL" as const],
      availability: "MONTHLY" as const,
      languages: "",
      message: "",
      consentContact: true,
    };
    const consentedAt = new Date(Date.now() - 5_000);
    const first = await requestAndJob({ kind: "volunteer", inseeCode: "35238", input, lang: "fr", consentedAt: consentedAt.toISOString() });
    const second = await requestAndJob({
      kind: "volunteer",
      inseeCode: "35238",
      input: { ...input, name: "Autre" },
      lang: "fr",
      consentedAt: new Date().toISOString(),
    });
    expect(first.wrote).toEqual(ONE_JOB_ONLY);
    expect(second.wrote).toEqual(ONE_JOB_ONLY);
    await answerAddressRequest(first.job);
    await answerAddressRequest(second.job);
    const row = await db().volunteer.findUniqueOrThrow({ where: { emailIndex: volunteerIndexFor(email) } });
    // The consent's time is the form's, not the job's.
    expect(row.consentedAt.toISOString()).toBe(consentedAt.toISOString());
    expect(await db().emailMessage.count({ where: { idempotencyKey: { startsWith: emailKey(`volunteer-confirm/${row.id}/`) } } })).toBe(1);
    expect(await db().emailMessage.count({ where: { idempotencyKey: { startsWith: emailKey(`volunteer-already/${row.id}/`) } } })).toBe(1);
  });

  test("donation portal: one sealed job either way; nothing sent to an address that is not a monthly donor's", async () => {
    const stranger = `nobody-${unique()}@example.org`;
    const unknown = await requestAndJob({ kind: "donation-portal", email: stranger, lang: "en" });
    expect(unknown.wrote).toEqual(ONE_JOB_ONLY);
    await answerAddressRequest(unknown.job);
    expect(await emailsTo(stranger)).toBe(0);
  });
});

describe("the worker answers the requests a batch at a time", () => {
  test("a request that fails is enqueued again for later; the others of its batch are answered once", async () => {
    const organizer = `organizer-${unique()}@collectif.example`;
    await addOrganizer({ email: organizer, role: "ORGANIZER", addedBy: null });
    const good = await requestAndJob({ kind: "sign-in", email: organizer, lang: "fr" });
    const email = `volunteer-${unique()}@example.org`;
    const input = {
      name: "Sacha",
      commune: "Nulle part",
      email,
      skills: ["LEGAL" as const],
      availability: "MONTHLY" as const,
      languages: "",
      message: "",
      consentContact: true,
    };
    // No such commune: the insert fails (foreign key), as a database blip would.
    const bad = await requestAndJob({ kind: "volunteer", inseeCode: "00000", input, lang: "fr", consentedAt: new Date().toISOString() });
    const [before] = await db().$queryRaw<
      { n: bigint }[]
    >`SELECT count(*) AS n FROM pgboss.job WHERE name = 'answer-address-request' AND data->>'attempt' = '1'`;
    await answerAddressRequests([{ data: good.job }, { data: bad.job }]);
    expect(await emailsTo(organizer)).toBe(1);
    const [after] = await db().$queryRaw<
      { n: bigint }[]
    >`SELECT count(*) AS n FROM pgboss.job WHERE name = 'answer-address-request' AND data->>'attempt' = '1'`;
    expect(Number(after.n - before.n)).toBe(1);
  });
});
