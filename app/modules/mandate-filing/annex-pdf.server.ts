// The mandate list as a paginated PDF annex to the complaint (issue 26, item 4): a title part (the
// campaign, the controller, the authority, the count, and each published text version with its
// SHA-256 and its full text), then a table of the mandates, "page n / N" on every page. Helvetica
// (a PDF standard font, WinAnsi: French accents, « » and ’ are covered; what it lacks is written
// without its accent, see winAnsiSafe). Always in French: it goes to a French authority.
import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from "pdf-lib";
import { formatDate, formatDateTime } from "~/utils/dates";
import { PdfTextWriter, winAnsiSafe, A4 } from "~/utils/pdf-text.server";
import { translator } from "~/utils/i18n";
import type { MandateList } from "./export.server";

/** Table rows per page (fixed, so the annex's length is known from the count). */
export const ANNEX_ROWS_PER_PAGE = 42;
const ROW_HEIGHT = 16;
const SIZE = 8;
const FOOTER_Y = 28;
const INK = rgb(0.09, 0.09, 0.11);

/** The table's columns: width in points (they fill the page between the margins). */
const COLUMNS = [
  { key: "number", width: 28 },
  { key: "lastName", width: 92 },
  { key: "firstName", width: 80 },
  { key: "commune", width: 120 },
  { key: "link", width: 46 },
  { key: "date", width: 92 },
  { key: "version", width: 30 },
] as const;

/** Cuts `text` to `width` with an ellipsis (a very long name must not run over the next column). */
function fit(font: PDFFont, text: string, width: number) {
  if (font.widthOfTextAtSize(text, SIZE) <= width) return text;
  // No column holds 60 characters at this size: measure no more than that.
  let cut = text.slice(0, 60);
  while (cut.length > 1 && font.widthOfTextAtSize(`${cut}…`, SIZE) > width) cut = cut.slice(0, -1);
  return `${cut}…`;
}

export async function mandateAnnexPdf({ campaign, rows }: MandateList, { now = new Date() }: { now?: Date } = {}) {
  const t = translator("fr");
  const doc = await PDFDocument.create();
  doc.setTitle(t("admin.mandateFiling.annex.title", { title: campaign.title }).replace(/\s+/g, " "));
  doc.setCreator("Technopolice");
  doc.setProducer("Technopolice");
  doc.setCreationDate(now);
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const mono = await doc.embedFont(StandardFonts.Courier);

  // The title part: what the list is, then every text version in full.
  const w = new PdfTextWriter(doc, { regular, bold });
  w.text(t("admin.mandateFiling.annex.title", { title: campaign.title }), { size: 16, bold: true, gap: 14 });
  w.text(t("admin.mandateFiling.annex.action", { title: campaign.legalAction.title }));
  w.text(t("admin.mandateFiling.annex.controller", { controller: campaign.controller }));
  w.text(t("admin.mandateFiling.annex.authority", { authority: campaign.filedWith ?? campaign.authority }));
  if (campaign.filingReference) w.text(t("admin.mandateFiling.annex.reference", { reference: campaign.filingReference }));
  w.text(t("admin.mandateFiling.annex.fileBy", { date: formatDateTime("fr", campaign.fileBy) }));
  w.text(t("admin.mandateFiling.annex.count", { count: rows.length }), { bold: true });
  w.text(t("admin.mandateFiling.annex.generated", { date: formatDateTime("fr", now) }), { gap: 16 });
  w.text(t("admin.mandateFiling.annex.versions"), { size: 13, bold: true, gap: 10 });
  for (const text of campaign.texts) {
    w.text(
      t("admin.mandateFiling.annex.version", {
        version: text.version,
        lang: t(`admin.mandateFiling.annex.lang.${text.lang}`),
        date: text.publishedAt ? formatDate("fr", text.publishedAt) : "",
      }),
      { bold: true, gap: 4 },
    );
    w.text(`SHA-256 : ${text.sha256}`, { size: 9, gap: 8 });
    for (const paragraph of text.body.split(/\n{2,}/)) w.text(paragraph.trim(), { size: 10, gap: 6 });
    w.text("", { gap: 8 });
  }

  // The table, on pages of its own.
  const left = A4.margin - 16;
  const headers = COLUMNS.map((column) => t(`admin.mandateFiling.annex.column.${column.key}`));
  const drawRow = (page: PDFPage, y: number, cells: string[], font: PDFFont) => {
    let x = left;
    COLUMNS.forEach((column, index) => {
      page.drawText(fit(font, winAnsiSafe(font, cells[index]), column.width - 4), { x, y, size: SIZE, font, color: INK });
      x += column.width;
    });
  };
  const tableWidth = COLUMNS.reduce((sum, column) => sum + column.width, 0);
  for (let start = 0; start < rows.length || start === 0; start += ANNEX_ROWS_PER_PAGE) {
    const page = doc.addPage([A4.width, A4.height]);
    let y = A4.height - A4.margin + 16;
    page.drawText(winAnsiSafe(bold, t("admin.mandateFiling.annex.tableTitle", { title: campaign.title })), { x: left, y, size: 10, font: bold, color: INK });
    y -= ROW_HEIGHT * 1.6;
    drawRow(page, y, headers, bold);
    page.drawLine({ start: { x: left, y: y - 4 }, end: { x: left + tableWidth, y: y - 4 }, thickness: 0.5, color: INK });
    for (const [offset, row] of rows.slice(start, start + ANNEX_ROWS_PER_PAGE).entries()) {
      y -= ROW_HEIGHT;
      drawRow(
        page,
        y,
        [
          String(start + offset + 1),
          row.lastName,
          row.firstName,
          `${row.communeName} (${row.inseeCode})`,
          t(`admin.mandateFiling.list.link.${row.communeLink}`),
          formatDateTime("fr", row.mandatedAt, "short"),
          `v${row.textVersion}`,
        ],
        regular,
      );
      // The SHA-256 of the exact text agreed to, under the names (the title part prints each version's).
      page.drawText(`SHA-256 ${row.textSha256}`, { x: left + COLUMNS[0].width, y: y - 7, size: 5.5, font: mono, color: rgb(0.25, 0.25, 0.3) });
    }
    if (rows.length === 0)
      page.drawText(winAnsiSafe(regular, t("admin.mandateFiling.annex.empty")), { x: left, y: y - ROW_HEIGHT, size: SIZE, font: regular, color: INK });
  }

  // "page n / N" on every page, once N is known.
  const pages = doc.getPages();
  pages.forEach((page, index) => {
    const label = winAnsiSafe(regular, t("admin.mandateFiling.annex.page", { page: index + 1, pages: pages.length }));
    page.drawText(label, { x: A4.width - A4.margin - regular.widthOfTextAtSize(label, SIZE), y: FOOTER_Y, size: SIZE, font: regular, color: INK });
  });
  return doc.save();
}
