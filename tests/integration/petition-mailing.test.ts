import { describe, expect, test } from "vitest";
import { listOutbox, recipientIndexFor } from "~/models/email-message.server";
import { addOrganizer } from "~/models/organizer.server";
import { confirmSignature, signPetition } from "~/modules/petitions/petition.server";
import { createMailing, MAILING_INTERVAL_MS, runMailingBatch, sendMailingPreview } from "~/modules/petition-mailing/mailing.server";
import { MailingSchema } from "~/modules/petition-mailing/schema";
import { newsUnsubscribeToken, unsubscribeFromPetitionNews } from "~/modules/petitions/news-unsubscribe.server";
import { db } from "~/utils/db.server";
import { hashToken } from "~/utils/tokens.server";
import { openPetition, signer } from "../factories/petition";

async function organizer() {
  const email = `orga-${Math.random().toString(36).slice(2)}@collectif.example`;
  const { id } = await addOrganizer({ email, role: "ORGANIZER", addedBy: null });
  return { id, email };
}
const message = { subject: "Le conseil vote jeudi", body: "Bonjour,\n\nLe conseil municipal vote jeudi à 18 h.\nVenez nombreux.\n\nL’équipe" };

/** A signer of `petitionId`, with or without the consent to be contacted, confirmed or not. */
async function signs(petitionId: string, { mayContact = true, confirmed = true } = {}) {
  const input = { ...signer(), mayContact };
  await signPetition({ petitionId, input, ipHash: "test-ip", lang: "fr" });
  const signature = await db().signature.findFirstOrThrow({ where: { petitionId, confirmedAt: null }, orderBy: { createdAt: "desc" } });
  if (confirmed) {
    await db().signature.update({ where: { id: signature.id }, data: { tokenHash: hashToken(`t-${signature.id}`) } });
    await confirmSignature({ token: `t-${signature.id}` });
  }
  return { id: signature.id, email: input.email };
}

/** Runs a mailing's job chain from its first batch, as the worker would (each batch once). */
async function runChain(mailingId: string, batch: number) {
  let queued = 0;
  let after: string | undefined;
  do {
    const result = await runMailingBatch({ mailingId, after }, { batch });
    queued += result.queued;
    after = result.next;
  } while (after);
  return queued;
}

/** The recipients of a mailing's emails so far, by their index (one entry per email). */
async function mailingEmails() {
  return db().emailMessage.findMany({ where: { template: "petition-mailing" }, select: { recipientIndex: true, idempotencyKey: true } });
}
const emailsTo = async (email: string) => (await mailingEmails()).filter((row) => row.recipientIndex === recipientIndexFor(email)).length;

