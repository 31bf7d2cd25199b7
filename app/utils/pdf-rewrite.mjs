// @ts-check
// PDFs rewritten by pdf-lib for publication, in the cleaning thread (pdf-cleaner.worker.mjs, which
// has checked the object count first):
// - no metadata: no trailer Info dictionary, no XMP /Metadata stream, no /PieceInfo;
// - no active content: no /OpenAction, no additional actions (/AA) on the catalog, pages,
//   annotations or fields, no JavaScript (name tree or action), no embedded files, no XFA form,
//   no RichMedia, Screen, Movie, Sound, 3D or FileAttachment annotation; links keep only their
//   GoTo, Named and http(s)/mailto URI actions;
// - and no object that nothing refers to any more.
// A PDF pdf-lib cannot read (damaged, encrypted) is refused rather than published as it is.
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFRef, PDFStream, PDFString, ParseSpeeds } from "pdf-lib";

const name = (/** @type {string} */ value) => PDFName.of(value);
/** Keys whose value is active content, embedded content or metadata, wherever they appear. */
const REMOVED_KEYS = ["OpenAction", "AA", "JavaScript", "JS", "EmbeddedFiles", "EF", "XFA", "Collection", "Metadata", "PieceInfo"].map(name);
/** Every action type of PDF 2.0 (ISO 32000-2, 12.6.4): a dictionary whose /S is one of them is an action. */
const ACTION_TYPES = new Set(
  [
    "GoTo",
    "GoToR",
    "GoToE",
    "GoToDp",
    "Launch",
    "Thread",
    "URI",
    "Sound",
    "Movie",
    "Hide",
    "Named",
    "SubmitForm",
    "ResetForm",
    "ImportData",
    "SetOCGState",
    "Rendition",
    "Trans",
    "GoTo3DView",
    "JavaScript",
    "RichMediaExecute",
  ].map(name),
);
/** The actions a published document keeps: moving inside it, and plain web or mail links. */
const KEPT_ACTIONS = new Set(["GoTo", "Named", "URI"].map(name));
const SAFE_URI = /^(https?:|mailto:)/i;
/** Annotations that play or run something, or carry a file. */
const ACTIVE_ANNOTATIONS = new Set(["RichMedia", "Screen", "Movie", "Sound", "3D", "FileAttachment"].map(name));

/** @param {import("pdf-lib").PDFObject | undefined} object */
function isKeptAction(object) {
  if (!(object instanceof PDFDict)) return false;
  const type = object.get(name("S"));
  if (!(type instanceof PDFName) || !KEPT_ACTIONS.has(type)) return false;
  if (type !== name("URI")) return true;
  const uri = object.lookup(name("URI"));
  return (uri instanceof PDFString || uri instanceof PDFHexString) && SAFE_URI.test(uri.decodeText());
}

/**
 * Removes active content from an object and the direct objects inside it (indirect ones are
 * visited on their own).
 * @param {import("pdf-lib").PDFObject | undefined} object
 */
function scrub(object) {
  if (object instanceof PDFStream) return scrub(object.dict);
  if (object instanceof PDFArray) return object.asArray().forEach(scrub);
  if (!(object instanceof PDFDict)) return;
  for (const key of REMOVED_KEYS) object.delete(key);
  const type = object.get(name("S"));
  if (type instanceof PDFName && ACTION_TYPES.has(type)) {
    // An action: a kept one loses what it would run next; any other is emptied, wherever it is referred from.
    object.delete(name("Next"));
    if (!isKeptAction(object)) for (const key of object.keys()) object.delete(key);
  }
  // /A is an action in links, outlines and widgets; elsewhere (a measure's /A) it is not a dictionary.
  const action = object.lookup(name("A"));
  if (action instanceof PDFDict && !isKeptAction(action)) object.delete(name("A"));
  const annotations = object.lookup(name("Annots"));
  if (annotations instanceof PDFArray) {
    for (let i = annotations.size() - 1; i >= 0; i--) {
      const annotation = annotations.lookup(i);
      const subtype = annotation instanceof PDFDict ? annotation.get(name("Subtype")) : undefined;
      if (subtype instanceof PDFName && ACTIVE_ANNOTATIONS.has(subtype)) annotations.remove(i);
    }
  }
  for (const [, value] of object.entries()) scrub(value);
}

/**
 * pdf-lib writes every object it read, referred to or not: what the cleaning cut off (the Info
 * dictionary, a JavaScript name tree, an embedded file) would still be in the file.
 * @param {import("pdf-lib").PDFContext} context
 */
function dropUnreachable(context) {
  /** @type {Set<PDFRef>} */
  const reachable = new Set();
  /** @type {unknown[]} */
  const pending = [context.trailerInfo.Root];
  while (pending.length > 0) {
    const object = pending.pop();
    if (object instanceof PDFRef) {
      if (reachable.has(object)) continue;
      reachable.add(object);
      pending.push(context.lookup(object));
    } else if (object instanceof PDFStream) pending.push(object.dict);
    else if (object instanceof PDFDict) pending.push(...object.values());
    else if (object instanceof PDFArray) pending.push(...object.asArray());
  }
  for (const [ref] of context.enumerateIndirectObjects()) if (!reachable.has(ref)) context.delete(ref);
}

/**
 * The clean copy of a PDF, or "unreadable".
 * @param {Uint8Array} bytes
 * @returns {Promise<import("./pdf-cleaner.worker.mjs").PdfCleaning>}
 */
export async function rewritePdf(bytes) {
  try {
    // Fastest: this thread has nothing else to do, no need to yield between objects.
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: true, parseSpeed: ParseSpeeds.Fastest });
    const { context } = pdf;
    context.trailerInfo.Info = undefined;
    for (const [, object] of context.enumerateIndirectObjects()) scrub(object);
    // XMP packets are XML: a stream that starts one (however it is referred to) goes too.
    for (const [ref, object] of context.enumerateIndirectObjects()) {
      if (object instanceof PDFRawStream && Buffer.from(object.contents.subarray(0, 64)).toString("latin1").includes("<?xpacket")) context.delete(ref);
      else if (object instanceof PDFStream && object.dict.get(name("Type")) === name("Metadata")) context.delete(ref);
    }
    dropUnreachable(context);
    return { ok: true, bytes: await pdf.save({ useObjectStreams: false, updateFieldAppearances: false, objectsPerTick: Infinity }) };
  } catch {
    // Damaged, encrypted or not a PDF: it cannot be cleaned, so it is not published.
    return { ok: false, problem: "unreadable" };
  }
}
