import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, test } from "vitest";
import { winAnsiSafe, wrapText } from "~/utils/pdf-text.server";

async function helvetica() {
  const doc = await PDFDocument.create();
  return doc.embedFont(StandardFonts.Helvetica);
}

describe("wrapText", () => {
  test("keeps a line that fits as it is", async () => {
    const font = await helvetica();
    expect(wrapText(font, 11, "Madame la maire,", 400)).toEqual(["Madame la maire,"]);
  });

  test("breaks between words so that no line is wider than the width", async () => {
    const font = await helvetica();
    const text = "Nous, habitantes et habitants de la commune, demandons l'abandon du projet de vidéosurveillance algorithmique.";
    const lines = wrapText(font, 11, text, 150);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(font.widthOfTextAtSize(line, 11)).toBeLessThanOrEqual(150);
    expect(lines.join(" ")).toBe(text);
  });

  test("starts a new line at each line break, and folds runs of spaces", async () => {
    const font = await helvetica();
    expect(wrapText(font, 11, "Paris,  le 1er mars\nObjet : demande", 400)).toEqual(["Paris, le 1er mars", "Objet : demande"]);
  });

  test("leaves a word wider than the line whole, on a line of its own", async () => {
    const font = await helvetica();
    expect(wrapText(font, 11, "a anticonstitutionnellement b", 40)).toEqual(["a", "anticonstitutionnellement", "b"]);
  });
});

describe("winAnsiSafe", () => {
  test("keeps French letters and guillemets, turns narrow and non-breaking spaces into spaces", async () => {
    const font = await helvetica();
    expect(winAnsiSafe(font, "«\u00a0Œuvre\u202fé à ç\u00a0»")).toBe("« Œuvre é à ç »");
  });

  test("drops accents the font lacks, and replaces what it cannot show at all", async () => {
    const font = await helvetica();
    // ó is in WinAnsi, ź is not (z is), Ł has no decomposition but reads as L (a mandator's
    // name in the mandate annex, issue 26), 東 has nothing to fall back on.
    expect(winAnsiSafe(font, "Łódź 東")).toBe("Lódz ?");
  });
});
