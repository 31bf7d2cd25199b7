// Issue 13: what the site says about data is what the code does.
import { readFileSync } from "node:fs";
import exifr from "exifr";
import { PDFDocument } from "pdf-lib";
import sharp from "sharp";
import { describe, expect, test } from "vitest";
import { privacyRetentionRules } from "~/jobs/privacy-retention.server";
import { RETENTION_RULES } from "~/jobs/retention.server";
import { collectData, deleteData, emailForToken, requestDataAccess } from "~/modules/my-data/data.server";
import { addOrganizer } from "~/models/organizer.server";
import { signPetition } from "~/modules/petitions/petition.server";
import { recountPetition } from "~/modules/petitions/tally.server";
import { PRIVACY_ENTRIES } from "~/models/privacy-policy.server";
import { publishReport, takeDownReport } from "~/modules/projects/report.server";
import { donorIndexFor, emailIndexFor, volunteerIndexFor } from "~/modules/petitions/signature-index.server";
import { ipHashFor } from "~/utils/client-ip.server";
import { requestSubscription, subscriberIndexFor } from "~/modules/newsletter/subscriber.server";
import { signUpVolunteer } from "~/modules/volunteers/volunteer.server";
import { fr } from "~/locales/fr";
import { db } from "~/utils/db.server";
import { sanitizeDocument } from "~/utils/document-sanitizer.server";
import { recipientIndexFor } from "~/models/email-message.server";
import * as periods from "~/utils/retention-periods";
import { DONATION_YEARS } from "~/modules/donations/periods";
import { donationRetentionRules } from "~/modules/donations/privacy.server";
import { DIGEST_DELIVERY_DAYS } from "~/modules/newsletter/periods";
import { newsletterRetentionRules } from "~/modules/newsletter/privacy.server";
import { petitionRetentionRules } from "~/modules/petitions/privacy.server";
import { reportRetentionRules } from "~/modules/projects/privacy.server";
import { myDataRetentionRules } from "~/modules/my-data/privacy.server";
import { MANDATE_IDENTITIES_AFTER_FILING_YEARS } from "~/modules/mandate-filing/periods";
import { openPetition, signer } from "../factories/petition";
import { aPendingReport, RENNES } from "../factories/report";

const DAY = 24 * 3600_000;
const rule = (start: string) => {
  const found = [
    ...privacyRetentionRules,
    ...petitionRetentionRules,
    ...reportRetentionRules,
    ...myDataRetentionRules,
    ...donationRetentionRules,
    ...newsletterRetentionRules,
  ].find((r) => r.name.startsWith(start));
  if (!found) throw new Error(`no rule "${start}"`);
  return found;
};
const organizer = () => addOrganizer({ email: `mod.${Math.random().toString(36).slice(2)}@collectif.example`, role: "ORGANIZER", addedBy: null });

/** A JPEG as a phone writes it: GPS position, phone model, time taken. */
async function phonePhoto() {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: "#808080" } })
    .jpeg()
    .withExif({
      IFD0: { Make: "Fairphone", Model: "FP5", Artist: "Camille Martin" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "43/1 42/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "7/1 15/1 0/1" },
    })
    .toBuffer();
}

async function authoredPdf() {
  const pdf = await PDFDocument.create();
  pdf.addPage([200, 200]).drawText("Délibération");
  pdf.setAuthor("Camille Martin");
  pdf.setCreator("Traitement de texte de Camille");
  return Buffer.from(await pdf.save());
}

describe("metadata stripping", () => {
  test("a phone photo loses its GPS position, phone model and author", async () => {
    const photo = await phonePhoto();
    expect((await exifr.parse(photo, { gps: true }))?.Model).toBe("FP5");
    const clean = await sanitizeDocument(photo, "image/jpeg");
    expect(clean.ok).toBe(true);
    if (!clean.ok) return;
    expect(await exifr.parse(clean.bytes, true)).toBeUndefined();
    expect(clean.bytes.toString("latin1")).not.toMatch(/Fairphone|FP5|Camille/);
    expect((await sharp(clean.bytes).metadata()).width).toBe(64);
  });

  test("a PDF loses its Info dictionary and XMP; a PDF that cannot be read is refused", async () => {
    const clean = await sanitizeDocument(await authoredPdf(), "application/pdf");
    expect(clean.ok).toBe(true);
    if (!clean.ok) return;
    expect(clean.bytes.toString("latin1")).not.toMatch(/Camille|\/Author|\/Creator|\/Producer|xpacket/);
    const reloaded = await PDFDocument.load(clean.bytes);
    expect(reloaded.getPageCount()).toBe(1);
    expect(reloaded.getAuthor()).toBeUndefined();
    expect(await sanitizeDocument(Buffer.from("%PDF-1.7\n garbage"), "application/pdf")).toEqual({ ok: false, problem: "unreadable" });
  });
});

