import { expect, test } from "vitest";
import { fillPlaceholders, renderReferral } from "~/modules/document-requests/letter";
import { fillFrench, withA, withDe } from "~/utils/elision";
import { translator } from "~/utils/i18n";

test("de before a commune's name: élision before a vowel, y or mute h, contraction of le and les", () => {
  expect(withDe("Nice")).toBe("de Nice");
  expect(withDe("Ambérieu-en-Bugey")).toBe("d’Ambérieu-en-Bugey");
  expect(withDe("Ajaccio")).toBe("d’Ajaccio");
  expect(withDe("Évry-Courcouronnes")).toBe("d’Évry-Courcouronnes");
  expect(withDe("Issy-les-Moulineaux")).toBe("d’Issy-les-Moulineaux");
  expect(withDe("Orléans")).toBe("d’Orléans");
  expect(withDe("Yvetot")).toBe("d’Yvetot");
  expect(withDe("Yutz")).toBe("de Yutz");
  expect(withDe("Hyères")).toBe("d’Hyères");
  expect(withDe("Hénin-Beaumont")).toBe("d’Hénin-Beaumont");
  expect(withDe("Haguenau")).toBe("de Haguenau");
  expect(withDe("Le Havre")).toBe("du Havre");
  expect(withDe("Les Ulis")).toBe("des Ulis");
  expect(withDe("La Rochelle")).toBe("de La Rochelle");
  expect(withDe("L'Haÿ-les-Roses")).toBe("de L'Haÿ-les-Roses");
  expect(withDe("Lesquin")).toBe("de Lesquin");
  expect(withDe("Orléans", "De")).toBe("D’Orléans");
  expect(withDe("Le Havre", "De")).toBe("Du Havre");
  // Text that is not a name is left as it is.
  expect(fillFrench("un don de {amount}", () => "25 €")).toBe("un don de 25 €");
});

test("à before a commune's name: never elided, contracted with le and les", () => {
  expect(withA("Nice")).toBe("à Nice");
  expect(withA("Ambérieu-en-Bugey")).toBe("à Ambérieu-en-Bugey");
  expect(withA("Le Havre")).toBe("au Havre");
  expect(withA("Les Ulis")).toBe("aux Ulis");
  expect(withA("Le Havre", "À")).toBe("Au Havre");
  expect(withA("Les Ulis", "À")).toBe("Aux Ulis");
  expect(withA("La Rochelle")).toBe("à La Rochelle");
  expect(withA("L'Haÿ-les-Roses")).toBe("à L'Haÿ-les-Roses");
  expect(withA("Lesquin")).toBe("à Lesquin");
  const values: Record<string, string> = { commune: "Le Havre", amount: "25 €" };
  const fill = (text: string) => fillFrench(text, (name) => values[name]);
  expect(fill("Agir à {commune}")).toBe("Agir au Havre");
  expect(fill("À {commune}, signez")).toBe("Au Havre, signez");
  expect(fill("de 1 € à {amount}")).toBe("de 1 € à 25 €");
  expect(translator("fr")("commune.volunteer.link", { commune: "Les Ulis" })).toBe("Devenir bénévole aux Ulis");
  expect(translator("en")("commune.volunteer.link", { commune: "Le Havre" })).toBe("Volunteer in Le Havre");
});

test("fillFrench elides only a whole word 'de' before a placeholder, and leaves unknown placeholders", () => {
  const values: Record<string, string> = { commune: "Ambérieu-en-Bugey", name: "Anne" };
  const fill = (text: string) => fillFrench(text, (name) => values[name]);
  expect(fill("La pétition de {commune}")).toBe("La pétition d’Ambérieu-en-Bugey");
  expect(fill("De {commune} à Nice")).toBe("D’Ambérieu-en-Bugey à Nice");
  expect(fill("Monde {commune}")).toBe("Monde Ambérieu-en-Bugey");
  expect(fill("de {unknown} et {commune}")).toBe("de {unknown} et Ambérieu-en-Bugey");
  expect(fill("à {commune}")).toBe("à Ambérieu-en-Bugey");
});

test("French messages elide 'de {commune}', in pages and emails; English ones are untouched", () => {
  const fr = translator("fr");
  expect(fr("admin.petitions.confirmClose", { commune: "Ambérieu-en-Bugey" })).toMatch(/^La pétition d’Ambérieu-en-Bugey n’acceptera plus/);
  expect(fr("admin.petitions.confirmClose", { commune: "Nice" })).toMatch(/^La pétition de Nice n’acceptera plus/);
  expect(fr("email.petitionDelivered.subject", { commune: "Orléans" })).toBe("Votre pétition a été remise à la mairie d’Orléans");
  expect(fr("email.signature.subject", { commune: "Le Havre" })).toBe("Confirmez votre signature\u00a0: pétition du Havre");
  expect(fr("documentRequests.page.title", { commune: "Ajaccio" })).toBe("Demande de documents à la mairie d’Ajaccio");
  expect(translator("en")("admin.petitions.confirmClose", { commune: "Ambérieu-en-Bugey" })).toContain("Ambérieu-en-Bugey");
});

test("document request letters elide 'de' before the commune too", () => {
  const values = { commune: "Issy-les-Moulineaux", maire: "Monsieur le Maire", projet: "", documents: "", nom: "", adresse: "", date: "" };
  expect(fillPlaceholders("Mairie de {commune}, à l'attention de {maire}", values)).toBe("Mairie d’Issy-les-Moulineaux, à l'attention de Monsieur le Maire");
  const referral = renderReferral({
    communeName: "Hyères",
    name: "Camille Martin",
    address: "1 rue de la Paix",
    email: "camille@example.org",
    sentOn: "2024-01-10",
    documents: ["Le marché public"],
    projectLabel: "",
    answerKind: null,
    answeredOn: null,
    date: "2024-03-01",
  });
  expect(JSON.stringify(referral)).toContain("par la commune d’Hyères");
  expect(JSON.stringify(referral)).toContain("à la mairie d’Hyères");
  expect(JSON.stringify(referral)).not.toContain("de Hyères");
});
