import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { addOrganizer } from "~/models/organizer.server";
import {
  confirmReport,
  declineReport,
  getCommuneDossier,
  getDocument,
  listModerationQueue,
  listPublishedProjects,
  mergeReport,
  publishReport,
  topDocumentedCommunes,
  submitReport,
  updateReport,
} from "~/modules/projects/report.server";
import { reportRetentionRules } from "~/modules/projects/privacy.server";
import { communeField, resolveCommune } from "~/models/commune-choice.server";
import { db } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { checkDocuments, MAX_DOCUMENT_BYTES, parseFormWithFiles, sniffDocumentType } from "~/utils/uploads.server";
import { aPendingReport, aReport, EXE_BYTES, LYON, PDF_BYTES, RENNES, reportInput } from "../factories/report";
import { emailKey } from "~/models/email-message.server";

const DAY = 24 * 3600_000;
const organizer = () => addOrganizer({ email: `mod.${Math.random().toString(36).slice(2)}@collectif.example`, role: "ORGANIZER", addedBy: null });
const pdf = (fileName = "deliberation.pdf") => ({ fileName, bytes: PDF_BYTES, contentType: "application/pdf" as const });
const stored = (id: string) => existsSync(path.resolve(env().UPLOADS_DIR, id));

function multipart(parts: { name: string; value: string | Buffer; filename?: string; type?: string }[]) {
  const form = new FormData();
  for (const part of parts) {
    if (part.filename !== undefined)
      form.append(
        part.name,
        new Blob([typeof part.value === "string" ? part.value : new Uint8Array(part.value)], { type: part.type ?? "application/octet-stream" }),
        part.filename,
      );
    else form.append(part.name, String(part.value));
  }
  return new Request("http://localhost/signaler", { method: "POST", body: form });
}

