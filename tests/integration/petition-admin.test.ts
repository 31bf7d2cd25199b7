import { decodePDFRawStream, PDFDocument, PDFRawStream } from "pdf-lib";
import { describe, expect, test } from "vitest";
import { notifySignersBatch, type NotifySignersData } from "~/modules/petitions/notify-signers.server";
import { addOrganizer } from "~/models/organizer.server";
import {
  closePetition,
  invalidateSignatures,
  markDelivered,
  openPetitionForCommune,
  previewInvalidation,
  publishResponse,
  reopenPetition,
} from "~/modules/petitions/admin.server";
import { petitionLetterPdf } from "~/modules/petitions/letter.server";
import { confirmSignature, signPetition } from "~/modules/petitions/petition.server";
import { recountAllPetitions, tallySignatures } from "~/modules/petitions/tally.server";
import { ipHashFor } from "~/utils/client-ip.server";
import { emailKey } from "~/models/email-message.server";
import { loader as csvLoader } from "~/routes/admin.petitions.$id.signatures[.]csv";
import { db } from "~/utils/db.server";
import { signIn } from "~/models/session.server";
import { openPetition, signer } from "../factories/petition";
import { hashToken } from "~/utils/tokens.server";

const MENTON = "06083";
const organizer = () => addOrganizer({ email: `orga-${Math.random().toString(36).slice(2)}@collectif.example`, role: "ORGANIZER", addedBy: null });

async function signAndConfirm(petitionId: string, overrides: Parameters<typeof signer>[0] = {}, { ip = "198.51.100.1", confirm = true } = {}) {
  const input = signer(overrides);
  await signPetition({ petitionId, input, ipHash: ipHashFor(ip), lang: "fr" });
  const signature = await db().signature.findFirstOrThrow({ where: { petitionId }, orderBy: { createdAt: "desc" } });
  if (confirm) {
    const token = `token-${signature.id}`;
    await db().signature.update({ where: { id: signature.id }, data: { tokenHash: hashToken(token) } });
    expect((await confirmSignature({ token })).ok).toBe(true);
  }
  return signature;
}

const tally = async (petitionId: string) => db().petitionTally.findUnique({ where: { petitionId }, select: { residents: true, supporters: true } });

function petitionInput(inseeCode = MENTON) {
  return {
    intent: "save" as const,
    inseeCode,
    title: "Pas de reconnaissance faciale à Menton",
    body: "Texte.",
    goal: 500,
    mayorTitle: "MONSIEUR_LE_MAIRE" as const,
    mayorName: "Jean Dupont",
  };
}

describe("one open petition per commune", () => {
  test("concurrent opens: exactly one succeeds; reopening is refused while another is open", async () => {
    const { id: organizerId } = await organizer();
    await db().petition.updateMany({ where: { inseeCode: MENTON, status: "OPEN" }, data: { status: "CLOSED" } });
    const results = await Promise.allSettled(Array.from({ length: 6 }, () => openPetitionForCommune({ input: petitionInput(), organizerId })));
    for (const r of results) expect(r.status).toBe("fulfilled");
    const answers = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
    const opened = answers.filter((answer) => answer.ok);
    expect(opened).toHaveLength(1);
    for (const answer of answers) if (!answer.ok) expect(answer).toEqual({ ok: false, error: "already-open" });
    expect(await db().petition.count({ where: { inseeCode: MENTON, status: "OPEN" } })).toBe(1);
    const first = opened[0];

    expect(await closePetition({ id: first.id, organizerId })).toEqual({ ok: true });
    const second = await openPetitionForCommune({ input: petitionInput(), organizerId });
    if (!second.ok) throw new Error(second.error);
    expect(await reopenPetition({ id: first.id, organizerId })).toEqual({ ok: false, error: "already-open" });
    await closePetition({ id: second.id, organizerId });
    expect(await reopenPetition({ id: first.id, organizerId })).toEqual({ ok: true });

    const actions = await db().auditEntry.findMany({ where: { subjectId: { in: [first.id, second.id] } }, select: { action: true } });
    expect(actions.map((a) => a.action).sort()).toEqual(["petition.close", "petition.close", "petition.open", "petition.open", "petition.reopen"]);
    expect((await db().commune.findUniqueOrThrow({ where: { inseeCode: MENTON } })).mayorName).toBe("Jean Dupont");
  });
});

