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
 * Fills "{name}" placeholders in French text, writing "de {name}" as `withDe` does. `value`
 * gives a placeholder's text, or undefined to leave it as it is.
 */
export function fillFrench(text: string, value: (name: string) => string | undefined) {
  return text.replace(/(^|[^\p{L}'’])([Dd]e) \{(\w+)\}|\{(\w+)\}/gu, (whole, before: string, de: "de" | "De" | undefined, afterDe: string, alone: string) => {
    if (de) {
      const filled = value(afterDe);
      return filled === undefined ? whole : `${before}${/^\p{L}/u.test(filled) ? withDe(filled, de) : `${de} ${filled}`}`;
    }
    return value(alone) ?? whole;
  });
}
