// The font of the share images, shipped in the repository (fonts/, DejaVu Sans Condensed, with
// its licence): a fresh Debian machine has no font at all until a package brings one (fontconfig's
// configuration and DejaVu come with a desktop or a browser, not with Node and the project's npm
// packages), and sharp's own libvips finds only what fontconfig knows. So the images never depend
// on the machine: sharp is given the font file itself (its `text.fontfile`), and the lines are
// measured here with the same file's advance widths (its cmap and hmtx tables).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Measure } from "./text";

const FONT_DIR = join(process.cwd(), "app/modules/share/fonts");

export const FONTS = {
  regular: { file: join(FONT_DIR, "DejaVuSansCondensed.ttf"), family: "DejaVu Sans Condensed" },
  bold: { file: join(FONT_DIR, "DejaVuSansCondensed-Bold.ttf"), family: "DejaVu Sans Condensed Bold" },
} as const;

export type Weight = keyof typeof FONTS;

/** Advance widths per code point, in font units, from a TrueType file's cmap (format 4) and hmtx tables. */
function readWidths(file: string) {
  const font = readFileSync(file);
  const tables = new Map<string, number>();
  const count = font.readUInt16BE(4);
  for (let i = 0; i < count; i++) {
    const entry = 12 + i * 16;
    tables.set(font.toString("latin1", entry, entry + 4), font.readUInt32BE(entry + 8));
  }
  const table = (tag: string) => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`${file}: no ${tag} table`);
    return offset;
  };
  const unitsPerEm = font.readUInt16BE(table("head") + 18);
  const metricCount = font.readUInt16BE(table("hhea") + 34);
  const hmtx = table("hmtx");
  const advance = (glyph: number) => font.readUInt16BE(hmtx + 4 * Math.min(glyph, metricCount - 1));

  const cmap = table("cmap");
  let format4 = -1;
  for (let i = 0; i < font.readUInt16BE(cmap + 2); i++) {
    const record = cmap + 4 + i * 8;
    const platform = font.readUInt16BE(record);
    const encoding = font.readUInt16BE(record + 2);
    const offset = cmap + font.readUInt32BE(record + 4);
    if (platform === 3 && encoding === 1 && font.readUInt16BE(offset) === 4) format4 = offset;
  }
  if (format4 < 0) throw new Error(`${file}: no Unicode BMP cmap`);
  const segments = font.readUInt16BE(format4 + 6) / 2;
  const ends = format4 + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  const widths = new Map<number, number>();
  for (let s = 0; s < segments; s++) {
    const start = font.readUInt16BE(starts + s * 2);
    const end = font.readUInt16BE(ends + s * 2);
    const delta = font.readUInt16BE(deltas + s * 2);
    const rangeOffset = font.readUInt16BE(rangeOffsets + s * 2);
    for (let code = start; code <= end && code !== 0xffff; code++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (code + delta) & 0xffff;
      else {
        const at = rangeOffsets + s * 2 + rangeOffset + (code - start) * 2;
        glyph = font.readUInt16BE(at);
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0) widths.set(code, advance(glyph) / unitsPerEm);
    }
  }
  return { widths, fallback: advance(0) / unitsPerEm };
}

const loaded = new Map<Weight, ReturnType<typeof readWidths>>();

/** Measures text as the font draws it (without kerning: a line comes out a little narrower, never wider). */
export function measureWith(weight: Weight): Measure {
  return (text, size) => {
    let metrics = loaded.get(weight);
    if (!metrics) loaded.set(weight, (metrics = readWidths(FONTS[weight].file)));
    let em = 0;
    for (const char of text) em += metrics.widths.get(char.codePointAt(0) ?? 0) ?? metrics.fallback;
    return em * size;
  };
}
