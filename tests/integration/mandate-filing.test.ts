// The filing side of mandate campaigns (issue 26, items 4 and 5) on real PostgreSQL: the freeze,
// the list for the authority (CSV, PDF annex) and its audit, the access of legal organizers only,
// the filing recorded once, the "filed" email exactly once, and the erasure of identities.
import { PDFDocument } from "pdf-lib";
import { describe, expect, test } from "vitest";
import { RETENTION_RULES, runRetention } from "~/jobs/retention.server";
import { recipientIndexFor } from "~/models/email-message.server";
import { signIn } from "~/models/session.server";
import { ANNEX_ROWS_PER_PAGE } from "~/modules/mandate-filing/annex-pdf.server";
import { getFilingCampaign } from "~/modules/mandate-filing/campaign.server";
import { filingStage, isFrozen } from "~/modules/mandate-filing/freeze";
import { recordEnd, recordFiling, runFiledNoticeBatch } from "~/modules/mandate-filing/filing.server";
import { MANDATE_IDENTITIES_AFTER_FILING_YEARS } from "~/modules/mandate-filing/periods";
import { mandateFilingRetentionRules } from "~/modules/mandate-filing/privacy.server";
import { subscriberIndexFor } from "~/modules/newsletter/subscriber.server";
import { action as filingAction, loader as filingLoader } from "~/routes/admin.mandats.$id_.depot";
import { loader as csvLoader } from "~/routes/admin.mandats.$id.liste[.]csv";
import { loader as pdfLoader } from "~/routes/admin.mandats.$id.annexe[.]pdf";
import { decrypt, encrypt } from "~/utils/crypto.server";
import { renderEmail } from "~/models/email-render.server";
import { db } from "~/utils/db.server";
import { aCampaign, anOrganizer, mandates } from "../factories/mandate";

