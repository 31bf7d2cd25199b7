import { expect, test } from "vitest";
import { en } from "~/locales/en";
import { fr } from "~/locales/fr";

test("French and English have exactly the same keys", () => {
  const french = Object.keys(fr).sort();
  const english = Object.keys(en).sort();
  expect(french.filter((key) => !english.includes(key)), "missing in English").toEqual([]);
  expect(english.filter((key) => !french.includes(key)), "missing in French").toEqual([]);
});

test("no message is empty, and both languages use the same placeholders", () => {
  for (const key of Object.keys(fr) as (keyof typeof fr)[]) {
    expect(fr[key].trim(), key).not.toBe("");
    expect(en[key].trim(), key).not.toBe("");
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(placeholders(en[key]), key).toEqual(placeholders(fr[key]));
  }
});
