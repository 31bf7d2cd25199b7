// Mandate campaigns, giving side (issue 26): versioned texts and their hashes, double opt-in,
// one mandate per person under concurrent submissions, revocation before and after the filing
// date, the legal flag on every route, audited views, the 7-day retention, and bad input.
import { describe, expect, test } from "vitest";
import { addOrganizer, setOrganizerLegal } from "~/models/organizer.server";
import { emailKey, recipientIndexFor } from "~/models/email-message.server";
import { signIn } from "~/models/session.server";
import { collectData, deleteData } from "~/modules/my-data/data.server";
import { runRetention } from "~/jobs/retention.server";
import { createCampaign, editCampaign, publishCampaign, saveText, sha256, getPublicCampaign } from "~/modules/mandates/campaign.server";
import { confirmMandate, giveMandate, mandateForToken, mandateIndexFor, revokeMandate } from "~/modules/mandates/mandate.server";
import { mandateRetentionRules } from "~/modules/mandates/privacy.server";
import { fromParisLocal, toParisLocal } from "~/utils/paris-time";
import type { CampaignInput, MandateInput } from "~/modules/mandates/schema";
import { action as campaignPageAction } from "~/routes/mandats.$slug";
import { action as tokenAction, loader as tokenLoader } from "~/routes/mandat.$token";
import { loader as adminListLoader } from "~/routes/admin.mandats._index";
import { action as newAction, loader as newLoader } from "~/routes/admin.mandats.nouvelle";
import { action as editAction, loader as editLoader } from "~/routes/admin.mandats.$id";
import { loader as mandateListLoader } from "~/routes/admin.mandats.$id_.liste";
import { action as organizersAction } from "~/routes/admin.organisateurs";
import { decrypt } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import { FORM_GUARD_FIELDS } from "~/utils/form-guard-fields";
import { issueFormGuardToken } from "~/utils/form-guard.server";
import { hashToken } from "~/utils/tokens.server";

const DAY = 24 * 3600_000;
const unique = () => Math.random().toString(36).slice(2, 10);
// Communes no other test uses for signers.
const MENTON = "06083";
const GRASSE = "06069";

async function legalAction() {
  return db().legalAction.create({
    data: { title: `Plainte ${unique()}`, inseeCodes: [], court: "CNIL", filedOn: new Date("2026-09-01"), summary: "Contre la VSA.", publishedAt: new Date() },
    select: { id: true },
  });
}

function campaignInput(legalActionId: string, overrides: Partial<CampaignInput> = {}): CampaignInput {
  const now = Date.now();
  return {
    legalActionId,
    title: "Plainte collective contre la VSA",
    slug: `vsa-${unique()}`,
    controller: "Commune de Menton",
    authority: "CNIL",
    scope: "Une plainte contre la vidéosurveillance algorithmique.",
    dataUse: "Transmises à la CNIL, puis effacées à la fin de la procédure.",
    eligibility: "FRANCE",
    communes: "",
    requiresPostalAddress: false,
    goal: 100,
    opensAt: toParisLocal(new Date(now - DAY)),
    fileBy: toParisLocal(new Date(now + 30 * DAY)),
    textFr: "Je donne mandat à l’association pour introduire une réclamation auprès de la CNIL en mon nom.",
    textEn: undefined,
    ...overrides,
  };
}

async function organizer({ role = "ORGANIZER", legal = false }: { role?: "ORGANIZER" | "ADMIN"; legal?: boolean } = {}) {
  const { id } = await addOrganizer({ email: `orga-${unique()}@collectif.example`, role, addedBy: null });
  if (legal) await setOrganizerLegal({ organizerId: id, legal: true, by: null });
  const cookie = (await signIn(id, "/admin")).headers.get("Set-Cookie")?.split(";")[0] ?? "";
  return { id, cookie };
}

async function openCampaign(overrides: Partial<CampaignInput> = {}, inseeCodes: string[] = []) {
  const { id: legalActionId } = await legalAction();
  const { id: organizerId } = await organizer({ legal: true });
  const created = await createCampaign({ input: campaignInput(legalActionId, overrides), inseeCodes, organizerId });
  if (!created.ok) throw new Error(created.error);
  await publishCampaign({ id: created.id, organizerId });
  return { id: created.id, organizerId, slug: (await db().mandateCampaign.findUniqueOrThrow({ where: { id: created.id } })).slug };
}