const DAY = 24 * 3600_000;
const cookieFor = async (organizerId: string) => (await signIn(organizerId, "/admin")).headers.get("Set-Cookie")?.split(";")[0] ?? "";
const get = async (path: string, organizerId: string) => new Request(`http://localhost${path}`, { headers: { Cookie: await cookieFor(organizerId) } });
async function post(path: string, organizerId: string, fields: Record<string, string>) {
  return new Request(`http://localhost${path}`, {
    method: "POST",
    headers: { Cookie: await cookieFor(organizerId), "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields).toString(),
  });
}
/** A loader or action's outcome: a Response (returned or thrown) or Remix's data() result. */
async function outcome(run: () => Promise<unknown>): Promise<{ status: number; body?: unknown; response?: Response }> {
  const result = await run().catch((thrown: unknown) => thrown);
  if (result instanceof Response) return { status: result.status, response: result };
  const value = result as { init?: { status?: number } | null; data?: unknown; type?: string };
  if (value && value.type === "DataWithResponseInit") return { status: value.init?.status ?? 200, body: value.data };
  return { status: 200, body: result };
}
const csvLines = (text: string) =>
  text
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
/** The "filed" email queued for an address, rendered as the dispatcher renders it. */
async function renderQueuedEmail(email: string) {
  const row = await db().emailMessage.findFirstOrThrow({ where: { template: "mandate-filed", recipientIndex: recipientIndexFor(email) } });
  return renderEmail(row.template, row.lang, JSON.parse(decrypt(row.payload)));
}
const emailsTo = async (email: string) => await db().emailMessage.count({ where: { template: "mandate-filed", recipientIndex: recipientIndexFor(email) } });
const jobsOf = async (campaignId: string) =>
  (
    await db().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'mandate-filed-notice' AND data->>'campaignId' = ${campaignId}`
  )[0].n;

/** Runs the notice chain from its first batch, as the worker would (each batch once). */
async function runChain(campaignId: string, batch: number) {
  let queued = 0;
  let after: string | undefined;
  do {
    const result = await runFiledNoticeBatch({ campaignId, after }, { batch });
    queued += result.queued;
    after = result.next;
  } while (after);
  return queued;
}

describe("the freeze at the filing date", () => {
  test("isFrozen and the stages; the filing cannot be recorded before the date, by the model or the page", async () => {
    const fileBy = new Date("2026-12-01T12:00:00Z");
    expect(isFrozen({ fileBy }, new Date("2026-12-01T11:59:59Z"))).toBe(false);
    expect(isFrozen({ fileBy }, fileBy)).toBe(true);
    expect(filingStage({ fileBy, filedAt: null }, new Date("2026-11-01T00:00:00Z"))).toBe("open");
    expect(filingStage({ fileBy, filedAt: null }, new Date("2026-12-02T00:00:00Z"))).toBe("frozen");
    expect(filingStage({ fileBy, filedAt: fileBy })).toBe("filed");
    expect(filingStage({ fileBy, filedAt: fileBy, endedAt: fileBy })).toBe("ended");

    const legal = await anOrganizer({ legal: true });
    const campaign = await aCampaign({ fileByDaysAgo: -3 });
    await mandates(campaign, [{}]);
    expect(await recordFiling({ campaignId: campaign.id, organizerId: legal.id, filedAt: new Date(), filedWith: "CNIL", reference: "X" })).toEqual({
      ok: false,
      error: "not-frozen",
    });
    const page = `/admin/mandats/${campaign.id}/depot`;
    const today = new Date().toISOString().slice(0, 10);
    const refused = await outcome(async () =>
      filingAction({
        request: await post(page, legal.id, { intent: "file", filedOn: today, filedWith: "CNIL", reference: "X", confirm: "1" }),
        params: { id: campaign.id },
        context: {},
      }),
    );
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain("admin.mandateFiling.errors.filedOnRange");
    expect((await db().mandateCampaign.findUniqueOrThrow({ where: { id: campaign.id } })).filedAt).toBeNull();
  });
});

describe("only legal organizers, admins included in the refusal", () => {
  test("every loader and action of the filing routes refuses an organizer and an admin without the legal flag; nothing is audited for them", async () => {
    const campaign = await aCampaign();
    await mandates(campaign, [{}, {}]);
    const organizer = await anOrganizer();
    const admin = await anOrganizer({ role: "ADMIN" });
    const legal = await anOrganizer({ legal: true });
    const params = { id: campaign.id };
    const base = `/admin/mandats/${campaign.id}`;
    for (const who of [organizer, admin]) {
      expect((await outcome(async () => filingLoader({ request: await get(`${base}/depot`, who.id), params, context: {} }))).status).toBe(403);
      expect(
        (await outcome(async () => filingAction({ request: await post(`${base}/depot`, who.id, { intent: "end", confirm: "1" }), params, context: {} })))
          .status,
      ).toBe(403);
      expect(
        (
          await outcome(async () =>
            filingAction({
              request: await post(`${base}/depot`, who.id, {
                intent: "file",
                filedOn: new Date().toISOString().slice(0, 10),
                filedWith: "CNIL",
                reference: "R",
                confirm: "1",
              }),
              params,
              context: {},
            }),
          )
        ).status,
      ).toBe(403);
      expect((await outcome(async () => csvLoader({ request: await get(`${base}/liste.csv`, who.id), params, context: {} }))).status).toBe(403);
      expect((await outcome(async () => pdfLoader({ request: await get(`${base}/annexe.pdf`, who.id), params, context: {} }))).status).toBe(403);
    }
    expect(await db().auditEntry.count({ where: { subjectId: campaign.id } })).toBe(0);
    expect((await db().mandateCampaign.findUniqueOrThrow({ where: { id: campaign.id } })).filedAt).toBeNull();
    // Signed out: to the sign-in page.
    const anonymous = await outcome(() => csvLoader({ request: new Request(`http://localhost${base}/liste.csv`), params, context: {} }));
    expect(anonymous.status).toBe(302);
    // The legal organizer sees the page.
    const page = await outcome(async () => filingLoader({ request: await get(`${base}/depot`, legal.id), params, context: {} }));
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ campaign: { count: 2, stage: "frozen" } });
  });
});

