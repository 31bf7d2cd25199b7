// The draft application's downloads: plain text, PDF (pdf-lib, Helvetica, as the request's own
// letters) and an editable OpenDocument text (.odt: a ZIP of XML, written here without a library;
// LibreOffice, Microsoft Word and Google Docs open it). All three carry the "draft to check" notice.
import { PDFDocument, StandardFonts } from "pdf-lib";
import { PdfTextWriter } from "~/utils/pdf-text.server";
import { zip } from "~/utils/zip.server";
import { draftText, type CourtApplicationDraft, type DraftBlock } from "./draft";

export { draftText };

export async function draftPdf(draft: CourtApplicationDraft, now = new Date()) {
  const doc = await PDFDocument.create();
  doc.setTitle(draft.title);
  doc.setSubject("Projet à vérifier — ce n’est pas un conseil juridique");
  doc.setCreator("Technopolice");
  doc.setProducer("Technopolice");
  doc.setCreationDate(now);
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const w = new PdfTextWriter(doc, { regular, bold });
  for (const block of draft.blocks) {
    if (block.kind === "title") w.text(block.text.toUpperCase(), { size: 14, bold: true, gap: 12 });
    else if (block.kind === "heading") w.text(block.text, { size: 12, bold: true, gap: 8 });
    else if (block.kind === "warning") w.text(block.text, { size: 10, bold: true, gap: 12 });
    else w.text(block.text, { gap: 10 });
  }
  return doc.save();
}

const xml = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    // Characters XML 1.0 forbids (the text is normalised already; this is the last guard).
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "");

const STYLE: Record<DraftBlock["kind"], string> = { warning: "Warning", title: "Title", heading: "Heading", paragraph: "Body", list: "Body" };

/** One block as ODF paragraphs: each line of it its own paragraph (lists), or a line break (addresses). */
function blockXml(block: DraftBlock) {
  if (block.kind === "list") return block.text.split("\n").map((line) => `<text:p text:style-name="List">${xml(line)}</text:p>`);
  const inner = block.text
    .split("\n")
    .map((line) => xml(line))
    .join("<text:line-break/>");
  if (block.kind === "title" || block.kind === "heading") {
    return [`<text:h text:style-name="${STYLE[block.kind]}" text:outline-level="${block.kind === "title" ? 1 : 2}">${inner}</text:h>`];
  }
  return [`<text:p text:style-name="${STYLE[block.kind]}">${inner}</text:p>`];
}

const NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
  'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"',
].join(" ");

function stylesXml() {
  const paragraph = (name: string, paragraphProps: string, textProps: string) =>
    `<style:style style:name="${name}" style:family="paragraph"><style:paragraph-properties ${paragraphProps}/><style:text-properties ${textProps}/></style:style>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles ${NS} office:version="1.3"><office:styles>
<style:default-style style:family="paragraph"><style:text-properties fo:font-family="'Liberation Serif', 'Times New Roman', serif" fo:font-size="12pt" fo:language="fr" fo:country="FR"/></style:default-style>
${paragraph("Body", 'fo:margin-bottom="0.25cm" fo:text-align="justify"', "")}
${paragraph("List", 'fo:margin-left="0.6cm" fo:margin-bottom="0.1cm"', "")}
${paragraph("Title", 'fo:margin-top="0.4cm" fo:margin-bottom="0.4cm" fo:text-align="center"', 'fo:font-size="15pt" fo:font-weight="bold" fo:text-transform="uppercase"')}
${paragraph("Heading", 'fo:margin-top="0.4cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"', 'fo:font-size="13pt" fo:font-weight="bold"')}
${paragraph("Warning", 'fo:margin-bottom="0.3cm" fo:padding="0.2cm" fo:border="0.5pt solid #b00020"', 'fo:font-weight="bold" fo:color="#b00020"')}
</office:styles><office:automatic-styles><style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.5cm" fo:margin-right="2cm"/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4"/></office:master-styles></office:document-styles>`;
}

/** The draft as an OpenDocument text: mimetype first and stored, then manifest, content, styles, meta. */
export function draftOdt(draft: CourtApplicationDraft, now = new Date()) {
  const content = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content ${NS} office:version="1.3"><office:body><office:text>
${draft.blocks.flatMap(blockXml).join("\n")}
</office:text></office:body></office:document-content>`;
  const meta = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta ${NS} office:version="1.3"><office:meta><dc:title>${xml(draft.title)}</dc:title><dc:language>fr-FR</dc:language><meta:generator>Technopolice</meta:generator><meta:creation-date>${now.toISOString().slice(0, 19)}</meta:creation-date></office:meta></office:document-meta>`;
  const manifest = `<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text" manifest:version="1.3"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>`;
  return zip(
    [
      { name: "mimetype", data: ODT_MIME, store: true },
      { name: "META-INF/manifest.xml", data: manifest },
      { name: "content.xml", data: content },
      { name: "styles.xml", data: stylesXml() },
      { name: "meta.xml", data: meta },
    ],
    now,
  );
}

export const ODT_MIME = "application/vnd.oasis.opendocument.text";
