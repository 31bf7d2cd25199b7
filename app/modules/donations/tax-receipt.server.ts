// Annual tax receipts (reçus fiscaux, cerfa 11580): one per donor and year, for donors who gave
// a name and an address. Numbers come from a counter row incremented inside the receipt's own
// transaction, so they are sequential without gaps (a rolled-back transaction gives its number
// back, which a PostgreSQL sequence would not).
import { createHmac } from "node:crypto";
import { PDFDocument, StandardFonts, rgb, type PDFFont } from "pdf-lib";
import { decrypt } from "~/utils/crypto.server";
import { db } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { eurosInFrenchWords } from "~/utils/french-words";
import type { Tx } from "~/utils/jobs.server";
import { formatEuros } from "~/utils/money";
import { queueEmail } from "~/models/email-message.server";
import { audit } from "~/models/audit.server";
import { readIdentity, type ReceiptIdentity } from "./donation.server";
import { fail, ok, type Result } from "~/utils/result";
import { safeEqual } from "~/utils/tokens.server";
import { formatDate } from "~/utils/dates";

export const receiptNumber = (receipt: { year: number; number: number }) => `${receipt.year}-${String(receipt.number).padStart(6, "0")}`;

const yearRange = (year: number) => ({ gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) });

/** The next number for `year`, taken in `tx`: the row stays locked until `tx` ends. */
export async function nextReceiptNumber(tx: Tx, year: number) {
  const [row] = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO tax_receipt_counter (year, last) VALUES (${year}, 1)
    ON CONFLICT (year) DO UPDATE SET last = tax_receipt_counter.last + 1
    RETURNING last`;
  return row.last;
}

/**
 * Issues the receipt of one donor for one year (their PAID donations of that year), unless issued
 * already (`created: false`). "no-identity": the donor gave no details for a receipt; "nothing-paid".
 */
export async function issueReceipt({
  donorId,
  year,
  organizerId = null,
}: {
  donorId: string;
  year: number;
  organizerId?: string | null;
}): Promise<Result<{ id: string; created: boolean }, "no-identity" | "nothing-paid">> {
  return db().$transaction(async (tx) => {
    // Serialise issuing for this donor: a second concurrent call waits, then finds the receipt.
    await tx.$queryRaw`SELECT id FROM donor WHERE id = ${donorId}::uuid FOR UPDATE`;
    const existing = await tx.taxReceipt.findUnique({ where: { donorId_year: { donorId, year } }, select: { id: true } });
    if (existing) return ok({ id: existing.id, created: false });
    const donor = await tx.donor.findUniqueOrThrow({ where: { id: donorId }, select: { receiptIdentity: true, email: true, lang: true } });
    if (!donor.receiptIdentity) return fail("no-identity");
    const donations = await tx.donation.aggregate({ where: { donorId, status: "PAID", paidAt: yearRange(year) }, _sum: { amount: true } });
    const amount = donations._sum.amount ?? 0;
    if (amount <= 0) return fail("nothing-paid");
    const number = await nextReceiptNumber(tx, year);
    const receipt = await tx.taxReceipt.create({
      data: { year, number, donorId, amount, identity: donor.receiptIdentity },
      select: { id: true, year: true, number: true },
    });
    await audit(tx, { organizerId, action: "receipt.issue", subjectType: "tax_receipt", subjectId: receipt.id, details: { year, number } });
    if (env().RECEIPTS_ENABLED) {
      await queueEmail(tx, {
        key: `tax-receipt/${receipt.id}`,
        template: "tax-receipt",
        to: decrypt(donor.email),
        lang: donor.lang,
        props: { url: receiptDownloadUrl(receipt.id), year, number: receiptNumber(receipt) },
      });
    }
    return ok({ id: receipt.id, created: true });
  });
}

/** Every donor with an address and a paid donation in `year` gets their receipt (idempotent). */
export async function issueReceiptsForYear({ year, organizerId = null }: { year: number; organizerId?: string | null }) {
  const donors = await db().donor.findMany({
    where: { receiptIdentity: { not: null }, donations: { some: { status: "PAID", paidAt: yearRange(year) } } },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  let issued = 0;
  for (const donor of donors) {
    const receipt = await issueReceipt({ donorId: donor.id, year, organizerId });
    if (receipt.ok && receipt.created) issued++;
  }
  return issued;
}

/** The January job: last year's receipts, only when RECEIPTS_ENABLED. */
export async function sendAnnualReceipts(now = new Date()) {
  if (!env().RECEIPTS_ENABLED) return { skipped: true, issued: 0 };
  return { skipped: false, issued: await issueReceiptsForYear({ year: now.getUTCFullYear() - 1 }) };
}

export async function listReceipts({ year }: { year: number }) {
  const receipts = await db().taxReceipt.findMany({
    where: { year },
    orderBy: { number: "asc" },
    select: { id: true, year: true, number: true, amount: true, identity: true, issuedAt: true },
  });
  return receipts.map(({ identity, ...receipt }) => ({ ...receipt, number: receiptNumber(receipt), name: readIdentity(identity)?.name ?? "" }));
}

function downloadSignature(receiptId: string) {
  return createHmac("sha256", `tax-receipt:${env().SESSION_SECRET}`).update(receiptId).digest("base64url");
}

export function receiptDownloadUrl(receiptId: string) {
  return `${env().PUBLIC_URL}/don/recu/${receiptId}.${downloadSignature(receiptId)}`;
}

export function receiptIdFromToken(token: string) {
  const [receiptId, signature = ""] = token.split(".");
  return safeEqual(signature, downloadSignature(receiptId)) ? receiptId : null;
}

/** The receipt's content, as cerfa 11580 lists it. */
export async function receiptContent(receiptId: string) {
  const receipt = await db().taxReceipt.findUnique({ where: { id: receiptId } });
  if (!receipt) return null;
  const identity = JSON.parse(decrypt(receipt.identity)) as ReceiptIdentity;
  const config = env();
  return {
    number: receiptNumber(receipt),
    year: receipt.year,
    association: {
      name: config.ASSOCIATION_NAME ?? "",
      address: config.ASSOCIATION_ADDRESS ?? "",
      object: config.ASSOCIATION_OBJECT ?? "",
      id: config.ASSOCIATION_ID ?? "",
    },
    donor: identity,
    amount: formatEuros(receipt.amount, "fr"),
    amountInWords: eurosInFrenchWords(receipt.amount),
    issuedAt: receipt.issuedAt,
    form: "Déclaration de don manuel",
    nature: "Numéraire",
    method: "Virement, prélèvement, carte bancaire",
    statement:
      "Le bénéficiaire certifie sur l'honneur que les dons et versements qu'il reçoit ouvrent droit à la réduction d'impôt prévue à l'article 200 du code général des impôts.",
  };
}

export type ReceiptContent = NonNullable<Awaited<ReturnType<typeof receiptContent>>>;

/** A4 PDF of the receipt (Helvetica: WinAnsi covers French accents). */
export async function receiptPdf(content: ReceiptContent) {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`Reçu fiscal ${content.number}`);
  const page = pdf.addPage([595, 842]);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  let y = 790;
  const line = (text: string, { font = regular, size = 10, gap = 15 } = {}) => {
    for (const chunk of wrap(encodable(text, font), font === bold ? 80 : 95)) {
      page.drawText(chunk, { x: 50, y, size, font, color: rgb(0.09, 0.09, 0.11) });
      y -= gap;
    }
  };
  const date = formatDate("fr", content.issuedAt);
  line("Reçu au titre des dons à certains organismes d'intérêt général", { font: bold, size: 13, gap: 18 });
  line("Articles 200, 238 bis et 978 du code général des impôts (cerfa n° 11580)", { size: 9 });
  line(`Numéro d'ordre du reçu : ${content.number}`, { font: bold, gap: 24 });
  line("Bénéficiaire des versements", { font: bold });
  line(content.association.name);
  line(content.association.address);
  line(`SIREN / RNA : ${content.association.id}`);
  line(`Objet : ${content.association.object}`, { gap: 24 });
  line("Donateur", { font: bold });
  line(content.donor.name);
  line(content.donor.address);
  line(`${content.donor.postcode} ${content.donor.city}`, { gap: 24 });
  line(`Le bénéficiaire reconnaît avoir reçu au titre des dons et versements ouvrant droit à réduction d'impôt la somme de : ${content.amount}`);
  line(`Somme en toutes lettres : ${content.amountInWords}`);
  line(`Date des versements : année ${content.year} (versements cumulés)`);
  line(`Forme du don : ${content.form}`);
  line(`Nature du don : ${content.nature}`);
  line(`Mode de versement : ${content.method}`, { gap: 24 });
  line(content.statement, { gap: 24 });
  line(`Fait le ${date}.`);
  return pdf.save();
}

/** The standard fonts only encode WinAnsi: other letters lose their accent ("Ł" → "L"), or become "?". */
function encodable(text: string, font: PDFFont) {
  return [...text]
    .map((char) => {
      for (const candidate of [char, char.normalize("NFD").replace(/\p{M}/gu, ""), { Ł: "L", ł: "l", Đ: "D", đ: "d", Ø: "O", ø: "o" }[char] ?? "?"]) {
        try {
          font.encodeText(candidate);
          return candidate;
        } catch {
          continue;
        }
      }
      return "?";
    })
    .join("");
}

function wrap(text: string, width: number) {
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(" ")) {
    if ((current + " " + word).trim().length > width) {
      lines.push(current);
      current = word;
    } else current = (current + " " + word).trim();
  }
  if (current) lines.push(current);
  return lines;
}