describe("the list for the authority", () => {
  test("CSV: confirmed, non-revoked mandates, French columns, Paris time, version and hash, formulas neutralised; audited with the count and no name", async () => {
    const legal = await anOrganizer({ legal: true });
    const campaign = await aCampaign({ requiresPostalAddress: true });
    await mandates(campaign, [
      { firstName: "Zoé", lastName: "Ézéchiel", inseeCode: "06088", postalAddress: "3 rue de la République, 06000 Nice" },
      {
        firstName: '=HYPERLINK("http://evil")',
        lastName: "Abadie",
        inseeCode: "42218",
        communeLink: "work",
        postalAddress: "1 place de l’Hôtel-de-Ville, 42000 Saint-Étienne",
      },
      { firstName: "Pending", lastName: "Unconfirmed", confirmed: false },
      { firstName: "Gone", lastName: "Revoked", revoked: true },
    ]);
    const response = (
      await outcome(async () =>
        csvLoader({ request: await get(`/admin/mandats/${campaign.id}/liste.csv`, legal.id), params: { id: campaign.id }, context: {} }),
      )
    ).response!;
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toBe(`attachment; filename="mandats-${campaign.slug}.csv"`);
    const lines = csvLines(await response.text());
    expect(lines[0]).toBe(
      "nom,prénom,commune,code INSEE,lien avec la commune,adresse postale,date du mandat,heure du mandat (Paris),confirmé le,version du texte,empreinte SHA-256 du texte",
    );
    expect(lines).toHaveLength(3);
    // Sorted as a French list: Abadie before Ézéchiel.
    expect(lines[1]).toMatch(
      /^Abadie,"'=HYPERLINK\(""http:\/\/evil""\)",Saint-Étienne,42218,travail,"1 place de l’Hôtel-de-Ville, 42000 Saint-Étienne",\d{2}\/\d{2}\/\d{4},\d{2}:\d{2}:\d{2},/,
    );
    expect(lines[2]).toContain("Ézéchiel,Zoé,Nice,06088,résidence,");
    expect(lines[2].endsWith(`,1 (fr),${campaign.text.sha256}`)).toBe(true);
    expect(lines.join("\n")).not.toMatch(/Pending|Revoked/);
    // The mandate's time reads as Paris's (the factory gives it at a known instant).
    const given = (await db().mandate.findFirstOrThrow({ where: { campaignId: campaign.id }, orderBy: { mandateConsentAt: "asc" } })).mandateConsentAt;
    const paris = new Intl.DateTimeFormat("fr-FR", { timeZone: "Europe/Paris", hour: "2-digit", minute: "2-digit", second: "2-digit" }).format(given);
    expect(lines[2]).toContain(`,${paris},`);

    const entries = await db().auditEntry.findMany({ where: { subjectId: campaign.id } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ organizerId: legal.id, action: "mandate.export.csv", subjectType: "mandate-campaign", details: { rows: 2 } });
    expect(JSON.stringify(entries.map((entry) => entry.details))).not.toMatch(/Abadie|Ézéchiel|Zoé|Nice/);
    // The filing page counts the revocation so the legal organizer passes it on to the authority.
    expect(await getFilingCampaign({ id: campaign.id })).toMatchObject({ count: 2, revokedAfterFiling: 1 });
  });

  test("PDF annex of 2,000 mandates (a name of 12,000 characters, letters outside the font among them): parses back, title page then one page per 48 rows, audited", async () => {
    const legal = await anOrganizer({ legal: true });
    const campaign = await aCampaign();
    await mandates(campaign, [
      // What Helvetica cannot print, and a name far wider than its column, still make a page.
      { firstName: "Łukasz 王", lastName: "Wiśniewski" },
      { firstName: "Anne", lastName: "Longue".repeat(2000) },
      ...Array.from({ length: 1998 }, (_, n) => ({ firstName: `Hélène${n}`, lastName: `Lefèvre-Çağlar${n}` })),
    ]);
    const response = (
      await outcome(async () =>
        pdfLoader({ request: await get(`/admin/mandats/${campaign.id}/annexe.pdf`, legal.id), params: { id: campaign.id }, context: {} }),
      )
    ).response!;
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    const pdf = await PDFDocument.load(new Uint8Array(await response.arrayBuffer()));
    expect(pdf.getPageCount()).toBe(1 + Math.ceil(2000 / ANNEX_ROWS_PER_PAGE));
    expect(pdf.getTitle()).toContain("Plainte collective contre la VSA à Nice");
    const entry = await db().auditEntry.findFirstOrThrow({ where: { subjectId: campaign.id, action: "mandate.export.pdf" } });
    expect(entry.details).toEqual({ rows: 2000 });
  }, 120_000);
});

