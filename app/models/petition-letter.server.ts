// The letter handed to the mayor, as a PDF: the petition's text, the confirmed count (residents
// and supporters), the date, and the names of the signers who agreed to be named. Always in
// French (it goes to a French mairie). Helvetica is one of the PDF standard fonts: nothing to
// embed from disk, and its WinAnsi encoding covers French (é è à ç œ « » ’).
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { pluralOf, translator } from "~/utils/i18n";
import { getPetitionForAdmin, sharedSignatures } from "./petition-admin.server";
import { formatDate } from "~/utils/dates";

const PAGE = { width: 595.28, height: 841.89, margin: 64 }; // A4, in points

/** Replaces what the font cannot encode: accents it lacks lose them, the rest becomes "?". */
export function winAnsiSafe(font: PDFFont, text: string) {
  const supported = new Set(font.getCharacterSet());
  let out = "";
  for (const char of text.replace(/[\u00a0\u202f\u2009]/g, " ").replace(/\r/g, "")) {
    const code = char.codePointAt(0) as number;
    if (char === "\n" || supported.has(code)) out += char;
    else {
      const base = char.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
      out += base && [...base].every((c) => supported.has(c.codePointAt(0) as number)) ? base : "?";
    }
  }
  return out;
}

function wrap(font: PDFFont, size: number, text: string, width: number) {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width || !line) line = candidate;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

class Writer {
  page: PDFPage;
  y: number;
  constructor(
    private doc: PDFDocument,
    private fonts: { regular: PDFFont; bold: PDFFont },
  ) {
    this.page = doc.addPage([PAGE.width, PAGE.height]);
    this.y = PAGE.height - PAGE.margin;
  }
  text(text: string, { size = 11, bold = false, gap = 8 }: { size?: number; bold?: boolean; gap?: number } = {}) {
    const font = bold ? this.fonts.bold : this.fonts.regular;
    const lineHeight = size * 1.4;
    for (const line of wrap(font, size, winAnsiSafe(font, text), PAGE.width - 2 * PAGE.margin)) {
      if (this.y - lineHeight < PAGE.margin) {
        this.page = this.doc.addPage([PAGE.width, PAGE.height]);
        this.y = PAGE.height - PAGE.margin;
      }
      this.y -= lineHeight;
      this.page.drawText(line, { x: PAGE.margin, y: this.y, size, font, color: rgb(0.09, 0.09, 0.11) });
    }
    this.y -= gap;
  }
}

export async function petitionLetterPdf({ petitionId, now = new Date() }: { petitionId: string; now?: Date }) {
  const petition = await getPetitionForAdmin({ id: petitionId });
  if (!petition) return null;
  const t = translator("fr");
  const names: string[] = [];
  for await (const signer of sharedSignatures({ petitionId })) {
    if (signer.firstName && signer.lastName) names.push(`${signer.firstName} ${signer.lastName}`);
  }
  names.sort((a, b) => a.localeCompare(b, "fr"));

  const doc = await PDFDocument.create();
  // Document metadata is UTF-16 in PDF: any character goes.
  doc.setTitle(`${petition.title} — ${petition.commune.name}`.replace(/\s+/g, " "));
  doc.setCreator("Technopolice");
  doc.setProducer("Technopolice");
  doc.setCreationDate(now);
  const fonts = { regular: await doc.embedFont(StandardFonts.Helvetica), bold: await doc.embedFont(StandardFonts.HelveticaBold) };
  const w = new Writer(doc, fonts);
  const mayor = t(`petition.mayor.${petition.mayorTitle}`);
  const date = formatDate("fr", now);

  w.text("Technopolice", { size: 16, bold: true, gap: 16 });
  w.text(t("admin.petitions.letter.place", { commune: petition.commune.name, date }), { gap: 16 });
  w.text(t("admin.petitions.letter.to", { mayor, commune: petition.commune.name, name: petition.mayorName }), { bold: true, gap: 16 });
  w.text(t("admin.petitions.letter.subject", { title: petition.title }), { bold: true, gap: 16 });
  w.text(`${mayor},`, { gap: 12 });
  for (const paragraph of petition.body.split(/\n{2,}/)) w.text(paragraph.trim(), { gap: 10 });
  w.text(
    // "1 personne habitant Quimper", "2 personnes habitant Quimper": French plural rules.
    t(`admin.petitions.letter.total.${pluralOf("fr", petition.count)}`, {
      count: petition.count,
      residents: t(`admin.petitions.letter.residents.${pluralOf("fr", petition.residents)}`, { count: petition.residents, commune: petition.commune.name }),
      supporters: t(`admin.petitions.letter.supporters.${pluralOf("fr", petition.supporters)}`, { count: petition.supporters }),
    }),
    { bold: true, gap: 16 },
  );
  w.text(t("admin.petitions.letter.closing", { mayor }), { gap: 24 });
  w.text(t("admin.petitions.letter.named", { count: names.length }), { bold: true, gap: 8 });
  w.text(names.length > 0 ? names.join(", ") : t("admin.petitions.letter.noNames"), { size: 10 });
  return { pdf: await doc.save(), names: names.length, filename: `petition-${petition.commune.slug}.pdf` };
}
