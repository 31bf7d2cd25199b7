import { expect, test } from "vitest";
import { en } from "~/locales/en";
import { fr } from "~/locales/fr";

test("French and English have exactly the same keys", () => {
  const french = Object.keys(fr).sort();
  const english = Object.keys(en).sort();
  expect(
    french.filter((key) => !english.includes(key)),
    "missing in English",
  ).toEqual([]);
  expect(
    english.filter((key) => !french.includes(key)),
    "missing in French",
  ).toEqual([]);
});

test("no message is empty, and both languages use the same placeholders", () => {
  for (const key of Object.keys(fr) as (keyof typeof fr)[]) {
    expect(fr[key].trim(), key).not.toBe("");
    expect(en[key].trim(), key).not.toBe("");
    const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)(?:\}|, plural, )/g)].map((m) => m[1]))].sort();
    expect(placeholders(en[key]), key).toEqual(placeholders(fr[key]));
  }
});

test("the site's name is a name: Technopolice, capitalised, wherever it is not an address (issue 29)", () => {
  for (const catalogue of [fr, en]) {
    for (const [key, text] of Object.entries(catalogue)) {
      // technopolice.fr, contact@technopolice.fr, https://technopolice.example: addresses, not names.
      expect(text.replace(/[\w.+-]*@?[\w-]*technopolice[\w-]*\.[a-z]{2,}[\w/.-]*/g, ""), key).not.toMatch(/\btechnopolice\b/);
    }
  }
});

test("plurals, numbers and French typography go through the translator", async () => {
  const { formatNumber, frenchTypography, translator } = await import("~/utils/i18n");
  const tfr = translator("fr");
  const ten = translator("en");
  expect(tfr("reports.list.projectCount", { count: 0 })).toBe("0 projet");
  expect(tfr("reports.list.projectCount", { count: 1 })).toBe("1 projet");
  expect(tfr("reports.list.projectCount", { count: 5000 })).toBe("5\u202f000 projets");
  expect(ten("reports.list.projectCount", { count: 0 })).toBe("0 projects");
  expect(ten("reports.list.projectCount", { count: 1 })).toBe("1 project");
  expect(formatNumber("fr", 5000)).toBe("5\u202f000");
  expect(formatNumber("en", 5000)).toBe("5,000");
  expect(frenchTypography("Raison : « oui » ? Non !")).toBe("Raison\u00a0: «\u00a0oui\u00a0»\u00a0? Non\u00a0!");
  expect(tfr("search.results", { count: 2, query: "Lyon" })).toBe("2 communes pour «\u00a0Lyon\u00a0»");
  // A number passed already written out still reads as a sentence, never as the plural's syntax.
  expect(tfr("reports.list.projectCount", { count: "5\u202f000" })).toBe("5\u202f000 projets");
  // A key built at run time that does not exist shows itself, never crashes the page.
  expect(tfr("no.such.key" as never)).toBe("no.such.key");
});

test('no message writes plurals as "(s)"', () => {
  for (const [key, text] of [...Object.entries(fr), ...Object.entries(en)]) expect(text, key).not.toMatch(/\((s|es|x|e)\)/);
});

test("error messages are keys, or keys with values; anything else is not shown as is", async () => {
  const { messageWithParams, parseMessage } = await import("~/utils/i18n");
  expect(parseMessage("errors.email.required")).toEqual({ key: "errors.email.required" });
  expect(parseMessage(messageWithParams("reports.errors.file.tooLarge", { name: "a|b.pdf" }))).toEqual({
    key: "reports.errors.file.tooLarge",
    params: { name: "a|b.pdf" },
  });
  expect(parseMessage("Invalid input")).toBeNull();
  expect(parseMessage("no.such.key")).toBeNull();
  expect(parseMessage("errors.email.required|not json")).toEqual({ key: "errors.email.required" });
});
