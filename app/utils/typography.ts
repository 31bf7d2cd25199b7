// Typography of displayed text, shared by the server, the browser and the emails.
//
// Applied when text is shown (pages, emails, the French catalogue), never to what is stored: an
// organizer editing a description sees what they typed, and the open data (JSON, CSV, Atom
// feeds' raw fields) keeps the text as it was entered.
//
// Convention: U+00A0 (no-break space) before : ; ! ? » and after «, the same as the French
// catalogue has always used (the PDF standard fonts' WinAnsi encoding has U+00A0 and ’ “ ” but
// not the narrow U+202F). Text that already uses U+202F is correct and left as it is.
//
// What is changed, outside URLs, email addresses and `code`:
// - a straight apostrophe between two letters, or between a letter and «, becomes ’ ("l'école" → "l’école");
// - ordinary spaces before : ; ! ? » and after « become one no-break space; a guillemet with no
//   space at all gets one ("«oui»" → "« oui »"). A colon, semicolon, ! or ? with no space before
//   it is left alone: "10:30", "5:2", "https:", "Yahoo!" are not French punctuation;
// - guillemets nested inside guillemets become French inner quotes: « a « b » c » → « a “b” c ».
// Already-correct text comes out unchanged, so applying it twice is the same as once.
//
// English text gets only the apostrophes ("don't" → "don’t"): its quotes and spacing are left alone.

const NBSP = "\u00a0";

// What is never touched: URLs (with a scheme, or starting with www.), email addresses, `code`.
const PROTECTED =
  /`[^`\n]*`|\b[a-z][a-z0-9+.-]*:\/\/[^\s<>"«»]*[^\s<>"«».,;:!?)\]'’]|\bmailto:[^\s<>"«»]+|\bwww\.[^\s<>"«»]*[^\s<>"«».,;:!?)\]'’]|[\p{L}\p{N}._%+'’-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/giu;

/** The text cut into pieces that may be changed (`free`) and pieces that may not. */
function pieces(text: string): { text: string; free: boolean }[] {
  const result: { text: string; free: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(PROTECTED)) {
    const start = match.index ?? 0;
    if (start > last) result.push({ text: text.slice(last, start), free: true });
    result.push({ text: match[0], free: false });
    last = start + match[0].length;
  }
  if (last < text.length) result.push({ text: text.slice(last), free: true });
  return result;
}

// Before a letter, or before « as in « d’« émotions » ».
const APOSTROPHE = /(\p{L})'(?=\p{L}|«)/gu;

function curlyApostrophes(text: string) {
  return text.replace(APOSTROPHE, "$1’");
}

/** Guillemets inside guillemets become “ ”, without the spaces; `depth` carries over pieces. */
function innerQuotes(text: string, state: { depth: number }) {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "«") {
      state.depth += 1;
      if (state.depth > 1) {
        out += "“";
        while (i + 1 < text.length && /[ \t\u00a0\u202f]/.test(text[i + 1])) i++;
        continue;
      }
    } else if (c === "»" && state.depth > 0) {
      state.depth -= 1;
      if (state.depth > 0) {
        out = out.replace(/[ \t\u00a0\u202f]+$/, "") + "”";
        continue;
      }
    }
    out += c;
  }
  return out;
}

/** `afterWord`/`beforeWord`: a URL or an address touches the piece on that side. */
function frenchSpaces(text: string, afterWord: boolean, beforeWord: boolean) {
  return (
    text
      // Ordinary spaces (not line breaks) before : ; ! ? become one no-break space.
      .replace(/[ \t]+(?=[:;!?])/g, NBSP)
      // Before », after «: a no-break space whether there was an ordinary one or none.
      .replace(afterWord ? /(^|[^\s])[ \t]*»/g : /([^\s])[ \t]*»/g, `$1${NBSP}»`)
      .replace(beforeWord ? /«[ \t]*(?=[^\s]|$)/g : /«[ \t]*(?=[^\s])/g, `«${NBSP}`)
  );
}

/** French prose as it should be displayed: see the rules at the top of this file. */
export function frenchTypography(text: string): string {
  if (!/['«»:;!?]/.test(text)) return text;
  const state = { depth: 0 };
  const all = pieces(text);
  return all.map((piece, i) => (piece.free ? frenchSpaces(innerQuotes(curlyApostrophes(piece.text), state), i > 0, i < all.length - 1) : piece.text)).join("");
}

/** English text as it should be displayed: curly apostrophes only. */
export function englishTypography(text: string): string {
  if (!text.includes("'")) return text;
  return pieces(text)
    .map((piece) => (piece.free ? curlyApostrophes(piece.text) : piece.text))
    .join("");
}

/** Displayed text in a language: French or English typography. */
export function typography(lang: "fr" | "en", text: string): string {
  return lang === "fr" ? frenchTypography(text) : englishTypography(text);
}

/**
 * Prose from the database (titles, descriptions, petition texts...), which is French whatever
 * the page's language (it is shown with lang="fr"). Null and undefined pass through.
 */
export function prose(text: string): string;
export function prose(text: string | null): string | null;
export function prose(text: string | undefined): string | undefined;
export function prose(text: string | null | undefined): string | null | undefined;
export function prose(text: string | null | undefined) {
  return typeof text === "string" ? frenchTypography(text) : text;
}

/** The colon after a label in the page's language: "Acteurs : …" in French, "Actors: …" in English. */
export function colon(lang: "fr" | "en") {
  return lang === "fr" ? `${NBSP}:` : ":";
}
