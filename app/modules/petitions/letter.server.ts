// The letter handed to the mayor, as a PDF: the petition's text, the confirmed count (residents
// and supporters), the date, and the names of the signers who agreed to be named. Always in
// French (it goes to a French mairie). Helvetica is one of the PDF standard fonts: nothing to
// embed from disk, and its WinAnsi encoding covers French (é è à ç œ « » ’).
import { PDFDocument, StandardFonts } from "pdf-lib";
import { PdfTextWriter } from "~/utils/pdf-text.server";
import { pluralOf, translator } from "~/utils/i18n";
import { getPetitionForAdmin, sharedSignatures } from "./admin.server";
import { formatDate } from "~/utils/dates";

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
  const w = new PdfTextWriter(doc, fonts);
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