function mandator(overrides: Partial<MandateInput> = {}): MandateInput {
  return {
    firstName: "Camille",
    lastName: "Martin",
    email: `camille.${unique()}@example.org`,
    commune: "Menton",
    inseeCode: MENTON,
    communeLink: "residence",
    consentMandate: true,
    consentSensitive: true,
    postalAddress: undefined,
    ...overrides,
  };
}

/** The token of the personal link in the last mandate email queued for an address. */
async function lastLink(email: string) {
  const message = await db().emailMessage.findFirstOrThrow({
    where: { template: "mandate-link", recipientIndex: recipientIndexFor(email) },
    orderBy: { createdAt: "desc" },
    select: { payload: true },
  });
  return /\/mandat\/([A-Za-z0-9_-]+)/.exec(decrypt(message.payload))![1];
}

async function give(campaignId: string, input = mandator(), now?: Date) {
  return giveMandate({ campaignId, input, inseeCode: input.inseeCode ?? MENTON, lang: "fr", ipHash: "ip", now });
}

describe("campaign texts", () => {
  test("a published version is never changed: editing creates the next, and a mandate keeps the version and hash it agreed to", async () => {
    const campaign = await openCampaign();
    const v1 = await db().mandateText.findFirstOrThrow({ where: { campaignId: campaign.id, lang: "fr" } });
    expect(v1).toMatchObject({ version: 1, sha256: sha256(v1.body) });
    expect(v1.publishedAt).not.toBeNull();
    const input = mandator();
    await give(campaign.id, input);

    const legalActionId = (await db().mandateCampaign.findUniqueOrThrow({ where: { id: campaign.id } })).legalActionId;
    const changed = "Je donne mandat à l’association pour introduire une réclamation et saisir le juge en mon nom.";
    const base = await db().mandateCampaign.findUniqueOrThrow({ where: { id: campaign.id } });
    const edit = (textFr: string) =>
      editCampaign({
        id: campaign.id,
        input: campaignInput(legalActionId, { slug: base.slug, textFr, opensAt: toParisLocal(base.opensAt), fileBy: toParisLocal(base.fileBy) }),
        inseeCodes: [],
        organizerId: campaign.organizerId,
      });
    expect(await edit(changed)).toEqual({ ok: true });
    // Version 1 is as it was; version 2 is a draft; the public page still shows version 1.
    expect(await db().mandateText.findUniqueOrThrow({ where: { id: v1.id } })).toEqual(v1);
    const v2 = await db().mandateText.findFirstOrThrow({ where: { campaignId: campaign.id, lang: "fr", version: 2 } });
    expect(v2).toMatchObject({ body: changed, sha256: sha256(changed), publishedAt: null });
    expect((await getPublicCampaign({ slug: campaign.slug, lang: "fr" }))?.text?.version).toBe(1);
    // A draft is rewritten in place (no version 3 for an unpublished edit).
    expect(await edit(`${changed} Modifié.`)).toEqual({ ok: true });
    expect(await db().mandateText.count({ where: { campaignId: campaign.id, lang: "fr" } })).toBe(2);
    await publishCampaign({ id: campaign.id, organizerId: campaign.organizerId });
    expect((await getPublicCampaign({ slug: campaign.slug, lang: "fr" }))?.text?.version).toBe(2);
    // Editing again after the second publication: version 3, versions 1 and 2 untouched.
    const v2Published = await db().mandateText.findUniqueOrThrow({ where: { id: v2.id } });
    await edit("Un troisième texte du mandat, assez long pour passer.");
    expect(await db().mandateText.findUniqueOrThrow({ where: { id: v2.id } })).toEqual(v2Published);
    expect(await db().mandateText.count({ where: { campaignId: campaign.id, lang: "fr" } })).toBe(3);

    // The mandate given on version 1 still reads version 1, with its hash.
    const mandate = await mandateForToken({ token: await lastLink(input.email) });
    expect(mandate).toMatchObject({ version: 1, body: v1.body, sha256: sha256(v1.body) });
    // A new mandate agrees to version 2 (the published one), in English too (no English text: French).
    const english = mandator();
    await giveMandate({ campaignId: campaign.id, input: english, inseeCode: MENTON, lang: "en", ipHash: "ip" });
    expect(await mandateForToken({ token: await lastLink(english.email) })).toMatchObject({ version: 2, textLang: "fr", sha256: v2Published.sha256 });
  });

  test("saveText never rewrites a published row, even when asked directly", async () => {
    const campaign = await openCampaign();
    const v1 = await db().mandateText.findFirstOrThrow({ where: { campaignId: campaign.id, lang: "fr" } });
    const version = await db().$transaction((tx) => saveText(tx, { campaignId: campaign.id, lang: "fr", body: "Autre texte du mandat, différent." }));
    expect(version).toBe(2);
    expect(await db().mandateText.findUniqueOrThrow({ where: { id: v1.id } })).toEqual(v1);
  });
});