describe("invalidation", () => {
  test("by domain, IP and time window: preview, then the signatures stop counting and are kept", async () => {
    const { id: organizerId } = await organizer();
    const petition = await openPetition({ inseeCode: "06088" });
    await signAndConfirm(petition.id, { email: `a.${Date.now()}@spam.example` });
    await signAndConfirm(petition.id, { email: `b.${Date.now()}@SPAM.example`, postcode: "75001" });
    await signAndConfirm(petition.id, { email: `c.${Date.now()}@spam.example` }, { confirm: false });
    await signAndConfirm(petition.id, { email: `d.${Date.now()}@ok.example` }, { ip: "203.0.113.9" });
    await signAndConfirm(petition.id, { email: `e.${Date.now()}@ok.example` });
    const early = await signAndConfirm(petition.id, { email: `f.${Date.now()}@ok.example` });
    await db().signature.update({ where: { id: early.id }, data: { createdAt: new Date("2026-01-01T10:30:00Z") } });
    await tallySignatures();
    expect(await tally(petition.id)).toEqual({ residents: 4, supporters: 1 });

    const byDomain = { by: "domain" as const, domain: "spam.example" };
    expect(await previewInvalidation({ petitionId: petition.id, criteria: byDomain })).toEqual({ total: 3, confirmed: 2 });
    expect(await invalidateSignatures({ petitionId: petition.id, criteria: byDomain, organizerId })).toMatchObject({
      invalidated: 3,
      residents: 3,
      supporters: 0,
    });
    expect(await tally(petition.id)).toEqual({ residents: 3, supporters: 0 });
    // Nothing changes on a second preview: those are already invalidated.
    expect(await previewInvalidation({ petitionId: petition.id, criteria: byDomain })).toEqual({ total: 0, confirmed: 0 });

    const byIp = { by: "ip" as const, ip: "203.0.113.9" };
    expect(await previewInvalidation({ petitionId: petition.id, criteria: byIp })).toEqual({ total: 1, confirmed: 1 });
    await invalidateSignatures({ petitionId: petition.id, criteria: byIp, organizerId });
    const byTime = { by: "time" as const, from: new Date("2026-01-01T10:00:00Z"), to: new Date("2026-01-01T11:00:00Z") };
    expect(await previewInvalidation({ petitionId: petition.id, criteria: byTime })).toEqual({ total: 1, confirmed: 1 });
    await invalidateSignatures({ petitionId: petition.id, criteria: byTime, organizerId });
    expect(await tally(petition.id)).toEqual({ residents: 1, supporters: 0 });

    // The tally job and the nightly recount agree with it.
    await tallySignatures();
    await recountAllPetitions();
    expect(await tally(petition.id)).toEqual({ residents: 1, supporters: 0 });
    expect(await db().signature.count({ where: { petitionId: petition.id } })).toBe(6);
    expect(await db().signature.count({ where: { petitionId: petition.id, invalidatedAt: { not: null } } })).toBe(5);
    const audits = await db().auditEntry.findMany({ where: { subjectId: petition.id, action: "petition.invalidate" } });
    expect(audits).toHaveLength(3);
    expect(JSON.stringify(audits.map((a) => a.details))).not.toContain("spam.example");
    expect(JSON.stringify(audits.map((a) => a.details))).not.toContain("203.0.113.9");
  });

  test("a signature invalidated before it is tallied never counts", async () => {
    const { id: organizerId } = await organizer();
    const petition = await openPetition({ inseeCode: "06088" });
    await signAndConfirm(petition.id, { email: `x.${Date.now()}@late.example` });
    await invalidateSignatures({ petitionId: petition.id, criteria: { by: "domain", domain: "late.example" }, organizerId });
    await tallySignatures();
    expect(await tally(petition.id)).toEqual({ residents: 0, supporters: 0 });
  });
});

