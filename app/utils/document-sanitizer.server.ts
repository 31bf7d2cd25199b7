// Metadata stripping of the documents reporters attach: nothing the site publishes may say who
// made a file, with what, when or where. Bytes and the type sniffed from them go in; clean bytes
// come out, or a refusal. The original bytes are never stored: callers store what this returns.
//
// - Images (JPEG, PNG, WebP) are decoded and re-encoded by sharp (libvips): EXIF (GPS position,
//   phone model, time taken), XMP, IPTC, ICC profiles and text chunks are dropped (sharp keeps no
//   metadata unless asked to), and the EXIF orientation is applied to the pixels first.
// - PDFs are rewritten by pdf-lib without the trailer's Info dictionary (Author, Creator,
//   Producer, dates...), without any XMP /Metadata stream (document, page or image level) and
//   without /PieceInfo (private application data). A PDF pdf-lib cannot read (damaged,
//   encrypted) is refused rather than published as it is.
import { PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, PDFStream } from "pdf-lib";
import sharp from "sharp";
import type { DocumentType } from "./uploads.server";

export type SanitizedDocument = { ok: true; bytes: Buffer; contentType: DocumentType } | { ok: false; problem: "unreadable" };

/** Pixels an image may have (about 100 megapixels): a decompression bomb is refused, not decoded. */
const MAX_INPUT_PIXELS = 100_000_000;

async function cleanImage(bytes: Buffer, contentType: Exclude<DocumentType, "application/pdf">) {
  // rotate() without an angle applies the EXIF orientation; no keepMetadata()/withMetadata(): all dropped.
  const image = sharp(bytes, { failOn: "error", limitInputPixels: MAX_INPUT_PIXELS }).rotate();
  if (contentType === "image/jpeg") return image.jpeg({ quality: 90, mozjpeg: true }).toBuffer();
  if (contentType === "image/png") return image.png({ compressionLevel: 9 }).toBuffer();
  return image.webp({ quality: 90 }).toBuffer();
}

const METADATA_KEYS = ["Metadata", "PieceInfo"].map((name) => PDFName.of(name));

async function cleanPdf(bytes: Buffer) {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: true });
  const { context } = pdf;
  const info = context.trailerInfo.Info;
  if (info instanceof PDFRef) context.delete(info);
  context.trailerInfo.Info = undefined;
  for (const [ref, object] of context.enumerateIndirectObjects()) {
    const dict = object instanceof PDFDict ? object : object instanceof PDFStream ? object.dict : null;
    if (!dict) continue;
    if (dict.get(PDFName.of("Type")) === PDFName.of("Metadata")) {
      context.delete(ref);
      continue;
    }
    for (const key of METADATA_KEYS) dict.delete(key);
  }
  // XMP packets are XML: a stream that still starts one (no /Type) goes too.
  for (const [ref, object] of context.enumerateIndirectObjects()) {
    if (object instanceof PDFRawStream && Buffer.from(object.contents.subarray(0, 64)).toString("latin1").includes("<?xpacket")) context.delete(ref);
  }
  return Buffer.from(await pdf.save({ useObjectStreams: false, updateFieldAppearances: false }));
}

/** Clean bytes of the same type, or a refusal (the file cannot be read, so it cannot be cleaned). */
export async function sanitizeDocument(bytes: Buffer, contentType: DocumentType): Promise<SanitizedDocument> {
  try {
    const clean = contentType === "application/pdf" ? await cleanPdf(bytes) : await cleanImage(bytes, contentType);
    return { ok: true, bytes: clean, contentType };
  } catch {
    return { ok: false, problem: "unreadable" };
  }
}

type Checked<File, Problem> = { accepted: (File & { bytes: Buffer; contentType: DocumentType; fileName: string })[]; problems: Problem[] };

/**
 * What the upload path calls, once, between checking the files and storing them: every accepted
 * file is replaced by its clean copy; a file that cannot be cleaned joins the problems.
 */
export async function sanitizeDocuments<File, Problem>({ accepted, problems }: Checked<File, Problem>) {
  const clean: Checked<File, Problem>["accepted"] = [];
  const refused: { fileName: string; problem: "unreadable" }[] = [];
  for (const file of accepted) {
    const result = await sanitizeDocument(file.bytes, file.contentType);
    if (result.ok) clean.push({ ...file, bytes: result.bytes, contentType: result.contentType });
    else refused.push({ fileName: file.fileName, problem: result.problem });
  }
  return { accepted: clean, problems: [...problems, ...refused] };
}