describe("recording the filing", () => {
  test("once under concurrency: one filing, one audit entry, one first job", async () => {
    const campaign = await aCampaign();
    await mandates(campaign, [{}, {}, {}]);
    const organizers = await Promise.all([1, 2, 3, 4, 5].map(() => anOrganizer({ legal: true })));
    const results = await Promise.all(
      organizers.map((organizer, n) =>
        recordFiling({ campaignId: campaign.id, organizerId: organizer.id, filedAt: new Date(), filedWith: "CNIL", reference: `REF-${n}` }),
      ),
    );
    expect(results.filter((result) => result.ok)).toEqual([{ ok: true, recipients: 3 }]);
    expect(results.filter((result) => !result.ok)).toEqual(Array(4).fill({ ok: false, error: "already-filed" }));
    expect(await db().auditEntry.count({ where: { subjectId: campaign.id, action: "mandate.campaign.file" } })).toBe(1);
    expect(await jobsOf(campaign.id)).toBe(1);
  });

  test("through the page: a confirmation step, then the record and a redirect; a second filing is refused", async () => {
    const legal = await anOrganizer({ legal: true });
    const campaign = await aCampaign({ fileByDaysAgo: 2 });
    await mandates(campaign, [{}]);
    const path = `/admin/mandats/${campaign.id}/depot`;
    const params = { id: campaign.id };
    const filedOn = new Date().toISOString().slice(0, 10);
    const fields = { intent: "file", filedOn, filedWith: "CNIL", reference: "22-0001" };
    const ask = await outcome(async () => filingAction({ request: await post(path, legal.id, fields), params, context: {} }));
    expect(ask.body).toMatchObject({ kind: "reply", confirm: fields.filedOn ? { filedOn, filedWith: "CNIL", reference: "22-0001" } : {} });
    expect((await db().mandateCampaign.findUniqueOrThrow({ where: { id: campaign.id } })).filedAt).toBeNull();
    const bad = await outcome(async () =>
      filingAction({ request: await post(path, legal.id, { ...fields, reference: "", filedWith: "x".repeat(300) }), params, context: {} }),
    );
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toMatch(/mandateFiling\.errors\.reference.*|mandateFiling\.errors\.filedWith/);

    const done = await outcome(async () => filingAction({ request: await post(path, legal.id, { ...fields, confirm: "1" }), params, context: {} }));
    expect(done.status).toBe(302);
    expect(await db().mandateCampaign.findUniqueOrThrow({ where: { id: campaign.id } })).toMatchObject({
      filedWith: "CNIL",
      filingReference: "22-0001",
      filedById: legal.id,
      filedAt: new Date(`${filedOn}T12:00:00Z`),
    });
    const again = await outcome(async () => filingAction({ request: await post(path, legal.id, { ...fields, confirm: "1" }), params, context: {} }));
    expect(again.status).toBe(409);
    expect(JSON.stringify(again.body)).toContain("admin.mandateFiling.errors.alreadyFiled");

    // The end of the procedure: asked, then recorded and audited, once.
    expect((await outcome(async () => filingAction({ request: await post(path, legal.id, { intent: "end" }), params, context: {} }))).body).toEqual({
      kind: "confirm-end",
    });
    expect(
      (await outcome(async () => filingAction({ request: await post(path, legal.id, { intent: "end", confirm: "1" }), params, context: {} }))).status,
    ).toBe(302);
    expect((await db().mandateCampaign.findUniqueOrThrow({ where: { id: campaign.id } })).endedAt).not.toBeNull();
    expect(await db().auditEntry.count({ where: { subjectId: campaign.id, action: "mandate.campaign.end" } })).toBe(1);
    expect(await recordEnd({ campaignId: campaign.id, organizerId: legal.id })).toEqual({ ok: false, error: "already-ended" });
  });
});

