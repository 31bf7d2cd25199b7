// Metadata stripping of the documents reporters attach: nothing the site publishes may say who
// made a file, with what, when or where, nor run anything when opened. Bytes and the type sniffed
// from them go in; clean bytes come out, or a refusal. The original bytes are never stored:
// callers store what this returns.
//
// - Images (JPEG, PNG, WebP) are decoded and re-encoded by sharp (libvips): EXIF (GPS position,
//   phone model, time taken), XMP, IPTC, ICC profiles and text chunks are dropped (sharp keeps no
//   metadata unless asked to), and the EXIF orientation is applied to the pixels first. libvips
//   works on its own threads, not the event loop; sharp bounds the pixels and the time.
// - PDFs are rewritten by pdf-lib without metadata or active content (pdf-rewrite.mjs says what
//   is removed), in a worker thread of their own (pdf-cleaner.worker.mjs, which first refuses a
//   file of too many objects): pdf-lib is JavaScript, and a PDF of many tiny objects kept the web
//   process busy for a minute and 550 MB (issue 29). The thread has a heap cap and a time limit;
//   past either, it is stopped and the file refused as too complex; the web process is untouched.
// - One document at a time per web process, a few more waiting their turn (work-queue.server.ts);
//   past that the form says "busy, try again in a moment" and keeps what was typed.
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import sharp from "sharp";
import { env } from "./env.server";
import { log } from "./log.server";
import type { PdfCleaning } from "./pdf-cleaner.worker.mjs";
import type { DocumentType } from "./uploads.server";
import { BUSY, workQueue } from "./work-queue.server";

export type DocumentProblem = "unreadable" | "tooComplex" | "busy";
export type SanitizedDocument = { ok: true; bytes: Buffer; contentType: DocumentType } | { ok: false; problem: DocumentProblem };

/** Pixels an image may have (about 100 megapixels): a decompression bomb is refused, not decoded. */
const MAX_INPUT_PIXELS = 100_000_000;
/**
 * A legitimate file takes a few seconds at most (DOCUMENT_CLEANING_SECONDS, 20 by default); the
 * PDF thread's heap is ten times what a 10 MB report needs, far from what the process has.
 */
export function pdfLimits() {
  return { timeoutMs: env().DOCUMENT_CLEANING_SECONDS * 1000, maxOldGenerationSizeMb: 192 };
}
/** How long one form's documents may wait for their turn in all, within the upload's 300 s. */
const MAX_WAIT_MS = 60_000;
const cleaning = workQueue({ concurrency: 1, maxWaiting: 8 });

// package.json "imports" maps the name to the file, found from here in the sources and from
// build/index.js in the build (Remix's compiler does not copy it; the server runs from the checkout).
const PDF_WORKER = createRequire(import.meta.url).resolve("#pdf-cleaner-worker");

async function cleanImage(bytes: Buffer, contentType: Exclude<DocumentType, "application/pdf">) {
  // rotate() without an angle applies the EXIF orientation; no keepMetadata()/withMetadata(): all dropped.
  const image = sharp(bytes, { failOn: "error", limitInputPixels: MAX_INPUT_PIXELS })
    .rotate()
    .timeout({ seconds: Math.ceil(env().DOCUMENT_CLEANING_SECONDS) });
  if (contentType === "image/jpeg") return image.jpeg({ quality: 90, mozjpeg: true }).toBuffer();
  if (contentType === "image/png") return image.png({ compressionLevel: 9 }).toBuffer();
  return image.webp({ quality: 90 }).toBuffer();
}

/** One PDF cleaned in a thread of its own, started for it and stopped after it (its memory goes with it). */
export function cleanPdfInThread(bytes: Uint8Array, { timeoutMs, maxOldGenerationSizeMb } = pdfLimits()): Promise<PdfCleaning> {
  return new Promise((resolve) => {
    const worker = new Worker(PDF_WORKER, {
      workerData: { pdfCleaner: true, bytes },
      // Not the parent's options (tsx, a profiler): the thread loads pdf-lib and nothing else.
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb, maxYoungGenerationSizeMb: 16 },
    });
    const timer = setTimeout(() => settle({ ok: false, problem: "tooComplex" }), timeoutMs);
    let settled = false;
    function settle(result: PdfCleaning) {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
      void worker.terminate();
    }
    worker.once("message", settle);
    worker.once("error", (error: Error & { code?: string }) => {
      if (error.code === "ERR_WORKER_OUT_OF_MEMORY") return settle({ ok: false, problem: "tooComplex" });
      // Not the file's fault (the thread could not start): say so in the logs, refuse the file.
      log.error("pdf cleaning thread failed", { error });
      settle({ ok: false, problem: "unreadable" });
    });
    worker.once("exit", () => settle({ ok: false, problem: "unreadable" }));
  });
}

async function clean(bytes: Buffer, contentType: DocumentType): Promise<SanitizedDocument> {
  if (contentType === "application/pdf") {
    const result = await cleanPdfInThread(bytes);
    return result.ok ? { ok: true, bytes: Buffer.from(result.bytes.buffer, result.bytes.byteOffset, result.bytes.byteLength), contentType } : result;
  }
  try {
    return { ok: true, bytes: await cleanImage(bytes, contentType), contentType };
  } catch {
    return { ok: false, problem: "unreadable" };
  }
}

/**
 * Clean bytes of the same type, or a refusal: the file cannot be read (so cannot be cleaned), is
 * too complex, or its turn did not come before `signal` aborted or the queue was full ("busy").
 */
export async function sanitizeDocument(bytes: Buffer, contentType: DocumentType, signal?: AbortSignal): Promise<SanitizedDocument> {
  const result = await cleaning.run(() => clean(bytes, contentType), signal);
  return result === BUSY ? { ok: false, problem: "busy" } : result;
}

type Checked<File, Problem> = { accepted: (File & { bytes: Buffer; contentType: DocumentType; fileName: string })[]; problems: Problem[] };

/**
 * What the upload path calls, once, between checking the files and storing them: every accepted
 * file is replaced by its clean copy; a file that cannot be cleaned joins the problems. When the
 * site is too busy (no turn before `signal`, by default a minute), one "busy" problem (no file
 * name) and the files after it are not looked at.
 */
export async function sanitizeDocuments<File, Problem>({ accepted, problems }: Checked<File, Problem>, signal = AbortSignal.timeout(MAX_WAIT_MS)) {
  const clean: Checked<File, Problem>["accepted"] = [];
  const refused: { fileName: string; problem: DocumentProblem }[] = [];
  for (const file of accepted) {
    const result = await sanitizeDocument(file.bytes, file.contentType, signal);
    if (result.ok) clean.push({ ...file, bytes: result.bytes, contentType: result.contentType });
    else if (result.problem === "busy") {
      refused.push({ fileName: "", problem: "busy" });
      break;
    } else refused.push({ fileName: file.fileName, problem: result.problem });
  }
  return { accepted: clean, problems: [...problems, ...refused] };
}