describe("CSV export", () => {
  test("only consented fields, formulas neutralised, invalidated and unconfirmed left out", async () => {
    const { id: organizerId } = await organizer();
    const petition = await openPetition({ inseeCode: "06088" });
    await signAndConfirm(petition.id, { firstName: '=HYPERLINK("http://evil")', lastName: "+Dupont", email: `named.${Date.now()}@example.org` });
    const secret = await signAndConfirm(petition.id, { firstName: "Secret", lastName: "Anonyme", email: `hidden.${Date.now()}@example.org` });
    await db().signature.update({ where: { id: secret.id }, data: { showName: false } });
    await signAndConfirm(petition.id, { firstName: "Pending", email: `pending.${Date.now()}@example.org` }, { confirm: false });
    await signAndConfirm(petition.id, { firstName: "Spammer", email: `s.${Date.now()}@spam.example` });
    await invalidateSignatures({ petitionId: petition.id, criteria: { by: "domain", domain: "spam.example" }, organizerId });

    const cookie = (await signIn(organizerId, "/admin")).headers.get("Set-Cookie")?.split(";")[0] ?? "";
    const request = new Request(`http://localhost/admin/petitions/${petition.id}/signatures.csv`, { headers: { Cookie: cookie } });
    const response = await csvLoader({ request, params: { id: petition.id }, context: {} });
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    const lines = (await response.text())
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    // In the organizer's language: French headers and values for French organizers.
    expect(lines[0]).toBe("confirmée le,type,prénom,nom");
    expect(lines[1]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2},/);
    expect(lines).toHaveLength(3);
    expect(lines.join("\n")).toContain(`"'=HYPERLINK(""http://evil"")",'+Dupont`);
    expect(lines.join("\n")).not.toMatch(/Secret|Anonyme|Pending|Spammer|@/);
    expect(lines.some((line) => /^[^,]+,habitant ou habitante,,$/.test(line))).toBe(true);
    expect(await db().auditEntry.count({ where: { subjectId: petition.id, action: "petition.export.csv" } })).toBe(1);
    const english = await csvLoader({
      request: new Request(request.url, { headers: { Cookie: cookie, "Accept-Language": "en" } }),
      params: { id: petition.id },
      context: {},
    });
    const englishLines = (await english.text())
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(englishLines[0]).toBe("confirmed on,kind,first name,last name");
    expect(englishLines.some((line) => /^"[^"]+",resident,,$/.test(line))).toBe(true);

    // Without a session: to the sign-in page.
    const anonymous = await csvLoader({ request: new Request(request.url), params: { id: petition.id }, context: {} }).catch((r: Response) => r);
    expect(anonymous.status).toBe(302);
  });
});

