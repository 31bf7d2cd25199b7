// Text for the share images (app/modules/share/card.server.ts): wrapped into lines here, with
// the font's own advance widths, and escaped for the markup that draws it (Pango's, which is
// XML). Pure functions, so that a test can check them without drawing anything.

/** The width of a text at a size, in pixels. */
export type Measure = (text: string, size: number) => number;

/** Escapes the five characters XML gives a meaning to; control characters (but tab and line breaks) are dropped. */
export function escapeXml(text: string) {
  return (
    text
      // eslint-disable-next-line no-control-regex -- removing them is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g, "")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&apos;")
  );
}

/** One line of words, spaces collapsed. */
export const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

/** Cuts a word too wide for a line, at a character, with a hyphen. */
function splitWord(word: string, size: number, maxWidth: number, measure: Measure) {
  const parts: string[] = [];
  let rest = word;
  while (measure(rest, size) > maxWidth && rest.length > 1) {
    let cut = rest.length - 1;
    while (cut > 1 && measure(`${rest.slice(0, cut)}-`, size) > maxWidth) cut--;
    parts.push(`${rest.slice(0, cut)}-`);
    rest = rest.slice(cut);
  }
  parts.push(rest);
  return parts;
}

/**
 * Breaks a text into at most `maxLines` lines no wider than `maxWidth`, at spaces (a word wider
 * than a line is cut with a hyphen). What does not fit ends the last line with "…", cut at a word
 * when one fits.
 */
export function wrapLines(text: string, { size, maxWidth, maxLines, measure }: { size: number; maxWidth: number; maxLines: number; measure: Measure }) {
  const words = oneLine(text)
    .split(" ")
    .filter(Boolean)
    .flatMap((word) => splitWord(word, size, maxWidth, measure));
  const lines: string[] = [];
  let index = 0;
  while (index < words.length && lines.length < maxLines) {
    let line = words[index++];
    while (index < words.length && measure(`${line} ${words[index]}`, size) <= maxWidth) line += ` ${words[index++]}`;
    lines.push(line);
  }
  if (index < words.length) lines[lines.length - 1] = withEllipsis(lines[lines.length - 1], size, maxWidth, measure);
  return lines;
}

function withEllipsis(line: string, size: number, maxWidth: number, measure: Measure) {
  let kept = line;
  while (kept && measure(`${kept}…`, size) > maxWidth) {
    const space = kept.lastIndexOf(" ");
    kept = space > 0 ? kept.slice(0, space) : kept.slice(0, -1);
  }
  return `${kept.replace(/[\s,;:.–—-]+$/, "")}…`;
}