describe("organizers write to the signers who agreed (issue 28, item 3)", () => {
  test("the signing form's consent is stored, unticked by default", async () => {
    const petition = await openPetition();
    const yes = await signs(petition.id, { mayContact: true, confirmed: false });
    const { mayContact: _, ...withoutConsent } = signer();
    const parsed = (await import("~/modules/petitions/sign-schema")).SignPetitionSchema.parse(withoutConsent);
    expect(parsed.mayContact).toBe(false);
    expect((await db().signature.findUniqueOrThrow({ where: { id: yes.id } })).mayContact).toBe(true);
  });

  test("only consenting, confirmed, valid, not unsubscribed signers of that petition get it; the job and audit are committed with the row", async () => {
    const petition = await openPetition();
    const { id: organizerId } = await organizer();
    const reader = await signs(petition.id);
    const unconfirmed = await signs(petition.id, { confirmed: false });
    const noConsent = await signs(petition.id, { mayContact: false });
    const invalidated = await signs(petition.id);
    await db().signature.update({ where: { id: invalidated.id }, data: { invalidatedAt: new Date(), invalidReason: "test" } });
    const unsubscribed = await signs(petition.id);
    expect(await unsubscribeFromPetitionNews({ token: newsUnsubscribeToken(unsubscribed.id) })).toEqual({ ok: true });
    const other = await openPetition({ inseeCode: "13055" });
    const elsewhere = await signs(other.id);

    const created = await createMailing({ petitionId: petition.id, organizerId, input: message });
    if (!created.ok) throw new Error(created.error);
    expect(created.recipients).toBe(1);
    // The first batch's job was committed with the row, under the id derived from the mailing.
    const jobs = await db().$queryRaw<
      { n: number }[]
    >`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'petition-mailing-send' AND data->>'mailingId' = ${created.id}`;
    expect(jobs[0].n).toBe(1);
    const entry = await db().auditEntry.findFirstOrThrow({ where: { action: "petition.mailing.send", subjectId: petition.id } });
    expect(entry.organizerId).toBe(organizerId);
    expect(entry.details).toMatchObject({ mailingId: created.id, recipients: 1 });

    expect(await runChain(created.id, 10)).toBe(1);
    expect(await emailsTo(reader.email)).toBe(1);
    for (const left of [unconfirmed, noConsent, invalidated, unsubscribed, elsewhere]) expect(await emailsTo(left.email)).toBe(0);

    // The email: the organizer's words, a visible unsubscribe link and RFC 8058's headers.
    await db().emailMessage.updateMany({ where: { status: "QUEUED" }, data: { status: "OUTBOX", sentAt: new Date() } });
    const [email] = (await listOutbox({ to: reader.email })).emails.filter((row) => row.subject === message.subject);
    expect(email.text).toContain("Le conseil municipal vote jeudi");
    expect(email.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    const oneClick = /^<(.+)>$/.exec(email.headers?.["List-Unsubscribe"] ?? "")?.[1] ?? "";
    expect(oneClick).toContain(`/petitions/desabonnement/un-clic/${newsUnsubscribeToken(reader.id)}`);
    expect(email.text).toContain(oneClick.replace("/un-clic", ""));
    const mailing = await db().petitionMailing.findUniqueOrThrow({ where: { id: created.id } });
    expect(mailing).toMatchObject({ status: "SENT", queued: 1, recipients: 1, authorId: organizerId });
  });

  test("exactly once: a batch run twice, or a killed worker's chain started again, queues each email once", async () => {
    const petition = await openPetition();
    const { id: organizerId } = await organizer();
    const readers = [];
    for (let n = 0; n < 5; n++) readers.push(await signs(petition.id));
    const created = await createMailing({ petitionId: petition.id, organizerId, input: message });
    if (!created.ok) throw new Error(created.error);

    // The worker queues the first batch (and its next job), then dies.
    const first = await runMailingBatch({ mailingId: created.id }, { batch: 2 });
    expect(first.queued).toBe(2);
    expect(await runMailingBatch({ mailingId: created.id }, { batch: 2 })).toEqual({ queued: 0, next: first.next });
    // The chain is run again whole (retried jobs), then once more.
    expect(await runChain(created.id, 2)).toBe(3);
    expect(await runChain(created.id, 2)).toBe(0);

    for (const reader of readers) expect(await emailsTo(reader.email)).toBe(1);
    const mailing = await db().petitionMailing.findUniqueOrThrow({ where: { id: created.id } });
    expect(mailing).toMatchObject({ status: "SENT", queued: 5, recipients: 5 });
    // Each step of the chain is one job however often it was enqueued: the start, after 2, after 4.
    const jobs = await db().$queryRaw<
      { n: number }[]
    >`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'petition-mailing-send' AND data->>'mailingId' = ${created.id}`;
    expect(jobs[0].n).toBe(3);
  });

  test("one mailing a week per petition: refused on the 7th day with the date of the next, allowed on the 8th; unsubscribing stops later ones", async () => {
    const { id: organizerId } = await organizer();
    const hour = 60 * 60 * 1000;

    const petition = await openPetition();
    const reader = await signs(petition.id);
    const sixDaysAnd23Hours = new Date(Date.now() - MAILING_INTERVAL_MS + hour);
    expect((await createMailing({ petitionId: petition.id, organizerId, input: message, now: sixDaysAnd23Hours })).ok).toBe(true);
    const refused = await createMailing({ petitionId: petition.id, organizerId, input: message });
    expect(refused).toEqual({ ok: false, error: "too-soon", nextAllowedAt: new Date(sixDaysAnd23Hours.getTime() + MAILING_INTERVAL_MS) });
    expect(await db().petitionMailing.count({ where: { petitionId: petition.id } })).toBe(1);

    const later = await openPetition({ inseeCode: "31555" });
    const stays = await signs(later.id);
    const leaves = await signs(later.id);
    const eightDaysAgo = new Date(Date.now() - MAILING_INTERVAL_MS - hour);
    const old = await createMailing({ petitionId: later.id, organizerId, input: message, now: eightDaysAgo });
    if (!old.ok) throw new Error(old.error);
    await runChain(old.id, 10);
    await unsubscribeFromPetitionNews({ token: newsUnsubscribeToken(leaves.id) });
    const allowed = await createMailing({ petitionId: later.id, organizerId, input: { ...message, subject: "Deuxième" } });
    if (!allowed.ok) throw new Error(allowed.error);
    expect(allowed.recipients).toBe(1);
    await runChain(allowed.id, 10);
    expect(await emailsTo(stays.email)).toBe(2);
    expect(await emailsTo(leaves.email)).toBe(1);
    expect(await emailsTo(reader.email)).toBe(0);
  });

  test("two organizers sending at once: one mailing", async () => {
    const petition = await openPetition();
    const { id: organizerId } = await organizer();
    await signs(petition.id);
    const results = await Promise.all([1, 2, 3].map(() => createMailing({ petitionId: petition.id, organizerId, input: message })));
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok && result.error === "too-soon")).toHaveLength(2);
  });

  test("nobody to write to: refused, nothing recorded", async () => {
    const petition = await openPetition();
    const { id: organizerId } = await organizer();
    await signs(petition.id, { mayContact: false });
    expect(await createMailing({ petitionId: petition.id, organizerId, input: message })).toEqual({ ok: false, error: "nobody" });
    expect(await db().petitionMailing.count({ where: { petitionId: petition.id } })).toBe(0);
  });

  test("the preview goes to the organizer only, marked as such, and is audited; it does not count as the week's mailing", async () => {
    const petition = await openPetition();
    const author = await organizer();
    const reader = await signs(petition.id);
    const before = (await mailingEmails()).length;
    await sendMailingPreview({ petitionId: petition.id, organizer: { id: author.id, email: author.email }, input: message, lang: "fr" });
    const after = await mailingEmails();
    expect(after.length).toBe(before + 1);
    expect(await emailsTo(author.email)).toBe(1);
    expect(await emailsTo(reader.email)).toBe(0);
    await db().emailMessage.updateMany({ where: { status: "QUEUED" }, data: { status: "OUTBOX", sentAt: new Date() } });
    const [email] = (await listOutbox({ to: author.email })).emails;
    expect(email.subject).toBe(`[Aperçu] ${message.subject}`);
    expect(email.headers?.["List-Unsubscribe"]).toBeUndefined();
    expect(await db().auditEntry.count({ where: { action: "petition.mailing.preview", subjectId: petition.id, organizerId: author.id } })).toBe(1);
    expect(await db().petitionMailing.count({ where: { petitionId: petition.id } })).toBe(0);
  });

  test("bad input: an empty subject, a 100 kB body, a subject on two lines", () => {
    const errors = (value: object) => {
      const result = MailingSchema.safeParse({ intent: "send", ...value });
      return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
    };
    expect(errors({ subject: "  ", body: "Texte" })).toEqual({ subject: "errors.petitionMailing.subject" });
    expect(errors({ subject: "Objet", body: "x".repeat(100_000) })).toEqual({ body: "errors.petitionMailing.bodyTooLong" });
    expect(errors({ subject: "Objet\nsuite", body: "" })).toEqual({ subject: "errors.petitionMailing.subjectLine", body: "errors.petitionMailing.body" });
    expect(errors({ subject: "Objet", body: "Ligne\r\nsuivante" })).toEqual({});
  });
});
