// @ts-check
// The PDF half of document cleaning (app/utils/document-sanitizer.server.ts), run in a worker
// thread started for one file: a hostile PDF then costs this thread's capped heap and time, never
// the web process's event loop or memory (issue 29). Plain JavaScript (checked by tsc through the
// JSDoc), like pdf-rewrite.mjs: Remix's compiler bundles app/ into build/index.js, and a worker
// thread needs files that Node loads as they are, from the sources as from the build (package.json
// "imports" names this one).
//
// A file with more objects than MAX_PDF_OBJECTS is refused before pdf-lib is even loaded: pdf-lib
// builds a JavaScript object per PDF object (about 100 µs and 1.4 KB each), so 400,000 tiny
// objects cost 30-50 s of CPU and 550 MB. The count is a byte scan; objects hidden under a
// disguised name get past it, and then meet the thread's time and memory caps.
import { readlinkSync } from "node:fs";
import { setPriority } from "node:os";
import { parentPort, workerData } from "node:worker_threads";

/** More objects than a 500-page report has (a few thousand), cleaned in a few seconds at most. */
export const MAX_PDF_OBJECTS = 50_000;

/**
 * @typedef {{ ok: true; bytes: Uint8Array } | { ok: false; problem: "unreadable" | "tooComplex" }} PdfCleaning
 * What the thread posts back: clean bytes, or why the file is refused.
 */

const O = 0x6f;
const B = 0x62;
const J = 0x6a;
const D = 0x64;

/**
 * How many objects pdf-lib would build, read from the bytes without parsing: each `obj` keyword
 * (not the end of an `endobj`) plus the /N objects each object stream announces. Stops counting
 * past `stopAbove`.
 * @param {Uint8Array} bytes
 * @param {number} [stopAbove]
 */
export function countPdfObjects(bytes, stopAbove = Infinity) {
  let count = 0;
  for (let i = bytes.indexOf(O, 1); i !== -1 && i + 2 < bytes.length; i = bytes.indexOf(O, i + 1)) {
    if (bytes[i + 1] === B && bytes[i + 2] === J && bytes[i - 1] !== D && ++count > stopAbove) return count;
  }
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = text.indexOf("/ObjStm"); at !== -1; at = text.indexOf("/ObjStm", at + 1)) {
    // The stream's dictionary is small: /N is within a few hundred bytes of /Type /ObjStm.
    const around = text.subarray(Math.max(0, at - 512), at + 512).toString("latin1");
    count += Number(/\/N\s+(\d{1,9})\b/.exec(around)?.[1] ?? 0);
    if (count > stopAbove) return count;
  }
  return count;
}

/**
 * Lowers this thread's priority (Linux, where a thread has its own nice value), so that the web
 * process's own thread gets the CPU first while a file is cleaned. Elsewhere, nothing happens.
 */
function yieldTheCpu() {
  try {
    setPriority(Number(readlinkSync("/proc/thread-self").split("/").pop()), 10);
  } catch {
    // Not Linux, or not allowed: the file is cleaned at normal priority.
  }
}

/**
 * The clean copy of a PDF, or why there is none (what the thread does; exported for the tests).
 * @param {Uint8Array} bytes
 * @returns {Promise<PdfCleaning>}
 */
export async function cleanPdf(bytes) {
  if (countPdfObjects(bytes, MAX_PDF_OBJECTS) > MAX_PDF_OBJECTS) return { ok: false, problem: "tooComplex" };
  const { rewritePdf } = await import("./pdf-rewrite.mjs");
  return rewritePdf(bytes);
}

if (parentPort && workerData?.pdfCleaner) {
  yieldTheCpu();
  parentPort.postMessage(await cleanPdf(workerData.bytes));
}
