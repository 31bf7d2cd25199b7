// CSV for organizers' exports (RFC 4180, CRLF, UTF-8 with a BOM so that spreadsheets read
// accents right). Cells that a spreadsheet would run as a formula are neutralised: a signer
// who types "=HYPERLINK(...)" as their name must not execute anything on an organizer's machine.

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | boolean | Date | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = value instanceof Date ? value.toISOString() : String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export type CsvRow = (string | number | boolean | Date | null | undefined)[];
/** An export's content before it becomes text: its header (in the organizer's language) and rows. */
export type CsvTable = { header: string[]; rows: CsvRow[] };

export function toCsv(header: string[], rows: Iterable<CsvRow>): string {
  const lines = [header.map(csvCell).join(",")];
  for (const row of rows) lines.push(row.map(csvCell).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

/** A download response for an export; never cached, never indexed. */
export function csvResponse(filename: string, body: string) {
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename.replace(/[^\w.-]/g, "_")}"`,
      "Cache-Control": "no-store",
    },
  });
}
