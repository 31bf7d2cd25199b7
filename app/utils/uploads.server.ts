// Documents attached to reports: multipart parsing with a size limit that never throws (a file
// too large is reported next to its field and the rest of the form is kept), the type read from
// the content (magic bytes) rather than the name, and storage in UPLOADS_DIR by document id
// (once the report is confirmed: before that the bytes wait in PostgreSQL, report.server.ts).
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { unstable_parseMultipartFormData, type UploadHandler } from "@remix-run/node";
import { env } from "./env.server";
import { HttpError, MAX_MULTIPART_PARTS } from "./node-http.server";
import { isUuid } from "~/utils/uuid";

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
export const MAX_DOCUMENTS = 5;
/** Text fields of a multipart form: more than any field allows (Zod then says what is wrong), never kept beyond. */
const MAX_TEXT_BYTES = 32 * 1024;

export type DocumentType = "application/pdf" | "image/png" | "image/jpeg" | "image/webp";

/** The type of a file from its first bytes; null for anything that is not a PDF, PNG, JPEG or WebP. */
export function sniffDocumentType(bytes: Uint8Array): DocumentType | null {
  const starts = (signature: number[], offset = 0) => signature.every((byte, i) => bytes[offset + i] === byte);
  const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
  if (starts(ascii("%PDF-"))) return "application/pdf";
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (starts([0xff, 0xd8, 0xff])) return "image/jpeg";
  if (starts(ascii("RIFF")) && starts(ascii("WEBP"), 8)) return "image/webp";
  return null;
}

export type UploadedFile = {
  /** The name the browser sent, cleaned for display. */
  fileName: string;
  /** null when the file went past MAX_DOCUMENT_BYTES (the rest of it was read and dropped). */
  bytes: Buffer | null;
  size: number;
};

export function cleanFileName(name: string) {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f"<>]/g, "")
    .trim()
    .slice(-120);
  return cleaned || "document";
}

/**
 * Parses a multipart form: text fields go to the FormData, files of `fileField` are collected
 * (at most MAX_DOCUMENTS + 1, so that "too many" can be told). A file over the limit is kept as
 * `bytes: null`, never an exception. A non-multipart request is parsed as usual.
 */
export async function parseFormWithFiles(request: Request, fileField: string): Promise<{ formData: FormData; files: UploadedFile[] }> {
  try {
    return await parseParts(request, fileField);
  } catch (error) {
    // A body past its cap or too slow (app/utils/node-http.server.ts), too many parts, or one
    // that is not the multipart it says: the error page with its status, never a 500.
    const status = error instanceof HttpError ? error.status : 400;
    throw new Response(null, { status });
  }
}

async function parseParts(request: Request, fileField: string): Promise<{ formData: FormData; files: UploadedFile[] }> {
  const files: UploadedFile[] = [];
  if (!request.headers.get("Content-Type")?.startsWith("multipart/form-data")) return { formData: await request.formData(), files };
  let parts = 0;
  const handler: UploadHandler = async ({ name, filename, data }) => {
    if (++parts > MAX_MULTIPART_PARTS) throw new HttpError(413, "Content Too Large");
    const chunks: Uint8Array[] = [];
    let size = 0;
    const limit = filename === undefined ? MAX_TEXT_BYTES : MAX_DOCUMENT_BYTES;
    // Parts nobody will look at are read (the stream must go on) but not kept.
    const keep = filename === undefined || (name === fileField && files.length <= MAX_DOCUMENTS);
    for await (const chunk of data) {
      size += chunk.byteLength;
      if (keep && size <= limit) chunks.push(chunk);
    }
    if (filename === undefined) return size <= limit ? Buffer.concat(chunks).toString("utf8") : "";
    // An empty file input still sends a part: no name, no bytes.
    if (name !== fileField || (filename === "" && size === 0) || files.length > MAX_DOCUMENTS) return undefined;
    files.push({ fileName: cleanFileName(filename), bytes: size <= limit ? Buffer.concat(chunks) : null, size });
    return undefined;
  };
  return { formData: await unstable_parseMultipartFormData(request, handler), files };
}

export type FileProblem = { fileName: string; problem: "tooLarge" | "type" | "tooMany" };

/** Checks every file: size, then the type read from its content. */
export function checkDocuments(files: UploadedFile[]) {
  const accepted: { fileName: string; bytes: Buffer; contentType: DocumentType }[] = [];
  const problems: FileProblem[] = [];
  if (files.length > MAX_DOCUMENTS) problems.push({ fileName: "", problem: "tooMany" });
  for (const file of files.slice(0, MAX_DOCUMENTS)) {
    if (!file.bytes) {
      problems.push({ fileName: file.fileName, problem: "tooLarge" });
      continue;
    }
    const contentType = sniffDocumentType(file.bytes);
    if (!contentType) problems.push({ fileName: file.fileName, problem: "type" });
    else accepted.push({ fileName: file.fileName, bytes: file.bytes, contentType });
  }
  return { accepted, problems };
}

function uploadsDir() {
  return path.resolve(env().UPLOADS_DIR);
}

function documentPath(id: string) {
  if (!isUuid(id)) throw new Error("bad document id");
  return path.join(uploadsDir(), id);
}

/** Writes a document; `replace` for a move that may be retried (a confirmation after a crash). */
export async function storeDocument(id: string, bytes: Buffer, { replace = false }: { replace?: boolean } = {}) {
  await mkdir(uploadsDir(), { recursive: true });
  await writeFile(documentPath(id), bytes, { flag: replace ? "w" : "wx" });
}

export function readDocument(id: string) {
  return readFile(documentPath(id));
}

/** Removing a document that is already gone is fine (idempotent clean-up). */
export async function deleteDocuments(ids: string[]) {
  await Promise.all(ids.map((id) => rm(documentPath(id), { force: true })));
}
