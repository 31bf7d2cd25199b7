// The letter's mailto: link (issue 29, item 13): mail clients cut a link at about 2,000
// characters, and the whole letter made it 3,634. The link carries the letter only when it fits;
// otherwise a short note where the requester pastes the letter, shown in full on their page.
import { describe, expect, test } from "vitest";
import { DEFAULT_TEMPLATES, MAILTO_MAX_LENGTH, mailtoLink, renderLetter } from "~/modules/document-requests/letter";

const letterOf = (template: (typeof DEFAULT_TEMPLATES)[number], more: Partial<Parameters<typeof renderLetter>[0]> = {}) =>
  renderLetter({
    subject: template.subject,
    body: template.body,
    communeName: "Saint-Étienne",
    mayorTitle: null,
    projectLabel: "vidéoprotection intelligente du centre-ville",
    documents: template.documents,
    name: "Camille Martin",
    address: "12 rue de la République\n42000 Saint-Étienne",
    date: "2026-03-02",
    ...more,
  });

describe("the letter's mailto: link", () => {
  test("a shipped template's letter: well under 2,000 characters, with the subject, a short note to paste the letter into, and who sends it", () => {
    for (const template of DEFAULT_TEMPLATES) {
      const letter = letterOf(template);
      // The defect: the whole letter in the link.
      expect(encodeURIComponent(letter.body).length).toBeGreaterThan(2_000);
      const { href, complete } = mailtoLink({ to: "", ...letter });
      expect(href.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
      expect(complete).toBe(false);
      const url = new URL(href);
      expect(url.searchParams.get("subject")).toBe(letter.subject);
      const body = url.searchParams.get("body") ?? "";
      expect(body).toContain("[Collez ici la lettre complète, copiée depuis votre page de demande.]");
      expect(body).toContain("Madame, Monsieur le Maire,");
      expect(body).toContain("Camille Martin\r\n12 rue de la République\r\n42000 Saint-Étienne");
    }
  });

  test("a letter that fits goes whole; a long name and address still leave a link that mail clients open", () => {
    const short = { subject: "Demande de documents", body: "Madame, Monsieur le Maire,\n\nVeuillez me communiquer le contrat.", shortBody: "x" };
    const whole = mailtoLink({ to: "", ...short });
    expect(whole.complete).toBe(true);
    expect(new URL(whole.href).searchParams.get("body")).toBe("Madame, Monsieur le Maire,\r\n\r\nVeuillez me communiquer le contrat.");

    const letter = letterOf(DEFAULT_TEMPLATES[0], { name: "É".repeat(120), address: "È".repeat(400) });
    const { href, complete } = mailtoLink({ to: "", ...letter });
    expect(complete).toBe(false);
    expect(href.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
    expect(new URL(href).searchParams.get("body")).toContain("[Collez ici la lettre complète");
  });
});
