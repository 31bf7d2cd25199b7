// Draws a share image: 1200×630 PNG, the campaign's colours (app/styles/app.css), a kicker (the
// commune, or what the page is), a title, then a petition's count and progress or a couple of
// facts, and the campaign's name. The shapes are an SVG composed here; each block of text is
// drawn by sharp's text renderer (Pango) with the font file shipped in fonts/ (font.server.ts
// says why), from lines wrapped here and escaped as XML, then laid over the shapes.
import sharp, { type OverlayOptions } from "sharp";
import { FONTS, measureWith, type Weight } from "./font.server";
import { escapeXml, oneLine, wrapLines } from "./text";

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What a card shows; everything already in the reader's language. */
export type Card = {
  kicker: string;
  title: string;
  /** One or two short facts under the title (a project's kind, a court and a status). */
  facts?: string[];
  /** A petition's count ("1 234 signatures"), its goal ("objectif : 2 000") and how far along it is (0 to 1). */
  progress?: { count: string; goal: string; ratio: number };
  brand: string;
  tagline: string;
};

const COLOURS = { ink: "#16161d", muted: "#55555f", paper: "#fbfaf7", line: "#d9d6cf", accent: "#a3161a", accentInk: "#ffffff", track: "#ebe7df" };
const MARGIN = 72;
const TEXT_WIDTH = CARD_WIDTH - 2 * MARGIN;
const BAND = 104;
/** DejaVu's cap height, and the strut's top above the baseline, in ems (measured on the font). */
const CAP_HEIGHT = 0.73;
const STRUT_ASCENT = 0.94;
const STRUT_TAIL = 0.33;

type Block = { lines: string[]; size: number; weight: Weight; colour: string };

/**
 * A block of lines drawn by Pango as an RGBA image. Pango's images are cropped to the ink, so the
 * first line ends with an invisible strut (a box-drawing bar, from the line's ascent to its
 * descent): the image's top is then always STRUT_ASCENT above the first baseline, whatever the
 * letters (an É, a descender), and lines are placed by their baseline.
 */
async function drawText({ lines, size, weight, colour }: Block) {
  const [first = "", ...rest] = lines.map(escapeXml);
  const markup = `<span foreground="${colour}">${[`${first}<span fgalpha="1">│</span>`, ...rest].join("\n")}</span>`;
  const { data, info } = await sharp({
    text: {
      text: markup,
      font: `${FONTS[weight].family} ${size}`,
      fontfile: FONTS[weight].file,
      rgba: true,
      dpi: 72,
      spacing: Math.round(size * 0.18),
      wrap: "none",
    },
  })
    .png()
    .toBuffer({ resolveWithObject: true });
  return { input: data, width: info.width, height: info.height };
}

/** The title's size: large on up to three lines, smaller on four when it is long. */
function titleBlock(title: string, maxLines: number): Block {
  const measure = measureWith("bold");
  for (const size of [64, 56]) {
    const lines = wrapLines(title, { size, maxWidth: TEXT_WIDTH, maxLines: 99, measure });
    if (lines.length <= maxLines - 1) return { lines, size, weight: "bold", colour: COLOURS.ink };
  }
  return { lines: wrapLines(title, { size: 48, maxWidth: TEXT_WIDTH, maxLines, measure }), size: 48, weight: "bold", colour: COLOURS.ink };
}

function shapes(card: Card) {
  const ratio = card.progress ? Math.max(0, Math.min(1, card.progress.ratio)) : 0;
  const barY = CARD_HEIGHT - BAND - 64;
  const progress = card.progress
    ? `<rect x="${MARGIN}" y="${barY}" width="${TEXT_WIDTH}" height="20" rx="10" fill="${COLOURS.track}"/>` +
      (ratio > 0
        ? `<rect x="${MARGIN}" y="${barY}" width="${Math.max(20, Math.round(TEXT_WIDTH * ratio))}" height="20" rx="10" fill="${COLOURS.accent}"/>`
        : "")
    : "";
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">` +
      `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${COLOURS.paper}"/>` +
      `<rect width="${CARD_WIDTH}" height="14" fill="${COLOURS.accent}"/>` +
      `<rect x="${MARGIN}" y="64" width="12" height="40" fill="${COLOURS.accent}"/>` +
      progress +
      `<rect y="${CARD_HEIGHT - BAND}" width="${CARD_WIDTH}" height="${BAND}" fill="${COLOURS.ink}"/>` +
      `<rect y="${CARD_HEIGHT - BAND}" width="${CARD_WIDTH}" height="6" fill="${COLOURS.accent}"/>` +
      `</svg>`,
  );
}