describe("delivery", () => {
  async function notifyJobs(petitionId: string, kind: string) {
    return db().$queryRaw<{ id: string; data: NotifySignersData }[]>`
      SELECT id::text, data FROM pgboss.job WHERE name = 'notify-signers' AND data->>'petitionId' = ${petitionId} AND data->>'kind' = ${kind}
      ORDER BY created_on`;
  }

  /** Runs every fan-out job of the chain twice (a retry after a crash), in batches of 2. */
  async function drain(petitionId: string, kind: string) {
    const done = new Set<string>();
    for (;;) {
      const pending = (await notifyJobs(petitionId, kind)).filter((job) => !done.has(job.id));
      if (pending.length === 0) return done.size;
      for (const job of pending) {
        await notifySignersBatch(job.data, { batch: 2 });
        await notifySignersBatch(job.data, { batch: 2 });
        done.add(job.id);
      }
    }
  }

  const keysFor = (prefix: string) =>
    db().emailMessage.findMany({ where: { idempotencyKey: { startsWith: emailKey(prefix) } }, select: { idempotencyKey: true, template: true } });

  test("confirmed, valid signers get one delivery email and one response email, even when jobs run twice", async () => {
    const { id: organizerId } = await organizer();
    const petition = await openPetition({ inseeCode: "06088" });
    const confirmed = [];
    for (let i = 0; i < 5; i += 1) confirmed.push(await signAndConfirm(petition.id, { email: `s${i}.${Date.now()}@example.org` }));
    await signAndConfirm(petition.id, { email: `u.${Date.now()}@example.org` }, { confirm: false });
    await signAndConfirm(petition.id, { email: `v.${Date.now()}@spam.example` });
    await invalidateSignatures({ petitionId: petition.id, criteria: { by: "domain", domain: "spam.example" }, organizerId });

    expect(await publishResponse({ id: petition.id, response: "Trop tôt", organizerId })).toEqual({ ok: false, error: "not-delivered" });
    expect(await markDelivered({ id: petition.id, organizerId })).toEqual({ ok: true });
    expect(await markDelivered({ id: petition.id, organizerId })).toEqual({ ok: false, error: "not-deliverable" });
    expect(await drain(petition.id, "delivered")).toBe(3); // 5 signers in batches of 2: 3 jobs
    const delivered = await keysFor(`petition-delivered/${petition.id}/`);
    expect(delivered.map((m) => m.idempotencyKey).sort()).toEqual(confirmed.map((s) => emailKey(`petition-delivered/${petition.id}/${s.id}`)).sort());
    expect(new Set(delivered.map((m) => m.template))).toEqual(new Set(["petition-delivered"]));

    expect(await publishResponse({ id: petition.id, response: "Nous renonçons au projet.", organizerId })).toEqual({ ok: true });
    expect(await publishResponse({ id: petition.id, response: "Nous renonçons au projet (corrigé).", organizerId })).toEqual({ ok: true });
    await drain(petition.id, "answered");
    expect(await keysFor(`petition-answered/${petition.id}/`)).toHaveLength(5);
    expect((await notifyJobs(petition.id, "answered")).filter((job) => !job.data.after)).toHaveLength(1);
    const stored = await db().petition.findUniqueOrThrow({ where: { id: petition.id } });
    expect(stored).toMatchObject({ status: "ANSWERED", response: "Nous renonçons au projet (corrigé)." });
  });

  test("the letter is a PDF with the count and the names of those who agreed, accents included", async () => {
    const petition = await openPetition({ inseeCode: "06088" });
    await db().petition.update({
      where: { id: petition.id },
      data: { body: "Nous refusons la vidéosurveillance « intelligente » à Nice.\n\nŒuvrons ensemble." },
    });
    await signAndConfirm(petition.id, { firstName: "Hélène", lastName: "Lefèvre", email: `h.${Date.now()}@example.org` });
    const hidden = await signAndConfirm(petition.id, { firstName: "Zoé", lastName: "Caché", email: `z.${Date.now()}@example.org` });
    await db().signature.update({ where: { id: hidden.id }, data: { showName: false } });
    await tallySignatures();
    const letter = await petitionLetterPdf({ petitionId: petition.id, now: new Date("2026-11-29T12:00:00Z") });
    expect(letter?.names).toBe(1);
    const pdf = Buffer.from(letter!.pdf);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const doc = await PDFDocument.load(pdf);
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(1);
    expect(doc.getTitle()).toContain("Nice");
    // The page text, as drawn with Helvetica: WinAnsi codes in hex inside the compressed content
    // streams, read through the PDF's own structure (a byte pattern can land inside compressed data).
    const text = doc.context
      .enumerateIndirectObjects()
      .map(([, object]) => (object instanceof PDFRawStream ? Buffer.from(decodePDFRawStream(object).decode()).toString("latin1") : ""))
      .join("\n");
    // Each drawn line is a `<hex> Tj` of WinAnsi codes (Latin-1 for French letters, 0x8C for Œ).
    const lines = [...text.matchAll(/<([0-9A-F]*)> Tj/g)].map((match) => Buffer.from(match[1], "hex").toString("latin1"));
    expect(lines).toContain("Hélène Lefèvre");
    expect(lines.join("\n")).not.toContain("Zoé");
    expect(lines).toContain("\x8Cuvrons ensemble.");
    expect(lines.join(" ")).toContain("a recueilli 2 signatures confirmées : 2 personnes habitant Nice, 0 personne qui la soutient d");
    expect(lines).toContain("Monsieur le Maire,");
  });
});