describe("bad input on the filing page", () => {
  test("hostile values are refused with a message, never a 500; unknown or malformed ids are 404s for the legal organizer", async () => {
    const legal = await anOrganizer({ legal: true });
    const campaign = await aCampaign();
    const path = `/admin/mandats/${campaign.id}/depot`;
    const params = { id: campaign.id };
    const today = new Date().toISOString().slice(0, 10);
    const hostile: Record<string, string>[] = [
      { intent: "file", filedOn: today, filedWith: "CNIL", reference: "x".repeat(10_000) },
      { intent: "file", filedOn: today, filedWith: "\u0000\u0000", reference: "\u0000" },
      { intent: "file", filedOn: "2026-02-30", filedWith: "CNIL", reference: "R" },
      { intent: "file", filedOn: "<script>", filedWith: "CNIL", reference: "R", confirm: "yes" },
      { intent: "nope" },
      {},
    ];
    for (const fields of hostile) {
      const result = await outcome(async () => filingAction({ request: await post(path, legal.id, fields), params, context: {} }));
      expect(result.status, JSON.stringify(fields).slice(0, 80)).toBeGreaterThanOrEqual(400);
      expect(result.status).toBeLessThan(500);
    }
    expect((await db().mandateCampaign.findUniqueOrThrow({ where: { id: campaign.id } })).filedAt).toBeNull();
    for (const id of ["not-a-uuid", "00000000-0000-4000-8000-000000000000"]) {
      expect(
        (await outcome(async () => filingLoader({ request: await get(`/admin/mandats/${id}/depot`, legal.id), params: { id }, context: {} }))).status,
      ).toBe(404);
      expect(
        (await outcome(async () => csvLoader({ request: await get(`/admin/mandats/${id}/liste.csv`, legal.id), params: { id }, context: {} }))).status,
      ).toBe(404);
      expect(
        (await outcome(async () => pdfLoader({ request: await get(`/admin/mandats/${id}/annexe.pdf`, legal.id), params: { id }, context: {} }))).status,
      ).toBe(404);
    }
  });
});

