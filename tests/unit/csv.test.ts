import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "~/utils/csv.server";

describe("CSV exports", () => {
  it("neutralises cells a spreadsheet would run as formulas", () => {
    for (const attack of ["=1+1", "+33 6", "-2", "@SUM(A1)", "\tx"]) expect(csvCell(attack).replace(/^"/, "")).toMatch(/^'/);
    expect(csvCell("Élise")).toBe("Élise");
    expect(csvCell(-2)).toBe("-2");
  });

  it("quotes separators, quotes and line breaks", () => {
    expect(csvCell('Dupont, "Jo"')).toBe('"Dupont, ""Jo"""');
    expect(toCsv(["a", "b"], [["x\ny", null]])).toBe('\uFEFFa,b\r\n"x\ny",\r\n');
  });
});