describe("upload checks", () => {
  test("the type comes from the content, not the name", () => {
    expect(sniffDocumentType(PDF_BYTES)).toBe("application/pdf");
    expect(sniffDocumentType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toBe("image/png");
    expect(sniffDocumentType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe("image/jpeg");
    expect(sniffDocumentType(Buffer.from("RIFF\x10\x00\x00\x00WEBPVP8 ", "latin1"))).toBe("image/webp");
    expect(sniffDocumentType(EXE_BYTES)).toBeNull();
    expect(sniffDocumentType(Buffer.from("<html><script>alert(1)</script>"))).toBeNull();
    expect(sniffDocumentType(Buffer.alloc(0))).toBeNull();
  });

  test("a file over 10 MB is refused by name, an executable named .pdf too, and the text fields are kept", async () => {
    const big = Buffer.concat([PDF_BYTES, Buffer.alloc(MAX_DOCUMENT_BYTES, 0x20)]);
    const request = multipart([
      { name: "title", value: "Drones au-dessus du centre" },
      { name: "documents", value: big, filename: "gros.pdf", type: "application/pdf" },
      { name: "documents", value: EXE_BYTES, filename: "rapport.pdf", type: "application/pdf" },
      { name: "documents", value: PDF_BYTES, filename: "../../etc/vrai.pdf", type: "application/pdf" },
      { name: "documents", value: Buffer.alloc(0), filename: "" },
    ]);
    const { formData, files } = await parseFormWithFiles(request, "documents");
    expect(formData.get("title")).toBe("Drones au-dessus du centre");
    expect(files.map((file) => [file.fileName, file.bytes === null])).toEqual([
      ["gros.pdf", true],
      ["rapport.pdf", false],
      ["vrai.pdf", false],
    ]);
    const { accepted, problems } = checkDocuments(files);
    expect(problems).toEqual([
      { fileName: "gros.pdf", problem: "tooLarge" },
      { fileName: "rapport.pdf", problem: "type" },
    ]);
    expect(accepted.map((file) => [file.fileName, file.contentType])).toEqual([["vrai.pdf", "application/pdf"]]);
  });

  test("exactly 10 MB is accepted; more than five files are refused", async () => {
    const exact = Buffer.concat([PDF_BYTES, Buffer.alloc(MAX_DOCUMENT_BYTES - PDF_BYTES.length, 0x20)]);
    const { files } = await parseFormWithFiles(multipart([{ name: "documents", value: exact, filename: "limite.pdf" }]), "documents");
    expect(checkDocuments(files).problems).toEqual([]);
    const many = Array.from({ length: 7 }, (_, i) => ({ name: "documents", value: PDF_BYTES, filename: `${i}.pdf` }));
    const parsed = await parseFormWithFiles(multipart(many), "documents");
    expect(checkDocuments(parsed.files).problems).toContainEqual({ fileName: "", problem: "tooMany" });
  });
});

describe("the commune field", () => {
  test("a name or postcode naming one commune is enough; homonyms must be chosen", async () => {
    expect(await resolveCommune({ text: "Rennes" })).toMatchObject({ status: "found", commune: { inseeCode: RENNES } });
    expect(await resolveCommune({ text: "Lyon (69)" })).toMatchObject({ status: "found", commune: { inseeCode: LYON } });
    expect(await resolveCommune({ text: "Rennes (35)", inseeCode: RENNES })).toMatchObject({ status: "found", commune: { inseeCode: RENNES } });
    // A code left over from an earlier choice does not win over a changed text.
    expect(await resolveCommune({ text: "Lyon", inseeCode: RENNES })).toMatchObject({ status: "found", commune: { inseeCode: LYON } });
    expect(await resolveCommune({ text: "Zzzyx" })).toEqual({ status: "unknown" });
    const saintDenis = await resolveCommune({ text: "Saint-Denis" });
    expect(saintDenis.status).toBe("ambiguous");
  });

  test("a code that is not one is ignored, never sent to PostgreSQL (issue 29, item 4)", async () => {
    for (const inseeCode of [`35${"\u0000"}238`, "\u0000", "x".repeat(10_000), "35238' OR 1=1"]) {
      expect(await resolveCommune({ text: "Rennes", inseeCode }), JSON.stringify(inseeCode.slice(0, 20))).toMatchObject({
        status: "found",
        commune: { inseeCode: RENNES },
      });
    }
    const form = new FormData();
    form.set("commune", `Ren${"\u0000"}nes`);
    form.set("inseeCode", `${RENNES}${"\u0000"}`);
    expect((await communeField(form)).errors).toBeDefined();
  });
});

describe("moderation states", () => {
  test("unconfirmed → pending → published, with the reporter told and then forgotten", async () => {
    const mod = await organizer();
    const report = await aPendingReport({ documents: [pdf()] });
    const row = await db().report.findUniqueOrThrow({ where: { id: report.id }, include: { documents: true } });
    expect(row.status).toBe("UNCONFIRMED");
    // Held in PostgreSQL, out of the uploads directory, until the reporter confirms (issue 16).
    expect(stored(row.documents[0].id)).toBe(false);
    expect(await db().pendingUpload.count({ where: { documentId: row.documents[0].id } })).toBe(1);
    // Not public, and not in the queue, before confirmation.
    expect(await getDocument({ id: row.documents[0].id })).toBeNull();
    expect((await listModerationQueue()).map((r) => r.id)).not.toContain(report.id);
    expect(await db().emailMessage.count({ where: { idempotencyKey: emailKey(`report-confirm/${report.id}`) } })).toBe(1);

    expect(await confirmReport({ token: report.token })).toEqual({ ok: true });
    expect(await confirmReport({ token: report.token })).toEqual({ ok: true });
    expect(await confirmReport({ token: "nope" })).toEqual({ ok: false, error: "unknown" });
    expect(stored(row.documents[0].id)).toBe(true);
    expect(await db().pendingUpload.count({ where: { documentId: row.documents[0].id } })).toBe(0);
    expect((await listModerationQueue({ ville: "renn" })).map((r) => r.id)).toContain(report.id);
    expect((await listModerationQueue({ type: "DRONES" })).map((r) => r.id)).not.toContain(report.id);
    expect((await listModerationQueue({ age: "older" })).map((r) => r.id)).not.toContain(report.id);
    expect(await getDocument({ id: row.documents[0].id, organizer: true })).not.toBeNull();

    expect(await publishReport({ id: report.id, organizerId: mod.id, fields: { ...reportInput(), title: "Titre relu par le collectif" } })).toMatchObject({
      ok: true,
    });
    const published = await db().report.findUniqueOrThrow({ where: { id: report.id } });
    expect(published).toMatchObject({ status: "PUBLISHED", title: "Titre relu par le collectif", reporterEmail: null, tokenHash: null });
    expect(await getDocument({ id: row.documents[0].id })).not.toBeNull();
    expect(await db().emailMessage.count({ where: { idempotencyKey: emailKey(`report-moderated/${report.id}`) } })).toBe(1);
    expect(await db().auditEntry.count({ where: { subjectId: report.id, action: "report.publish", organizerId: mod.id } })).toBe(1);

    const dossier = await getCommuneDossier({ inseeCode: RENNES });
    expect(dossier.find((p) => p.id === report.id)).toMatchObject({
      sources: ["https://example.org/deliberation", "https://example.org/article"],
      credit: null,
    });
    expect((await listPublishedProjects({ departmentCode: "35" })).map((p) => p.id)).toContain(report.id);
    expect((await listPublishedProjects({ departmentCode: "69" })).map((p) => p.id)).not.toContain(report.id);
    expect((await listPublishedProjects({ kind: "DRONES" })).map((p) => p.id)).not.toContain(report.id);
    expect((await topDocumentedCommunes()).map((c) => c.inseeCode)).toContain(RENNES);

    // A second decision on the same report does nothing.
    expect(await publishReport({ id: report.id, organizerId: mod.id })).toEqual({ ok: false, error: "decided" });
    expect(await declineReport({ id: report.id, organizerId: mod.id, reason: "x" })).toEqual({ ok: false, error: "decided" });
    expect(await updateReport({ id: report.id, organizerId: mod.id, fields: reportInput() })).toEqual({ ok: false, error: "decided" });
  });

  test("declined: the reason is emailed, the documents are deleted, nothing is public", async () => {
    const mod = await organizer();
    const report = await aPendingReport({ inseeCode: LYON, documents: [pdf()] });
    await confirmReport({ token: report.token });
    const [document] = await db().reportDocument.findMany({ where: { reportId: report.id } });
    expect(await declineReport({ id: report.id, organizerId: mod.id, reason: "Aucune source vérifiable." })).toEqual({ ok: true });
    expect(await db().report.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({
      status: "DECLINED",
      declineReason: "Aucune source vérifiable.",
      reporterEmail: null,
    });
    expect(stored(document.id)).toBe(false);
    expect(await db().reportDocument.count({ where: { reportId: report.id } })).toBe(0);
    expect((await getCommuneDossier({ inseeCode: LYON })).map((p) => p.id)).not.toContain(report.id);
    expect(await db().auditEntry.count({ where: { subjectId: report.id, action: "report.decline" } })).toBe(1);
    expect(await db().emailMessage.count({ where: { idempotencyKey: emailKey(`report-moderated/${report.id}`) } })).toBe(1);
  });

  test("a duplicate is merged into the published project: new sources and documents move there", async () => {
    const mod = await organizer();
    const original = await aPendingReport({ inseeCode: LYON });
    await confirmReport({ token: original.token });
    await publishReport({ id: original.id, organizerId: mod.id });
    const duplicate = await aPendingReport({
      inseeCode: LYON,
      input: reportInput({ sources: "https://example.org/article\nhttps://example.org/nouvelle-source" }),
      documents: [pdf("marche-public.pdf")],
    });
    await confirmReport({ token: duplicate.token });
    // Only published projects of the same commune are targets.
    const elsewhere = await aPendingReport({ inseeCode: RENNES });
    expect(await mergeReport({ id: duplicate.id, organizerId: mod.id, intoId: elsewhere.id })).toEqual({ ok: false, error: "no-target" });

    expect(await mergeReport({ id: duplicate.id, organizerId: mod.id, intoId: original.id })).toEqual({ ok: true });
    const target = await db().report.findUniqueOrThrow({ where: { id: original.id }, include: { documents: true } });
    expect(target.sources).toEqual(["https://example.org/deliberation", "https://example.org/article", "https://example.org/nouvelle-source"]);
    expect(target.documents.map((d) => d.fileName)).toEqual(["marche-public.pdf"]);
    expect(await db().report.findUniqueOrThrow({ where: { id: duplicate.id } })).toMatchObject({ status: "MERGED", mergedIntoId: original.id });
    expect(await db().auditEntry.count({ where: { subjectId: duplicate.id, action: "report.merge" } })).toBe(1);
  });

  test("the reporter's address and credit name are not readable in the database", async () => {
    const report = await aReport({ input: reportInput({ email: "lanceur.alerte@example.net", mayCredit: true, creditName: "Dominique Quelquechose" }) });
    const dump = JSON.stringify(await db().$queryRaw`SELECT * FROM report WHERE id = ${report.id}::uuid`);
    for (const clear of ["lanceur.alerte", "example.net", "Quelquechose"]) expect(dump).not.toContain(clear);
  });
});

describe("retention", () => {
  test("reports unconfirmed for 7 days go with their files; confirmed ones stay", async () => {
    const old = await aReport({ documents: [pdf()] });
    const recent = await aReport();
    const confirmedOld = await aPendingReport();
    await confirmReport({ token: confirmedOld.token });
    const eightDaysAgo = new Date(Date.now() - 8 * DAY);
    await db().report.updateMany({ where: { id: { in: [old.id, confirmedOld.id] } }, data: { createdAt: eightDaysAgo } });
    const [document] = await db().reportDocument.findMany({ where: { reportId: old.id } });

    const deleted = await reportRetentionRules[0].run(new Date());
    expect(deleted).toBeGreaterThanOrEqual(1);
    expect(await db().report.findUnique({ where: { id: old.id } })).toBeNull();
    expect(stored(document.id)).toBe(false);
    expect(await db().pendingUpload.count({ where: { documentId: document.id } })).toBe(0);
    expect(await db().report.findUnique({ where: { id: recent.id } })).not.toBeNull();
    expect(await db().report.findUnique({ where: { id: confirmedOld.id } })).not.toBeNull();
  });
});

describe("uploads of unconfirmed reports (issue 16)", () => {
  test("all unconfirmed files together stay under PENDING_UPLOADS_MAX_MB: past it, uploads-full and nothing recorded", async () => {
    const quota = env().PENDING_UPLOADS_MAX_MB * 1024 * 1024;
    const [{ total }] = await db().$queryRaw<{ total: bigint }[]>`SELECT coalesce(sum(size), 0)::bigint AS total FROM pending_upload`;
    // Fill the quota but for a few bytes with one unconfirmed report's placeholder rows.
    const filler = await aReport({ documents: [pdf()] });
    const [document] = await db().reportDocument.findMany({ where: { reportId: filler.id } });
    await db().pendingUpload.update({ where: { documentId: document.id }, data: { size: quota - Number(total) - 10 } });
    try {
      const before = await db().report.count();
      expect(await submitReport({ inseeCode: RENNES, input: reportInput(), documents: [pdf()], lang: "fr" })).toEqual({ ok: false, error: "uploads-full" });
      expect(await db().report.count()).toBe(before);
      // A report without files is still accepted.
      await expect(aReport()).resolves.toMatchObject({ id: expect.any(String) });
    } finally {
      await db().report.delete({ where: { id: filler.id } });
    }
    // Deleting the unconfirmed report deleted its pending bytes (cascade): the quota is free again.
    expect(await db().pendingUpload.count({ where: { documentId: document.id } })).toBe(0);
    await expect(aReport({ documents: [pdf()] })).resolves.toMatchObject({ id: expect.any(String) });
  });
});
