// The letters of a document request as PDFs, for those who send them by post: the request to
// the mairie and the referral to the CADA. Helvetica (a PDF standard font, WinAnsi: French
// accents and « » are covered), A4, text only.
import { PDFDocument, StandardFonts } from "pdf-lib";
import { PdfTextWriter } from "~/utils/pdf-text.server";

/** A letter (paragraphs separated by blank lines) as an A4 PDF. */
export async function letterPdf({ title, body, now = new Date() }: { title: string; body: string; now?: Date }) {
  const doc = await PDFDocument.create();
  doc.setTitle(title.replace(/\s+/g, " "));
  doc.setCreator("Technopolice");
  doc.setProducer("Technopolice");
  doc.setCreationDate(now);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const w = new PdfTextWriter(doc, { regular: font });
  for (const paragraph of body.split(/\n{2,}/)) w.text(paragraph.trim(), { gap: 10 });
  return doc.save();
}
