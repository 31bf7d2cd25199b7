// Text normalisation shared by the server and the browser.

function stripAccents(value: string) {
  return value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/œ/gi, "oe")
    .replace(/æ/gi, "ae");
}

/** What commune search compares: "Saint-Étienne" and "saint etienne" both give "saint etienne". */
export function searchKey(value: string) {
  return stripAccents(value)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** A URL segment: "L'Haÿ-les-Roses" gives "l-hay-les-roses". */
export function slugify(value: string) {
  return searchKey(value).replace(/ /g, "-");
}

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/**
 * Free text as the site keeps it: Unicode NFC (one spelling of "é"), "\r\n" as "\n", and no
 * control characters but newline and tab (a NUL cannot be stored; U+0001 breaks XML).
 */
export function normalizeText(value: string) {
  return value.normalize("NFC").replace(/\r\n?/g, "\n").replace(CONTROL_CHARACTERS, "");
}

// What XML 1.0 allows: tab, newline, carriage return, U+0020 to U+D7FF, U+E000 to U+FFFD and
// the astral planes (paired surrogates). Anything else is dropped rather than escaped.
const XML_FORBIDDEN = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;
const XML_ENTITIES: Record<string, string> = { "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" };

/** Text for an XML document (the Atom feeds), in an element or an attribute. */
export function escapeXml(value: string) {
  return value.replace(XML_FORBIDDEN, "").replace(/[<>&'"]/g, (c) => XML_ENTITIES[c]);
}