describe("retention registry", () => {
  test("every model with a personal-data column has a rule, and the privacy policy covers it", () => {
    const schema = readFileSync("prisma/schema.prisma", "utf8");
    const personal = new Set<string>();
    for (const [, name, body] of schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
      if (/AES-256-GCM|[Bb]lind index|[Kk]eyed hash|\bemail\b|ip_hash/.test(body)) personal.add(name);
    }
    expect(personal.size).toBeGreaterThan(5);
    const covered = new Set(RETENTION_RULES.flatMap((r) => r.models ?? []));
    expect(
      [...personal].filter((model) => !covered.has(model)),
      "models with personal data and no retention rule",
    ).toEqual([]);
    const inPolicy = new Set(PRIVACY_ENTRIES.flatMap((entry) => entry.models));
    expect(
      [...covered].filter((model) => !inPolicy.has(model)),
      "models the privacy policy does not mention",
    ).toEqual([]);
  });

  test("the privacy policy's durations are the retention constants", () => {
    const byId = Object.fromEntries(PRIVACY_ENTRIES.map((entry) => [entry.id, entry.values]));
    expect(byId.signatures).toEqual({ unconfirmedDays: periods.UNCONFIRMED_DAYS, afterDays: periods.SIGNATURE_AFTER_PETITION_DAYS });
    expect(byId.donations.years).toBe(DONATION_YEARS);
    expect(byId.emails.days).toBe(periods.EMAIL_SENT_DAYS);
    expect(byId.organizers).toEqual({ auditDays: periods.AUDIT_ENTRY_DAYS, removedDays: periods.DISABLED_ORGANIZER_DAYS });
    expect(byId.newsletter.deliveryDays).toBe(DIGEST_DELIVERY_DAYS);
    expect(byId.volunteers.inactiveMonths).toBe(24);
    expect(byId.mandateFiling.years).toBe(MANDATE_IDENTITIES_AFTER_FILING_YEARS);
    // Every number is printed: each placeholder of the sentence has its value.
    for (const entry of PRIVACY_ENTRIES) {
      const sentence = fr[`privacy.${entry.id}.retention` as keyof typeof fr];
      expect([...sentence.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort(), entry.id).toEqual(Object.keys(entry.values).sort());
    }
  });
});

describe("retention rules", () => {
  test("signatures are reduced to the count one year after delivery, not before", async () => {
    const petition = await openPetition({ inseeCode: "35238" });
    const input = signer({ postcode: "35000" });
    await signPetition({ petitionId: petition.id, input, ipHash: ipHashFor("198.51.100.1"), lang: "fr" });
    await db().signature.updateMany({ where: { petitionId: petition.id }, data: { confirmedAt: new Date() } });
    await db().$transaction((tx) => recountPetition(tx, petition.id));
    const now = new Date();
    await db().petition.update({
      where: { id: petition.id },
      data: { status: "DELIVERED", closedAt: new Date(now.getTime() - 400 * DAY), deliveredAt: new Date(now.getTime() - 364 * DAY) },
    });
    const run = rule("signatures of petitions");
    await run.run(now);
    expect(await db().signature.count({ where: { emailIndex: emailIndexFor(input.email) } })).toBe(1);
    await run.run(new Date(now.getTime() + 2 * DAY));
    expect(await db().signature.count({ where: { emailIndex: emailIndexFor(input.email) } })).toBe(0);
    const [row] = await db().signature.findMany({ where: { petitionId: petition.id } });
    expect(row.ipHash).toBe("erased");
    const tally = await db().$transaction((tx) => recountPetition(tx, petition.id));
    expect(tally.residents + tally.supporters).toBe(1);
  });

  test("unsubscribed addresses keep only their suppression hash", async () => {
    const email = `gone.${Date.now()}@example.org`;
    await db().$transaction((tx) => requestSubscription(tx, { email, lang: "fr", source: "footer" }));
    await db().subscriber.update({
      where: { emailIndex: subscriberIndexFor(email) },
      data: { status: "UNSUBSCRIBED", unsubscribedAt: new Date(Date.now() - 2 * DAY) },
    });
    expect(await rule("unsubscribed").run(new Date())).toBeGreaterThanOrEqual(1);
    const row = await db().subscriber.findUniqueOrThrow({ where: { emailIndex: subscriberIndexFor(email) } });
    expect(row.tokenHash).toBeNull();
    expect((await collectData(email)).subscription?.status).toBe("UNSUBSCRIBED");
  });

  test("reporters' addresses, audit entries, digest deliveries, removed organizers, old donations, expired links", async () => {
    const now = new Date();
    const report = await aPendingReport();
    await db().report.update({ where: { id: report.id }, data: { status: "DECLINED", moderatedAt: new Date(now.getTime() - 2 * DAY) } });
    await rule("reporters").run(now);
    expect((await db().report.findUniqueOrThrow({ where: { id: report.id } })).reporterEmail).toBeNull();

    const old = await db().auditEntry.create({
      data: { action: "test.old", subjectType: "test", subjectId: "x", createdAt: new Date(now.getTime() - 366 * DAY) },
    });
    await rule("audit entries").run(now);
    expect(await db().auditEntry.count({ where: { id: old.id } })).toBe(0);

    const gone = await organizer();
    await db().organizer.update({ where: { id: gone.id }, data: { disabledAt: new Date(now.getTime() - 366 * DAY) } });
    await rule("organizers removed").run(now);
    expect(await db().organizer.count({ where: { id: gone.id } })).toBe(0);

    const donor = await db().donor.create({
      data: { email: "x", emailIndex: `test-${Date.now()}`, lang: "fr", updatedAt: new Date(Date.UTC(now.getUTCFullYear() - 7, 5, 1)) },
    });
    await db().donation.create({
      data: {
        kind: "ONE_OFF",
        status: "PAID",
        amount: 1000,
        donorId: donor.id,
        paidAt: new Date(Date.UTC(now.getUTCFullYear() - 7, 5, 1)),
        createdAt: new Date(Date.UTC(now.getUTCFullYear() - 7, 5, 1)),
      },
    });
    const recent = await db().donation.create({
      data: {
        kind: "ONE_OFF",
        status: "PAID",
        amount: 1000,
        donorId: donor.id,
        paidAt: new Date(Date.UTC(now.getUTCFullYear() - 6, 0, 2)),
        createdAt: new Date(Date.UTC(now.getUTCFullYear() - 6, 0, 2)),
      },
    });
    const donationRule = rule("donations");
    await donationRule.run(now);
    expect(await db().donation.count({ where: { donorId: donor.id } })).toBe(1);
    expect(await db().donor.count({ where: { id: donor.id } })).toBe(1);
    await db().donation.delete({ where: { id: recent.id } });
    await donationRule.run(now);
    expect(await db().donor.count({ where: { id: donor.id } })).toBe(0);

    const digest = await db().digest.create({
      data: {
        periodStart: new Date(0),
        periodEnd: new Date(now.getTime() - 100 * DAY - Math.floor(Math.random() * 1e6)),
        startedBy: "test",
        status: "SENT",
        sentAt: new Date(now.getTime() - 91 * DAY),
      },
    });
    const email = `digest.${Date.now()}@example.org`;
    const { id: subscriberId } = await db().subscriber.create({
      data: { email: "x", emailIndex: subscriberIndexFor(email), lang: "fr", source: "footer", status: "CONFIRMED" },
    });
    await db().digestDelivery.create({ data: { digestId: digest.id, subscriberId, batch: 0, status: "SENT" } });
    await rule("digest deliveries").run(now);
    expect(await db().digestDelivery.count({ where: { digestId: digest.id } })).toBe(0);

    await requestDataAccess({ email, lang: "fr", now: new Date(now.getTime() - 3 * DAY) });
    expect(await rule('"my data" links').run(now)).toBeGreaterThanOrEqual(1);
  });
});

describe("unlinkable tables", () => {
  test("the same address gives unrelated values in every table, and email keys carry no row ids", async () => {
    const email = `same.person.${Date.now()}@example.org`;
    const indexes = [emailIndexFor(email), volunteerIndexFor(email), donorIndexFor(email), subscriberIndexFor(email), recipientIndexFor(email)];
    expect(new Set(indexes).size).toBe(indexes.length);

    const petition = await openPetition({ inseeCode: "35238" });
    await signPetition({ petitionId: petition.id, input: signer({ email, postcode: "35000" }), ipHash: ipHashFor("198.51.100.2"), lang: "fr" });
    await signUpVolunteer({
      inseeCode: RENNES,
      input: { name: "Sacha", commune: "Rennes", email, skills: ["LEGAL"], availability: "MONTHLY", languages: "", message: "", consentContact: true },
      lang: "fr",
    });
    const signature = await db().signature.findFirstOrThrow({ where: { emailIndex: emailIndexFor(email) } });
    const volunteer = await db().volunteer.findUniqueOrThrow({ where: { emailIndex: volunteerIndexFor(email) } });
    // No column value of the signature's row (nor of its emails) appears in the volunteer's rows.
    const values = (row: object) => Object.values(row).filter((v): v is string => typeof v === "string" && v.length > 8);
    const emails = await db().emailMessage.findMany({ where: { OR: [{ recipientIndex: recipientIndexFor(email) }] } });
    for (const message of emails) {
      expect(message.idempotencyKey).not.toContain(signature.id);
      expect(message.idempotencyKey).not.toContain(volunteer.id);
    }
    const volunteerValues = new Set(values(volunteer));
    expect(values(signature).filter((v) => volunteerValues.has(v))).toEqual([]);
  });
});

describe("my data", () => {
  test("a link shows signatures, volunteering and subscription; delete all leaves nothing and the count drops", async () => {
    const email = `moi.${Date.now()}@example.org`;
    const petition = await openPetition({ inseeCode: "35238" });
    await signPetition({ petitionId: petition.id, input: signer({ email, postcode: "35000" }), ipHash: ipHashFor("198.51.100.3"), lang: "fr" });
    await db().signature.updateMany({ where: { petitionId: petition.id }, data: { confirmedAt: new Date() } });
    await db().$transaction((tx) => recountPetition(tx, petition.id));
    await signUpVolunteer({
      inseeCode: RENNES,
      input: { name: "Sacha", commune: "Rennes", email, skills: ["LEGAL"], availability: "MONTHLY", languages: "", message: "", consentContact: true },
      lang: "fr",
    });
    await db().$transaction((tx) => requestSubscription(tx, { email, lang: "fr", source: "footer" }));
    await requestDataAccess({ email, lang: "fr" });
    expect(await emailForToken("not-a-token")).toBeNull();

    const data = await collectData(email);
    expect(data.signatures).toHaveLength(1);
    expect(data.volunteer?.name).toBe("Sacha");
    expect(data.subscription?.status).toBe("PENDING");

    await deleteData(email, { kind: "all" });
    expect(await db().signature.count({ where: { emailIndex: emailIndexFor(email) } })).toBe(0);
    expect(await db().volunteer.count({ where: { emailIndex: volunteerIndexFor(email) } })).toBe(0);
    expect(await db().subscriber.count({ where: { emailIndex: subscriberIndexFor(email) } })).toBe(0);
    expect(await db().emailMessage.count({ where: { recipientIndex: recipientIndexFor(email) } })).toBe(0);
    expect(await db().dataAccessToken.count()).toBe((await db().dataAccessToken.findMany()).length);
    expect((await db().petitionTally.findUniqueOrThrow({ where: { petitionId: petition.id } })).residents).toBe(0);
  });
});

describe("takedown", () => {
  test("a published report can be taken down with a reason, audited; a pending one cannot", async () => {
    const moderator = await organizer();
    const report = await aPendingReport();
    expect((await takeDownReport({ id: report.id, organizerId: moderator.id, reason: "x" })).ok).toBe(false);
    await db().report.update({ where: { id: report.id }, data: { status: "PENDING" } });
    expect((await publishReport({ id: report.id, organizerId: moderator.id })).ok).toBe(true);
    expect((await takeDownReport({ id: report.id, organizerId: moderator.id, reason: "Nomme une personne privée" })).ok).toBe(true);
    const row = await db().report.findUniqueOrThrow({ where: { id: report.id } });
    expect(row.status).toBe("TAKEN_DOWN");
    expect(row.takedownReason).toBe("Nomme une personne privée");
    expect(await db().auditEntry.count({ where: { action: "report.takedown", subjectId: report.id } })).toBe(1);
  });
});

describe("re-indexing existing rows", () => {
  test("rows indexed with the old shared key get their per-table index, and email keys lose their row ids", async () => {
    const { blindIndex } = await import("~/utils/crypto.server");
    const { reindexBlindIndexes } = await import("~/models/blind-index-reindex.server");
    const email = `ancien.${Date.now()}@example.org`;
    await signUpVolunteer({
      inseeCode: RENNES,
      input: { name: "Ancien", commune: "Rennes", email, skills: ["LEGAL"], availability: "MONTHLY", languages: "", message: "", consentContact: true },
      lang: "fr",
    });
    const volunteer = await db().volunteer.findUniqueOrThrow({ where: { emailIndex: volunteerIndexFor(email) } });
    await db().volunteer.update({ where: { id: volunteer.id }, data: { emailIndex: blindIndex(`email:${email}`) } });
    const message = await db().emailMessage.findFirstOrThrow({ where: { recipientIndex: recipientIndexFor(email) } });
    await db().emailMessage.update({ where: { id: message.id }, data: { idempotencyKey: `volunteer-confirm/${volunteer.id}/legacy` } });

    expect((await reindexBlindIndexes()).volunteer).toBeGreaterThanOrEqual(1);
    expect((await db().volunteer.findUniqueOrThrow({ where: { id: volunteer.id } })).emailIndex).toBe(volunteerIndexFor(email));
    const key = (await db().emailMessage.findUniqueOrThrow({ where: { id: message.id } })).idempotencyKey;
    expect(key).not.toContain(volunteer.id);
    expect(key.startsWith("volunteer-confirm/")).toBe(true);
    expect((await reindexBlindIndexes()).volunteer).toBe(0);
  });
});
