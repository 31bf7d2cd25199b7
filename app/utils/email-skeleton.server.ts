/**
 * Emails rendered once per shape, filled in per recipient (issue 29, item 12; decision 0023).
 *
 * The emails of one mailing differ only by a few strings that their template prints as they are
 * (the recipient's link). React writes such a string escaped (& < > " ' as entities) wherever it
 * lands, text or attribute, and toPlainText gives it back as it was, as long as it has no
 * whitespace for html-to-text to collapse. So the template is rendered once with a placeholder
 * for each (⟦0⟧, ⟦1⟧, ...), its HTML and text are cut at the placeholders, and each recipient's
 * values are joined in: microseconds instead of the milliseconds of a React render.
 *
 * What keeps the output byte for byte what a full render gives:
 * - Only strings the template declares `verbatim` become placeholders; every other prop (booleans,
 *   numbers, names the French translator elides, dates it formats) is part of the cache key.
 * - A value is filled in only if `printable`: 3 to 400 characters, no control character, no
 *   whitespace run or edge for html-to-text to collapse, not starting with # or mailto: (links
 *   html-to-text treats apart), no lone surrogate (the UTF-8 round trip would replace it).
 * - Compiling renders again with long values full of & < > " ' é, no-break spaces and an emoji,
 *   then the same with spaces: each render must be the skeleton filled with them, HTML and text,
 *   byte for byte (or, with spaces, refused by the link rule below), or the shape is never
 *   filled. This catches a template that cuts, measures, upper-cases or escapes a value
 *   differently (React Email's <Preview> pads its text to 150 characters).
 * - toPlainText writes a link's address after its text unless the two are equal: when a
 *   recipient's values would change that comparison for one link, the email is rendered in full.
 */
import { toPlainText } from "@react-email/render";

const PLACEHOLDER = /⟦(\d+)⟧/;
const placeholder = (slot: number) => `⟦${slot}⟧`;
/**
 * The check's values: 443 characters of what HTML escapes, an accent, an emoji, no-break spaces;
 * then the same with spaces (a link whose text is its address then reads differently: refused).
 */
const probes = (count: number, space: string) => Array.from({ length: count }, (_, slot) => `⟦${slot}${`${space}&<>"'é\u00a0x🎥`.repeat(40)}⟧`);

/** A rendering cut at its placeholders: literals[0] + values[slots[0]] + literals[1] + ... */
type Parts = { literals: string[]; slots: number[] };
/** A link whose address or text holds a placeholder, and whether toPlainText found the two equal. */
type Link = { href: Parts; text: Parts; same: boolean };
export type Skeleton = { html: Parts; text: Parts; links: Link[] };

function cut(rendered: string): Parts {
  const pieces = rendered.split(new RegExp(PLACEHOLDER, "g"));
  return { literals: pieces.filter((_, i) => i % 2 === 0), slots: pieces.filter((_, i) => i % 2 === 1).map(Number) };
}

function fill({ literals, slots }: Parts, values: readonly string[]) {
  let out = literals[0];
  for (let i = 0; i < slots.length; i++) out += values[slots[i]] + literals[i + 1];
  return out;
}

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" };
/** As React escapes text and attribute values (escapeTextForBrowser). */
export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** Whether a value passes through React and toPlainText unchanged but for HTML escaping (see above). */
export function printable(value: unknown): value is string {
  return (
    typeof value === "string" &&
    value.length >= 3 &&
    value.length <= 400 &&
    value.trim() === value &&
    !value.includes("  ") &&
    !/\p{Cc}|\u200b|^#|^mailto:/iu.test(value) &&
    !LONE_SURROGATE.test(value)
  );
}

/** The builder html-to-text gives a formatter, as far as the link probe uses it. */
type TextBuilder = { pushWordTransform(transform: (word: string) => string): void; popWordTransform(): void };
type Formatter = (
  elem: { attribs?: Record<string, string>; children: unknown[] },
  walk: (nodes: unknown[], builder: TextBuilder) => void,
  builder: TextBuilder,
) => void;

/** The links of the HTML that involve a placeholder, with what toPlainText compares: the address and the text's words. */
function linksOf(html: string): Link[] {
  const links: Link[] = [];
  // The same selectors as toPlainText, its anchor formatter replaced by one that records, collecting
  // the words as html-to-text's own does (formatAnchor: words joined without spaces).
  const record: Formatter = (elem, walk, builder) => {
    let text = "";
    builder.pushWordTransform((word) => {
      text += word;
      return word;
    });
    walk(elem.children, builder);
    builder.popWordTransform();
    const href = elem.attribs?.href ?? "";
    if (PLACEHOLDER.test(href) || PLACEHOLDER.test(text)) links.push({ href: cut(href), text: cut(text), same: href.replace(/^mailto:/, "") === text });
  };
  toPlainText(html, { selectors: [{ selector: "a", format: "record" }], formatters: { record } });
  return links;
}

/**
 * Compiles a template's shape: `render(values)` renders it with these values for its verbatim
 * props. Null when a fill would not be exact (see above): that shape is always rendered in full.
 */
export async function compileSkeleton(render: (values: string[]) => Promise<string>, count: number): Promise<Skeleton | null> {
  const html = await render(Array.from({ length: count }, (_, slot) => placeholder(slot)));
  const skeleton = { html: cut(html), text: cut(toPlainText(html)), links: linksOf(html) };
  if ([...skeleton.html.literals, ...skeleton.text.literals].some((literal) => /[⟦⟧]/.test(literal))) return null;
  const dense = probes(count, "\u00a0");
  const spaced = probes(count, " ");
  for (const values of [dense, spaced]) {
    const filled = fillSkeleton(skeleton, values);
    // With spaces, a link whose text is its address no longer reads as one: the fill refuses them.
    if (filled === null && values === spaced) continue;
    const html = await render(values);
    if (filled?.html !== html || filled.text !== toPlainText(html)) return null;
  }
  return skeleton;
}

/** The HTML and text for these values (all `printable`), or null when one of its links would read differently. */
export function fillSkeleton(skeleton: Skeleton, values: readonly string[]): { html: string; text: string } | null {
  const words = values.map((value) => value.replaceAll(" ", ""));
  for (const link of skeleton.links) {
    if ((fill(link.href, values).replace(/^mailto:/, "") === fill(link.text, words)) !== link.same) return null;
  }
  return { html: fill(skeleton.html, values.map(escapeHtml)), text: fill(skeleton.text, values) };
}

/** A map that forgets its least recently used entry past `size` entries. */
export class LruMap<K, V> {
  readonly #entries = new Map<K, V>();
  constructor(readonly size: number) {}
  get(key: K) {
    const value = this.#entries.get(key);
    if (value !== undefined) this.set(key, value);
    return value;
  }
  set(key: K, value: V) {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    const oldest = this.#entries.keys().next();
    if (this.#entries.size > this.size && !oldest.done) this.#entries.delete(oldest.value);
  }
  clear() {
    this.#entries.clear();
  }
}