/** The card as a PNG. */
export async function renderCard(card: Card): Promise<Buffer> {
  const measureBold = measureWith("bold");
  const measureRegular = measureWith("regular");
  const kickerLine = wrapLines(card.kicker, { size: 34, maxWidth: TEXT_WIDTH - 32, maxLines: 1, measure: measureBold });
  const facts = (card.facts ?? []).slice(0, 2).flatMap((fact) => wrapLines(fact, { size: 32, maxWidth: TEXT_WIDTH, maxLines: 1, measure: measureRegular }));
  const title = titleBlock(card.title, card.progress ? 3 : facts.length ? 3 : 4);
  const brand = wrapLines(card.brand, { size: 38, maxWidth: 360, maxLines: 1, measure: measureBold });
  const brandWidth = measureBold(brand[0] ?? "", 38);
  const tagline = wrapLines(card.tagline, { size: 28, maxWidth: TEXT_WIDTH - brandWidth - 40, maxLines: 1, measure: measureRegular });

  const blocks = await Promise.all([
    drawText({ lines: kickerLine, size: 34, weight: "bold", colour: COLOURS.accent }),
    drawText(title),
    drawText({ lines: brand, size: 38, weight: "bold", colour: COLOURS.accentInk }),
    tagline.length ? drawText({ lines: tagline, size: 28, weight: "regular", colour: COLOURS.line }) : null,
    card.progress ? drawText({ lines: [oneLine(card.progress.count)], size: 48, weight: "bold", colour: COLOURS.ink }) : null,
    card.progress ? drawText({ lines: [oneLine(card.progress.goal)], size: 30, weight: "regular", colour: COLOURS.muted }) : null,
    facts.length ? drawText({ lines: facts, size: 32, weight: "regular", colour: COLOURS.muted }) : null,
  ]);
  const [kicker, titleImage, brandImage, taglineImage, count, goal, factsImage] = blocks;
  // Placed by baseline (drawText's strut); a one-line block centred on its capitals.
  const topFor = (baseline: number, size: number) => Math.round(baseline - size * STRUT_ASCENT);
  const centred = (middle: number, size: number) => topFor(middle + (size * CAP_HEIGHT) / 2, size);
  const bandMiddle = CARD_HEIGHT - BAND / 2 + 3;
  const layers: OverlayOptions[] = [
    { input: kicker.input, left: MARGIN + 32, top: centred(84, 34) },
    { input: titleImage.input, left: MARGIN, top: topFor(140 + title.size * CAP_HEIGHT, title.size) },
    { input: brandImage.input, left: MARGIN, top: centred(bandMiddle, 38) },
  ];
  // The strut's ink ends STRUT_TAIL after the text: right-aligned and side-by-side lines make up for it.
  if (taglineImage)
    layers.push({ input: taglineImage.input, left: CARD_WIDTH - MARGIN - taglineImage.width + Math.round(28 * STRUT_TAIL), top: centred(bandMiddle, 28) });
  const barY = CARD_HEIGHT - BAND - 64;
  const countBaseline = barY - 30;
  if (count) layers.push({ input: count.input, left: MARGIN, top: topFor(countBaseline, 48) });
  if (count && goal)
    layers.push({
      input: goal.input,
      left: Math.min(CARD_WIDTH - MARGIN - goal.width, MARGIN + count.width - Math.round(48 * STRUT_TAIL) + 24),
      top: topFor(countBaseline, 30),
    });
  if (factsImage) layers.push({ input: factsImage.input, left: MARGIN, top: CARD_HEIGHT - BAND - 40 - factsImage.height });
  return sharp(shapes(card)).composite(layers).png({ compressionLevel: 8, palette: false }).toBuffer();
}