describe("giving a mandate", () => {
  test("double opt-in: unconfirmed counts for nothing; the email's link confirms; the count goes up", async () => {
    const campaign = await openCampaign();
    const input = mandator({ firstName: "Zoé", lastName: "Giraud" });
    expect(await give(campaign.id, input)).toEqual({ ok: true, repeat: false });
    const row = await db().mandate.findUniqueOrThrow({
      where: { campaignId_emailIndex: { campaignId: campaign.id, emailIndex: mandateIndexFor(input.email) } },
    });
    // Identities sealed, nothing in clear.
    expect(row.firstName).not.toContain("Zoé");
    expect(decrypt(row.lastName)).toBe("Giraud");
    expect(decrypt(row.inseeCode)).toBe(MENTON);
    expect(row.emailIndex).not.toBe(mandateIndexFor("other@example.org"));
    expect(await db().emailMessage.count({ where: { idempotencyKey: emailKey(`mandate/${row.id}/1`) } })).toBe(1);
    expect((await getPublicCampaign({ slug: campaign.slug, lang: "fr" }))?.count).toBe(0);

    const token = await lastLink(input.email);
    expect(row.tokenHash).toBe(hashToken(token));
    expect(await confirmMandate({ token })).toEqual({ ok: true });
    expect(await confirmMandate({ token })).toEqual({ ok: true });
    expect((await getPublicCampaign({ slug: campaign.slug, lang: "fr" }))?.count).toBe(1);
  });

  test("one mandate per person: concurrent submissions with the same canonical address write exactly one row", async () => {
    const campaign = await openCampaign();
    const email = `Dominique.${unique()}@Example.org`;
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, index) => give(campaign.id, mandator({ email: index % 2 ? email.toLowerCase() : email, firstName: `Dominique${index}` }))),
    );
    expect(results.every((result) => result.ok)).toBe(true);
    expect(results.filter((result) => result.ok && !result.repeat)).toHaveLength(1);
    expect(await db().mandate.count({ where: { campaignId: campaign.id } })).toBe(1);
    // Emails capped: the first plus two more links, whatever the number of attempts.
    const row = await db().mandate.findFirstOrThrow({ where: { campaignId: campaign.id } });
    expect(row.emailsSent).toBe(3);
    expect(
      await db().emailMessage.count({
        where: { template: "mandate-link", idempotencyKey: { in: [1, 2, 3, 4].map((n) => emailKey(`mandate/${row.id}/${n}`)) } },
      }),
    ).toBe(3);
  });

  test("a second attempt sends a fresh link that works, and the old one stops working", async () => {
    const campaign = await openCampaign();
    const input = mandator();
    await give(campaign.id, input);
    const first = await lastLink(input.email);
    expect(await give(campaign.id, { ...input, firstName: "Autre" })).toEqual({ ok: true, repeat: true });
    const second = await lastLink(input.email);
    expect(second).not.toBe(first);
    expect(await mandateForToken({ token: first })).toBeNull();
    expect(await mandateForToken({ token: second })).toMatchObject({ firstName: "Camille" });
  });

  test("eligibility by commune, and nothing after the filing date", async () => {
    const campaign = await openCampaign({ eligibility: "COMMUNES", communes: "Menton" }, [MENTON]);
    expect(await give(campaign.id, mandator({ commune: "Grasse", inseeCode: GRASSE }))).toEqual({ ok: false, error: "commune" });
    expect(await give(campaign.id, mandator())).toMatchObject({ ok: true });
    const fileBy = (await db().mandateCampaign.findUniqueOrThrow({ where: { id: campaign.id } })).fileBy;
    expect(await give(campaign.id, mandator(), new Date(fileBy.getTime() + 1))).toEqual({ ok: false, error: "closed" });
  });
});

