// The letters of a document request as PDFs, for those who send them by post: the request to
// the mairie and the referral to the CADA. Helvetica (a PDF standard font, WinAnsi: French
// accents and « » are covered), A4, text only.
import { PDFDocument, StandardFonts, rgb, type PDFFont } from "pdf-lib";
import { winAnsiSafe } from "./petition-letter.server";

const PAGE = { width: 595.28, height: 841.89, margin: 64 }; // A4, in points

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

/** A letter (paragraphs separated by blank lines) as an A4 PDF. */
export async function letterPdf({ title, body, now = new Date() }: { title: string; body: string; now?: Date }) {
  const doc = await PDFDocument.create();
  doc.setTitle(title.replace(/\s+/g, " "));
  doc.setCreator("Technopolice");
  doc.setProducer("Technopolice");
  doc.setCreationDate(now);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const size = 11;
  const lineHeight = size * 1.4;
  let page = doc.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - PAGE.margin;
  for (const paragraph of body.split(/\n{2,}/)) {
    for (const line of wrap(font, size, winAnsiSafe(font, paragraph.trim()), PAGE.width - 2 * PAGE.margin)) {
      if (y - lineHeight < PAGE.margin) {
        page = doc.addPage([PAGE.width, PAGE.height]);
        y = PAGE.height - PAGE.margin;
      }
      y -= lineHeight;
      page.drawText(line, { x: PAGE.margin, y, size, font, color: rgb(0.09, 0.09, 0.11) });
    }
    y -= 10;
  }
  return doc.save();
}
