import { expect, test } from "vitest";
import { englishTypography, frenchTypography, prose, typography } from "~/utils/typography";

const S = "\u00a0"; // no-break space
const N = "\u202f"; // narrow no-break space

const french: [string, string, string][] = [
  ["apostrophe between letters", "l'école d'Aujourd'hui", "l’école d’Aujourd’hui"],
  ["apostrophe before an accented capital", "d'Évry", "d’Évry"],
  ["apostrophe before a guillemet", "détection d'« émotions »", `détection d’«${S}émotions${S}»`],
  ["a quote that is not between letters is left", "'oui' et 5'", "'oui' et 5'"],
  ["space before colon", "Raison : oui", `Raison${S}: oui`],
  ["space before ; ! ?", "Non ; vraiment ! Pourquoi ?", `Non${S}; vraiment${S}! Pourquoi${S}?`],
  ["several spaces become one", "Voici   :", `Voici${S}:`],
  ["colon at the end of a line", "Exemples :\n- un\n- deux", `Exemples${S}:\n- un\n- deux`],
  ["a line break before a colon is kept", "Exemples\n: un", "Exemples\n: un"],
  ["guillemets with ordinary spaces", "des caméras « intelligentes » ici", `des caméras «${S}intelligentes${S}» ici`],
  ["guillemets with no space", "«oui»", `«${S}oui${S}»`],
  ["closing guillemet before punctuation", "« safe city ».", `«${S}safe city${S}».`],
  ["nested guillemets", "« Il a dit « non » hier »", `«${S}Il a dit “non” hier${S}»`],
  ["nested guillemets twice", "« a « b » c « d » e »", `«${S}a “b” c “d” e${S}»`],
  ["two levels deep", "« a « b « c » d » e »", `«${S}a “b “c” d” e${S}»`],
  ["an unmatched closing guillemet", "fin »", `fin${S}»`],
  ["times are not punctuation", "Rendez-vous à 10:30, score 5:2", "Rendez-vous à 10:30, score 5:2"],
  ["no space before a colon is left alone", "Attention: ici", "Attention: ici"],
  ["a URL keeps its colon", "Source : https://example.org/a?b=c&d=e", `Source${S}: https://example.org/a?b=c&d=e`],
  ["a URL with an apostrophe and ! is untouched", "Voir http://ex.org/l'a!b ?", `Voir http://ex.org/l'a!b${S}?`],
  ["a URL ending a sentence", "Lire https://ex.org/page.", "Lire https://ex.org/page."],
  ["a URL inside guillemets", "« https://ex.org/x »", `«${S}https://ex.org/x${S}»`],
  ["a URL touching guillemets", "«https://ex.org/x»", `«${S}https://ex.org/x${S}»`],
  ["www address", "www.l'exemple.fr : oui", `www.l'exemple.fr${S}: oui`],
  ["email address", "Écrire à o'brien@exemple.fr : merci", `Écrire à o'brien@exemple.fr${S}: merci`],
  ["mailto", "mailto:l'ami@ex.fr", "mailto:l'ami@ex.fr"],
  ["code between backticks", "Tapez `a ? b : c` puis l'entrée", "Tapez `a ? b : c` puis l’entrée"],
  ["already correct with U+00A0", `l’école${S}: «${S}oui${S}»${S}!`, `l’école${S}: «${S}oui${S}»${S}!`],
  ["already correct with U+202F", `Pourquoi${N}? Non${N}!${N}; «${N}oui${N}»`, `Pourquoi${N}? Non${N}!${N}; «${N}oui${N}»`],
  ["empty", "", ""],
  ["nothing to do", "Nice", "Nice"],
];

test.each(french)("French: %s", (_name, input, expected) => {
  expect(frenchTypography(input)).toBe(expected);
});

test.each(french)("French, idempotent: %s", (_name, input) => {
  const once = frenchTypography(input);
  expect(frenchTypography(once)).toBe(once);
});

test("English gets curly apostrophes only", () => {
  expect(englishTypography("Don't sign : it's « fine » ?")).toBe("Don’t sign : it’s « fine » ?");
  expect(englishTypography("see https://ex.org/don't")).toBe("see https://ex.org/don't");
  expect(typography("en", "can't")).toBe("can’t");
  expect(typography("fr", "l'a :")).toBe(`l’a${S}:`);
});

test("prose passes null and undefined through", () => {
  expect(prose(null)).toBeNull();
  expect(prose(undefined)).toBeUndefined();
  expect(prose("C'est « ça » !")).toBe(`C’est «${S}ça${S}»${S}!`);
});