describe("revoking", () => {
  test("before the filing date the mandate is deleted; after it, marked revoked and kept", async () => {
    const campaign = await openCampaign();
    const before = mandator();
    await give(campaign.id, before);
    const token = await lastLink(before.email);
    await confirmMandate({ token });
    expect(await revokeMandate({ token })).toEqual({ ok: true, slug: campaign.slug, deleted: true });
    expect(await db().mandate.count({ where: { emailIndex: mandateIndexFor(before.email) } })).toBe(0);
    // Replayed: unknown, never an error.
    expect(await revokeMandate({ token })).toEqual({ ok: false, error: "unknown" });
    // And given again.
    expect(await give(campaign.id, before)).toEqual({ ok: true, repeat: false });

    const after = mandator();
    await give(campaign.id, after);
    const afterToken = await lastLink(after.email);
    await confirmMandate({ token: afterToken });
    const fileBy = (await db().mandateCampaign.findUniqueOrThrow({ where: { id: campaign.id } })).fileBy;
    const later = new Date(fileBy.getTime() + DAY);
    expect(await mandateForToken({ token: afterToken, now: later })).toMatchObject({ campaign: { pastFiling: true, open: false } });
    expect(await revokeMandate({ token: afterToken, now: later })).toEqual({ ok: true, slug: campaign.slug, deleted: false });
    const row = await db().mandate.findFirstOrThrow({ where: { emailIndex: mandateIndexFor(after.email) } });
    expect(row.revokedAt).toEqual(later);
    // A revoked mandate no longer counts.
    expect((await getPublicCampaign({ slug: campaign.slug, lang: "fr" }))?.count).toBe(0);
  });

  test("once filed (filedAt), revocation marks even before fileBy", async () => {
    const campaign = await openCampaign();
    const input = mandator();
    await give(campaign.id, input);
    const token = await lastLink(input.email);
    await confirmMandate({ token });
    await db().mandateCampaign.update({ where: { id: campaign.id }, data: { filedAt: new Date() } });
    expect(await revokeMandate({ token })).toMatchObject({ ok: true, deleted: false });
  });

  test("my data shows the mandates and revokes them with the same limits", async () => {
    const campaign = await openCampaign();
    const filed = await openCampaign();
    const email = `moi.${unique()}@example.org`;
    await give(campaign.id, mandator({ email }));
    await give(filed.id, mandator({ email }));
    await db().mandateCampaign.update({ where: { id: filed.id }, data: { filedAt: new Date() } });
    const data = await collectData(email);
    expect(data.mandates.map((mandate) => mandate.slug).sort()).toEqual([campaign.slug, filed.slug].sort());
    expect(data.mandates.find((mandate) => mandate.slug === filed.slug)?.pastFiling).toBe(true);
    await deleteData(email, { kind: "all" });
    const left = await db().mandate.findMany({ where: { emailIndex: mandateIndexFor(email) }, select: { campaignId: true, revokedAt: true } });
    expect(left).toHaveLength(1);
    expect(left[0].campaignId).toBe(filed.id);
    expect(left[0].revokedAt).not.toBeNull();
  });
});

describe("retention", () => {
  test("unconfirmed mandates go after 7 days; confirmed ones stay", async () => {
    const campaign = await openCampaign({ opensAt: toParisLocal(new Date(Date.now() - 30 * DAY)) });
    const old = mandator();
    const confirmed = mandator();
    const recent = mandator();
    const eightDaysAgo = new Date(Date.now() - 8 * DAY);
    await give(campaign.id, old, eightDaysAgo);
    await give(campaign.id, confirmed, eightDaysAgo);
    await db().mandate.updateMany({ where: { emailIndex: mandateIndexFor(confirmed.email) }, data: { confirmedAt: eightDaysAgo } });
    await give(campaign.id, recent, new Date(Date.now() - 6 * DAY));
    await runRetention(mandateRetentionRules);
    const left = await db().mandate.findMany({ where: { campaignId: campaign.id }, select: { emailIndex: true } });
    expect(left.map((row) => row.emailIndex).sort()).toEqual([mandateIndexFor(confirmed.email), mandateIndexFor(recent.email)].sort());
  });
});

