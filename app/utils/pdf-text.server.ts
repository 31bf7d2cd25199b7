// Text on the project's PDF letters (the petition letter to the mayor, a document request's
// letters): Helvetica, a PDF standard font with the WinAnsi encoding, on A4 pages, text only.
import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";

export const A4 = { width: 595.28, height: 841.89, margin: 64 }; // in points

/** Latin letters that do not decompose into a base letter and an accent (Polish ł, Croatian đ, Turkish ı). */
const BASE_LETTERS: Record<string, string> = { Ł: "L", ł: "l", Đ: "D", đ: "d", ı: "i", Ħ: "H", ħ: "h", Ŧ: "T", ŧ: "t" };

/** Replaces what the font cannot encode: accents it lacks lose them, the rest becomes "?". */
export function winAnsiSafe(font: PDFFont, text: string) {
  const supported = new Set(font.getCharacterSet());
  let out = "";
  for (const char of text.replace(/[\u00a0\u202f\u2009]/g, " ").replace(/\r/g, "")) {
    const code = char.codePointAt(0) as number;
    if (char === "\n" || supported.has(code)) out += char;
    else {
      const base = BASE_LETTERS[char] ?? char.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
      out += base && [...base].every((c) => supported.has(c.codePointAt(0) as number)) ? base : "?";
    }
  }
  return out;
}

/**
 * Cuts text into lines no wider than `width` at `size`, breaking between words; each "\n" starts
 * a new line. A word wider than the line stands alone on its line rather than being cut.
 */
export function wrapText(font: PDFFont, size: number, text: string, width: number) {
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

/** Writes blocks of text down A4 pages, starting a new page when one is full. */
export class PdfTextWriter {
  page: PDFPage;
  y: number;
  constructor(
    private doc: PDFDocument,
    private fonts: { regular: PDFFont; bold?: PDFFont },
  ) {
    this.page = doc.addPage([A4.width, A4.height]);
    this.y = A4.height - A4.margin;
  }
  /** One block of text, wrapped to the page's width, then `gap` points of space. */
  text(text: string, { size = 11, bold = false, gap = 8 }: { size?: number; bold?: boolean; gap?: number } = {}) {
    const font = (bold && this.fonts.bold) || this.fonts.regular;
    const lineHeight = size * 1.4;
    for (const line of wrapText(font, size, winAnsiSafe(font, text), A4.width - 2 * A4.margin)) {
      if (this.y - lineHeight < A4.margin) {
        this.page = this.doc.addPage([A4.width, A4.height]);
        this.y = A4.height - A4.margin;
      }
      this.y -= lineHeight;
      this.page.drawText(line, { x: A4.margin, y: this.y, size, font, color: rgb(0.09, 0.09, 0.11) });
    }
    this.y -= gap;
  }
}