describe("the filed email, exactly once", () => {
  test("a batch run twice, or a killed worker's chain started again: one email per confirmed mandator, in their language, and a digest subscription", async () => {
    const legal = await anOrganizer({ legal: true });
    const campaign = await aCampaign();
    const stamp = Date.now();
    const people = await mandates(campaign, [
      { email: `un.${stamp}@example.net` },
      { email: `deux.${stamp}@example.net`, lang: "en" },
      { email: `trois.${stamp}@example.net` },
      { email: `quatre.${stamp}@example.net` },
      { email: `left.${stamp}@example.net` },
    ]);
    const [unconfirmed, revoked] = await mandates(campaign, [
      { email: `pending.${stamp}@example.net`, confirmed: false },
      { email: `revoked.${stamp}@example.net`, revoked: true },
    ]);
    // One mandator had left the newsletter: they are not subscribed again.
    const leftEmail = `left.${stamp}@example.net`;
    await db().subscriber.create({
      data: {
        email: encrypt(leftEmail),
        emailIndex: subscriberIndexFor(leftEmail),
        lang: "fr",
        source: "page",
        status: "UNSUBSCRIBED",
        unsubscribedAt: new Date(),
      },
    });
    const filed = await recordFiling({ campaignId: campaign.id, organizerId: legal.id, filedAt: new Date(), filedWith: "CNIL", reference: "22-042" });
    expect(filed).toEqual({ ok: true, recipients: 5 });

    // The worker queues the first batch (and its next job), then dies before marking its job done.
    const first = await runFiledNoticeBatch({ campaignId: campaign.id }, { batch: 2 });
    expect(first.queued).toBe(2);
    expect(await runFiledNoticeBatch({ campaignId: campaign.id }, { batch: 2 })).toEqual({ queued: 0, next: first.next });
    // The chain is run again whole (retried jobs), then once more.
    expect(await runChain(campaign.id, 2)).toBe(3);
    expect(await runChain(campaign.id, 2)).toBe(0);

    for (const person of people) expect(await emailsTo(person.email)).toBe(1);
    expect(await emailsTo(unconfirmed.email)).toBe(0);
    expect(await emailsTo(revoked.email)).toBe(0);
    expect(await db().mandate.count({ where: { campaignId: campaign.id, filedNoticeAt: { not: null } } })).toBe(5);
    // Each step of the chain is one job however often it was enqueued: the start, after 2, after 4.
    expect(await jobsOf(campaign.id)).toBe(3);

    // In the mandate's language, with the newsletter's one-click unsubscribe (RFC 8058) for the subscribed.
    const english = await db().emailMessage.findFirstOrThrow({ where: { template: "mandate-filed", recipientIndex: recipientIndexFor(people[1].email) } });
    expect(english.lang).toBe("en");
    const subscribed = await db().subscriber.findUniqueOrThrow({ where: { emailIndex: subscriberIndexFor(people[0].email) } });
    expect(subscribed).toMatchObject({ status: "CONFIRMED", source: "mandate" });
    expect((await db().subscriber.findUniqueOrThrow({ where: { emailIndex: subscriberIndexFor(leftEmail) } })).status).toBe("UNSUBSCRIBED");
    const toSubscribed = await renderQueuedEmail(people[0].email);
    expect(toSubscribed.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(toSubscribed.text).toContain("lettre des recours");
    expect(toSubscribed.text).toContain("/lettre/desabonnement/");
    const toLeft = await renderQueuedEmail(leftEmail);
    expect(toLeft.headers?.["List-Unsubscribe"]).toBeUndefined();
    expect(toLeft.text).toContain("désabonné·e");
  });
});

describe("retention: identities erased, the count kept", () => {
  test("when the procedure ends, and at the latest N years after the filing", async () => {
    const legal = await anOrganizer({ legal: true });
    const ended = await aCampaign({ fileByDaysAgo: 30 });
    await mandates(ended, [{}, {}, {}, { confirmed: false }, { revoked: true }]);
    await recordFiling({ campaignId: ended.id, organizerId: legal.id, filedAt: new Date(Date.now() - 20 * DAY), filedWith: "CNIL", reference: "A" });
    const now = new Date();
    const yearsAgo = (days: number) => {
      const at = new Date(now);
      at.setUTCFullYear(at.getUTCFullYear() - MANDATE_IDENTITIES_AFTER_FILING_YEARS);
      return new Date(at.getTime() + days * DAY);
    };
    const old = await aCampaign({ fileByDaysAgo: 3000 });
    await mandates(old, [{}, {}]);
    await db().mandateCampaign.update({ where: { id: old.id }, data: { filedAt: yearsAgo(-1), filedWith: "CNIL" } });
    const recent = await aCampaign({ fileByDaysAgo: 3000 });
    await mandates(recent, [{}]);
    await db().mandateCampaign.update({ where: { id: recent.id }, data: { filedAt: yearsAgo(1), filedWith: "CNIL" } });
    const unfiled = await aCampaign({ fileByDaysAgo: 3000 });
    await mandates(unfiled, [{}]);

    // Not ended yet: nothing of the ended-to-be campaign goes; the one filed N years and a day ago does.
    expect((await runRetention(mandateFilingRetentionRules, now))[0].deleted).toBeGreaterThanOrEqual(2);
    expect(await db().mandate.count({ where: { campaignId: old.id } })).toBe(0);
    expect(await db().mandate.count({ where: { campaignId: ended.id } })).toBe(5);
    expect(await recordEnd({ campaignId: ended.id, organizerId: legal.id, now })).toEqual({ ok: true });
    const results = await runRetention(mandateFilingRetentionRules, new Date(now.getTime() + 1000));
    expect(results[0].deleted).toBeGreaterThanOrEqual(5);

    for (const [campaign, kept, finalCount] of [
      [ended, 0, 3],
      [old, 0, 2],
      [recent, 1, null],
      [unfiled, 1, null],
    ] as const) {
      expect(await db().mandate.count({ where: { campaignId: campaign.id } })).toBe(kept);
      const row = await db().mandateCampaign.findUniqueOrThrow({ where: { id: campaign.id } });
      expect(row.finalCount).toBe(finalCount);
      expect(row.identitiesErasedAt === null).toBe(finalCount === null);
    }
    // The page still shows the count; the list is gone.
    expect(await getFilingCampaign({ id: ended.id })).toMatchObject({ count: 3, stage: "ended" });
    const list = await outcome(async () =>
      csvLoader({ request: await get(`/admin/mandats/${ended.id}/liste.csv`, legal.id), params: { id: ended.id }, context: {} }),
    );
    expect(list.status).toBe(404);
    // Running again erases nothing more and keeps the counts; the rule is in the nightly registry.
    expect((await runRetention(mandateFilingRetentionRules, new Date(now.getTime() + 2000)))[0].deleted).toBe(0);
    expect((await db().mandateCampaign.findUniqueOrThrow({ where: { id: ended.id } })).finalCount).toBe(3);
    expect(RETENTION_RULES).toEqual(expect.arrayContaining(mandateFilingRetentionRules));
  });
});