describe("the legal flag", () => {
  const get = (path: string, cookie: string) => new Request(`http://localhost${path}`, { headers: { Cookie: cookie } });
  const post = (path: string, cookie: string, fields: Record<string, string>) => {
    const body = new FormData();
    for (const [name, value] of Object.entries(fields)) body.set(name, value);
    return new Request(`http://localhost${path}`, { method: "POST", body, headers: { Cookie: cookie } });
  };
  async function status(promise: Promise<unknown>) {
    try {
      await promise;
      return 200;
    } catch (thrown) {
      return thrown instanceof Response ? thrown.status : 500;
    }
  }

  test("every mandate route refuses organizers without it, admins included", async () => {
    const campaign = await openCampaign();
    for (const who of [await organizer({ role: "ADMIN" }), await organizer()]) {
      const context = {};
      expect(await status(adminListLoader({ request: get("/admin/mandats", who.cookie), params: {}, context }))).toBe(403);
      expect(await status(newLoader({ request: get("/admin/mandats/nouvelle", who.cookie), params: {}, context }))).toBe(403);
      expect(await status(newAction({ request: post("/admin/mandats/nouvelle", who.cookie, {}), params: {}, context }))).toBe(403);
      expect(await status(editLoader({ request: get(`/admin/mandats/${campaign.id}`, who.cookie), params: { id: campaign.id }, context }))).toBe(403);
      expect(
        await status(editAction({ request: post(`/admin/mandats/${campaign.id}`, who.cookie, { intent: "publish" }), params: { id: campaign.id }, context })),
      ).toBe(403);
      expect(await status(mandateListLoader({ request: get(`/admin/mandats/${campaign.id}/liste`, who.cookie), params: { id: campaign.id }, context }))).toBe(
        403,
      );
    }
    // Signed out: sent to sign in.
    const signedOut = await status(adminListLoader({ request: get("/admin/mandats", ""), params: {}, context: {} }));
    expect(signedOut).toBe(302);
  });

  test("only a legal organizer grants or removes it, audited; removal takes effect on the next request", async () => {
    const admin = await organizer({ role: "ADMIN" });
    const legalAdmin = await organizer({ role: "ADMIN", legal: true });
    const target = await organizer();
    const grant = (by: { cookie: string }, legal: "grant" | "remove") =>
      status(
        organizersAction({ request: post("/admin/organisateurs", by.cookie, { intent: "legal", organizerId: target.id, legal }), params: {}, context: {} }),
      );
    expect(await grant(admin, "grant")).toBe(403);
    expect((await db().organizer.findUniqueOrThrow({ where: { id: target.id } })).legal).toBe(false);
    expect(await grant(legalAdmin, "grant")).toBe(200);
    expect((await db().organizer.findUniqueOrThrow({ where: { id: target.id } })).legal).toBe(true);
    expect(await db().auditEntry.count({ where: { action: "organizer.legal.grant", subjectId: target.id, organizerId: legalAdmin.id } })).toBe(1);
    expect(await status(adminListLoader({ request: get("/admin/mandats", target.cookie), params: {}, context: {} }))).toBe(200);
    expect(await grant(legalAdmin, "remove")).toBe(200);
    expect(await db().auditEntry.count({ where: { action: "organizer.legal.remove", subjectId: target.id } })).toBe(1);
    expect(await status(adminListLoader({ request: get("/admin/mandats", target.cookie), params: {}, context: {} }))).toBe(403);
  });

  test("the mandate list decrypts names and writes an audit row for each view", async () => {
    const campaign = await openCampaign();
    const input = mandator({ firstName: "Inès", lastName: "Rolland" });
    await give(campaign.id, input);
    const legal = await organizer({ legal: true });
    const view = (page: string) =>
      mandateListLoader({ request: get(`/admin/mandats/${campaign.id}/liste?page=${page}`, legal.cookie), params: { id: campaign.id }, context: {} });
    const first = await view("1");
    expect(first.rows).toHaveLength(1);
    expect(first.rows[0]).toMatchObject({ firstName: "Inès", lastName: "Rolland", commune: "Menton", status: "unconfirmed" });
    expect(first.rows[0].sha256).toMatch(/^[0-9a-f]{64}$/);
    await view("junk");
    expect(await db().auditEntry.count({ where: { action: "mandate.list", subjectId: campaign.id, organizerId: legal.id } })).toBe(2);
  });

  test("a legal organizer creates, edits and publishes through the routes", async () => {
    const legal = await organizer({ legal: true });
    const { id: legalActionId } = await legalAction();
    const fields = campaignInput(legalActionId, { eligibility: "COMMUNES", communes: "Menton, 06069" });
    const form = Object.fromEntries(
      Object.entries({ ...fields, requiresPostalAddress: "on", goal: "250", textEn: "I mandate the association to complain on my behalf." }).map(([k, v]) => [
        k,
        String(v ?? ""),
      ]),
    );
    const created = (await newAction({
      request: post("/admin/mandats/nouvelle", legal.cookie, { intent: "save", ...form }),
      params: {},
      context: {},
    })) as Response;
    expect(created.status).toBe(302);
    const campaign = await db().mandateCampaign.findUniqueOrThrow({ where: { slug: fields.slug } });
    expect(campaign).toMatchObject({ inseeCodes: [MENTON, GRASSE], requiresPostalAddress: true, goal: 250, publishedAt: null });
    expect(toParisLocal(campaign.fileBy)).toBe(fields.fileBy);
    // The same slug again: refused beside the field.
    const again = (await newAction({
      request: post("/admin/mandats/nouvelle", legal.cookie, { intent: "save", ...form }),
      params: {},
      context: {},
    })) as unknown as {
      data: { error: Record<string, string[]> };
    };
    expect(again.data.error.slug).toEqual(["mandates.errors.slugTaken"]);
    await editAction({ request: post(`/admin/mandats/${campaign.id}`, legal.cookie, { intent: "publish" }), params: { id: campaign.id }, context: {} });
    expect(await db().mandateText.count({ where: { campaignId: campaign.id, publishedAt: { not: null } } })).toBe(2);
  });
});

