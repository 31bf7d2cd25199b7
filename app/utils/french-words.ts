// Amounts in French words, as a tax receipt states them ("cent vingt-cinq euros et cinquante centimes").
const UNITS = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize"];
const TENS = ["", "dix", "vingt", "trente", "quarante", "cinquante", "soixante", "soixante", "quatre-vingt", "quatre-vingt"];

function belowHundred(n: number): string {
  if (n <= 16) return UNITS[n];
  if (n < 20) return `dix-${UNITS[n - 10]}`;
  const ten = Math.floor(n / 10);
  if (n % 10 === 1 && ten !== 8 && ten !== 9) return `${TENS[ten]} et ${ten === 7 ? "onze" : "un"}`;
  let unit = n % 10;
  if (ten === 7 || ten === 9) unit += 10;
  if (unit === 0) return ten === 8 ? "quatre-vingts" : TENS[ten];
  return `${TENS[ten]}-${belowHundred(unit)}`;
}

function belowThousand(n: number, final: boolean): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const head = hundreds === 0 ? "" : hundreds === 1 ? "cent" : `${UNITS[hundreds]} cent${rest === 0 && final ? "s" : ""}`;
  let tail = rest === 0 ? "" : belowHundred(rest);
  if (!final && tail === "quatre-vingts") tail = "quatre-vingt";
  return [head, tail].filter(Boolean).join(" ");
}

/** Integer in French words (up to 999 999 999). */
export function integerInFrenchWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999_999_999) throw new RangeError(`cannot write ${n} in words`);
  if (n === 0) return "zéro";
  const millions = Math.floor(n / 1_000_000);
  const thousands = Math.floor((n % 1_000_000) / 1000);
  const rest = n % 1000;
  const parts: string[] = [];
  if (millions) parts.push(`${belowThousand(millions, true)} million${millions > 1 ? "s" : ""}`);
  if (thousands) parts.push(thousands === 1 ? "mille" : `${belowThousand(thousands, false)} mille`);
  if (rest) parts.push(belowThousand(rest, true));
  return parts.join(" ");
}

/** 12550 (cents) → "cent vingt-cinq euros et cinquante centimes". */
export function eurosInFrenchWords(cents: number): string {
  const euros = Math.floor(cents / 100);
  const centimes = cents % 100;
  const main = `${integerInFrenchWords(euros)} euro${euros > 1 ? "s" : ""}`;
  const withDe = euros >= 1_000_000 && euros % 1_000_000 === 0 ? main.replace(/ euros$/, " d'euros") : main;
  return centimes ? `${withDe} et ${integerInFrenchWords(centimes)} centime${centimes > 1 ? "s" : ""}` : withDe;
}
