// French élision and contraction of "de" before a name, shared by the server and the browser.

// Names whose h is mute ("d'Hyères"): the h of most commune names is aspirated ("de Haguenau",
// "de Honfleur"), so a name beginning with h elides only when it is listed here (its first word).
const MUTE_H = new Set(["hyères", "hérouville", "hénin", "herblay", "hendaye", "héricourt", "hennebont", "hellemmes"]);

const VOWEL = /^[aeiouàâäéèêëîïôöùûüœæ]/i;

/** Whether "de" elides before this word: a vowel, y before a consonant ("d'Yvetot"), or a mute h. */
function elides(word: string) {
  const lower = word.normalize("NFC").toLowerCase();
  if (VOWEL.test(lower)) return true;
  if (/^y[^aeiouyàâäéèêëîïôöùûü]/.test(lower)) return true;
  if (lower.startsWith("h")) return MUTE_H.has(lower.split(/[\s-]/)[0]);
  return false;
}

/**
 * "de" and a name as French writes them: "de Nice", "d'Ambérieu-en-Bugey", "d'Hyères",
 * "de Haguenau", and the article's contraction: "du Havre", "des Ulis" ("de La Rochelle" and
 * "de L'Haÿ-les-Roses" keep theirs). `De` at the start of a sentence gives "D’", "Du", "Des".
 * The apostrophe is the typographic one (’), as everywhere the site writes French.
 * Anything that does not start with a letter (a number, an amount) is left as "de 25 €".
 */
export function withDe(name: string, de: "de" | "De" = "de") {
  const capital = de === "De";
  const article = /^(les?) (.+)$/i.exec(name);
  if (article) return `${capital ? (article[1].length === 3 ? "Des" : "Du") : article[1].length === 3 ? "des" : "du"} ${article[2]}`;
  return elides(name) ? `${capital ? "D" : "d"}’${name}` : `${de} ${name}`;
}

/**
 * "à" and a name as French writes them: "à Nice", "à Ambérieu-en-Bugey" (à never elides), and the
 * article's contraction: "au Havre", "aux Ulis" ("à La Rochelle", "à L'Haÿ-les-Roses" keep
 * theirs). `À` at the start of a sentence gives "Au", "Aux".
 */
export function withA(name: string, a: "à" | "À" = "à") {
  const capital = a === "À";
  const article = /^(les?) (.+)$/i.exec(name);
  if (!article) return `${a} ${name}`;
  const contracted = article[1].length === 3 ? "aux" : "au";
  return `${capital ? `A${contracted.slice(1)}` : contracted} ${article[2]}`;
}

/**
 * Fills "{name}" placeholders in French text, writing "de {name}" as `withDe` does and
 * "à {name}" as `withA` does. `value` gives a placeholder's text, or undefined to leave it as it is.
 */
export function fillFrench(text: string, value: (name: string) => string | undefined) {
  return text.replace(
    /(^|[^\p{L}'’])([Dd]e|[Àà]) \{(\w+)\}|\{(\w+)\}/gu,
    (whole, before: string, word: "de" | "De" | "à" | "À" | undefined, afterWord: string, alone: string) => {
      if (word) {
        const filled = value(afterWord);
        if (filled === undefined) return whole;
        if (!/^\p{L}/u.test(filled)) return `${before}${word} ${filled}`;
        return `${before}${word === "à" || word === "À" ? withA(filled, word) : withDe(filled, word)}`;
      }
      return value(alone) ?? whole;
    },
  );
}