describe("bad input on the public routes", () => {
  let poster = 0;
  async function postForm(slug: string, fields: Record<string, string>) {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.set(name, value);
    form.set(FORM_GUARD_FIELDS.honeypot, "");
    form.set(FORM_GUARD_FIELDS.token, issueFormGuardToken(Date.now() - 60_000));
    const request = new Request(`http://localhost/mandats/${slug}`, { method: "POST", body: form });
    return (await campaignPageAction({ request, params: { slug }, context: { socketAddress: `198.51.100.${++poster}` } })) as unknown as {
      data: { result: { error: Record<string, string[]> | null; initialValue: Record<string, unknown> } };
      init: { status: number } | null;
      headers?: Headers;
      status?: number;
    };
  }
  const typed = (email = `typed.${unique()}@example.org`) => ({
    firstName: "Léa",
    lastName: "Peeters",
    email,
    commune: "Menton",
    communeLink: "residence",
    consentMandate: "on",
    consentSensitive: "on",
  });

  test("a name of 10,000 characters, a link, NUL bytes, an unknown commune: a message beside the field, what was typed kept, nothing written", async () => {
    const campaign = await openCampaign();
    const long = await postForm(campaign.slug, { ...typed(), firstName: "A".repeat(10_000) });
    expect(long.init?.status).toBe(400);
    expect(long.data.result.error?.firstName).toEqual(["mandates.errors.nameTooLong"]);
    expect(long.data.result.initialValue).toMatchObject({ lastName: "Peeters", commune: "Menton" });

    const link = await postForm(campaign.slug, { ...typed(), lastName: "Visitez https://spam.example" });
    expect(link.data.result.error?.lastName).toEqual(["mandates.errors.nameLink"]);
    const domain = await postForm(campaign.slug, { ...typed(), lastName: "casino.com" });
    expect(domain.data.result.error?.lastName).toEqual(["mandates.errors.nameLink"]);

    const nul = await postForm(campaign.slug, { ...typed(), firstName: "Lé\u0000a" });
    expect(nul.data.result.error?.firstName).toEqual(["mandates.errors.nameChars"]);

    const unknown = await postForm(campaign.slug, { ...typed(), commune: "Zzyzxville", inseeCode: "99999" });
    expect(unknown.data.result.error?.commune).toEqual(["reports.errors.communeUnknown"]);
    const nulCommune = await postForm(campaign.slug, { ...typed(), commune: "Men\u0000ton", inseeCode: "0\u00006083" });
    expect(nulCommune.init?.status).toBe(400);

    const noConsent = await postForm(campaign.slug, { ...typed(), consentSensitive: "" });
    expect(noConsent.data.result.error?.consentSensitive).toEqual(["mandates.errors.consentSensitive"]);
    expect(await db().mandate.count({ where: { campaignId: campaign.id } })).toBe(0);

    // A good one goes to the "check your email" page.
    const good = (await postForm(campaign.slug, typed())) as unknown as Response;
    expect(good.headers.get("Location")).toBe(`/mandats/${campaign.slug}/verification`);
    expect(await db().mandate.count({ where: { campaignId: campaign.id } })).toBe(1);
  });

  test("a commune outside the campaign's, and a form after the filing date: refused with a message", async () => {
    const campaign = await openCampaign({ eligibility: "COMMUNES", communes: "Menton" }, [MENTON]);
    const grasse = await postForm(campaign.slug, { ...typed(), commune: "Grasse", inseeCode: GRASSE });
    expect(grasse.data.result.error?.commune).toEqual(["mandates.errors.communeNotEligible"]);
    await db().mandateCampaign.update({ where: { id: campaign.id }, data: { fileBy: new Date(Date.now() - 1000), opensAt: new Date(Date.now() - 2 * DAY) } });
    const late = await postForm(campaign.slug, typed());
    expect(late.init?.status).toBe(400);
    expect(late.data.result.error?.[""]).toEqual(["mandates.errors.closed"]);
    expect(late.data.result.initialValue).toMatchObject({ firstName: "Léa" });
    expect(await db().mandate.count({ where: { campaignId: campaign.id } })).toBe(0);
  });

  test("a forged or replayed personal link: a 404 page, never a 500", async () => {
    for (const token of ["forged", "x".repeat(5_000), "a\u0000b", "../../etc", "%00"]) {
      const loaded = (await tokenLoader({ request: new Request("http://localhost/mandat/x"), params: { token }, context: {} })) as unknown as {
        init: { status: number };
      };
      expect(loaded.init.status).toBe(404);
      const body = new FormData();
      body.set("intent", "revoke");
      body.set("confirm", "1");
      const posted = (await tokenAction({
        request: new Request("http://localhost/mandat/x", { method: "POST", body }),
        params: { token },
        context: {},
      })) as unknown as {
        init: { status: number };
      };
      expect(posted.init.status).toBe(404);
    }
    // Unknown intent: a 400, not a 500.
    const body = new FormData();
    body.set("intent", "explode");
    const odd = (await tokenAction({
      request: new Request("http://localhost/mandat/x", { method: "POST", body }),
      params: { token: "forged" },
      context: {},
    })) as unknown as {
      init: { status: number };
    };
    expect(odd.init.status).toBe(400);
  });

  test("the revocation goes through its confirmation step", async () => {
    const campaign = await openCampaign();
    const input = mandator();
    await give(campaign.id, input);
    const token = await lastLink(input.email);
    const revoke = (confirm: boolean) => {
      const body = new FormData();
      body.set("intent", "revoke");
      if (confirm) body.set("confirm", "1");
      return tokenAction({ request: new Request(`http://localhost/mandat/${token}`, { method: "POST", body }), params: { token }, context: {} });
    };
    expect(await revoke(false)).toEqual({ confirmRevoke: true });
    expect(await db().mandate.count({ where: { campaignId: campaign.id } })).toBe(1);
    const done = (await revoke(true)) as Response;
    expect(done.headers.get("Location")).toBe(`/mandats/${campaign.slug}`);
    expect(await db().mandate.count({ where: { campaignId: campaign.id } })).toBe(0);
  });
});

describe("Paris time", () => {
  test("datetime-local values are read in Europe/Paris, summer and winter", () => {
    expect(fromParisLocal("2027-03-31T18:00").toISOString()).toBe("2027-03-31T16:00:00.000Z");
    expect(fromParisLocal("2027-01-15T18:00").toISOString()).toBe("2027-01-15T17:00:00.000Z");
    expect(toParisLocal(new Date("2027-10-31T00:30:00Z"))).toBe("2027-10-31T02:30");
  });
});
