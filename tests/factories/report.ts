import { submitReport } from "~/modules/projects/report.server";
import type { ReportInput } from "~/modules/projects/report-schema";
import { db } from "~/utils/db.server";
import type { DocumentType } from "~/utils/uploads.server";
import { hashToken } from "~/utils/tokens.server";

export const RENNES = "35238";
export const LYON = "69123";

/** The smallest valid PDF-looking content: what the sniffing checks. */
export const PDF_BYTES = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
/** The start of a Windows executable. */
export const EXE_BYTES = Buffer.concat([Buffer.from("MZ\x90\x00\x03\x00\x00\x00", "latin1"), Buffer.alloc(120, 0)]);

export function reportInput(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    commune: "Rennes",
    kind: "VIDEO_ANALYTICS",
    title: `Caméras augmentées ${Math.random().toString(36).slice(2, 8)}`,
    description: "La ville installe un logiciel d'analyse automatisée sur ses caméras.",
    startedOn: "2024",
    actors: "Briefcam",
    sources: "https://example.org/deliberation\nhttps://example.org/article",
    email: `reporter.${Math.random().toString(36).slice(2, 10)}@example.org`,
    mayCredit: false,
    ...overrides,
  };
}

export async function aReport({
  inseeCode = RENNES,
  input = reportInput(),
  documents = [] as { fileName: string; bytes: Buffer; contentType: DocumentType }[],
} = {}) {
  const report = await submitReport({ inseeCode, input, documents, lang: "fr" });
  if (!report.ok) throw new Error(`report refused: ${report.error}`);
  return report;
}

/** A report the reporter has confirmed: in the moderation queue. */
export async function aPendingReport(options: Parameters<typeof aReport>[0] = {}) {
  const report = await aReport(options);
  const token = `token-${report.id}`;
  await db().report.update({ where: { id: report.id }, data: { tokenHash: hashToken(token) } });
  return { ...report, token };
}
