// The skeleton of an email (app/utils/email-skeleton.server.ts): filled in, it is what React Email
// renders, byte for byte; and what it cannot fill exactly, it refuses, so that the email is
// rendered in full. Templates of our own here, small, each one built to defeat a fill.
import { Heading } from "@react-email/heading";
import { Html } from "@react-email/html";
import { Link } from "@react-email/link";
import { Preview } from "@react-email/preview";
import { Text } from "@react-email/text";
import { render, toPlainText } from "@react-email/render";
import type { ReactElement } from "react";
import { expect, test } from "vitest";
import { compileSkeleton, escapeHtml, fillSkeleton, LruMap, printable } from "~/utils/email-skeleton.server";

async function full(element: ReactElement) {
  const html = await render(element);
  return { html, text: toPlainText(html) };
}

const linked = ([href, label]: string[]) => (
  <Html lang="fr">
    <Text>
      Lire la suite <Link href={href}>{label}</Link>
    </Text>
    <Text>
      <Link href={`${href}#fin`}>{href}</Link> et {label} ; « {label} »
    </Text>
  </Html>
);

test("escapes as React does, in text and in attributes", async () => {
  const value = `a&b<c>d"e'f`;
  expect(escapeHtml(value)).toBe("a&amp;b&lt;c&gt;d&quot;e&#x27;f");
  expect(await render(<a title={value}>{value}</a>)).toContain(`<a title="${escapeHtml(value)}">${escapeHtml(value)}</a>`);
});

test("a filled skeleton is the full render, values with & < > \" ' accents, emoji, no-break spaces and long ones", async () => {
  const skeleton = await compileSkeleton((values) => render(linked(values)), 2);
  expect(skeleton).not.toBeNull();
  const values = [
    ["https://technopolice.example/a?x=1&y=<2>", `Caméras « <b>intelligentes</b> » & "VSA" d’l’État 🎥`],
    ["https://technopolice.example/ü/日本", "x".repeat(400)],
    ["https://technopolice.example/" + "mot ".repeat(90) + "fin", "un deux trois"],
  ];
  for (const pair of values) {
    expect(pair.every(printable)).toBe(true);
    expect(fillSkeleton(skeleton!, pair)).toEqual(await full(linked(pair)));
  }
});

test("when a link's address would equal its text, toPlainText drops the address: the fill refuses", async () => {
  const skeleton = await compileSkeleton((values) => render(linked(values)), 2);
  const same = ["https://technopolice.example/x", "https://technopolice.example/x"];
  expect(fillSkeleton(skeleton!, same)).toBeNull();
  // What the full render does with them, which the fill would have missed.
  expect((await full(linked(same))).text.split("\n")[0]).toBe("Lire la suite https://technopolice.example/x");
});

test("values that html-to-text or the UTF-8 round trip would change are not printable", () => {
  for (const value of [
    "ab",
    " lead",
    "trail ",
    "two  spaces",
    "new\nline",
    "tab\tx",
    "zero\u200bwidth",
    "nul\u0000x",
    "#anchor",
    "mailto:a@b.c",
    "x".repeat(401),
    "lone \ud800 half",
  ]) {
    expect(printable(value), JSON.stringify(value)).toBe(false);
  }
  for (const value of ["abc", "Saint-Étienne", "a\u00a0b", "🎥🎥", "https://technopolice.example/x?y=1&z=2"]) expect(printable(value)).toBe(true);
});

test("a template that measures, cuts or upper-cases a value cannot be filled: it is always rendered in full", async () => {
  // React Email's <Preview> pads its text to 150 characters and cuts it there.
  expect(
    await compileSkeleton(
      ([value]) =>
        render(
          <Html>
            <Preview>{`Bonjour ${value}`}</Preview>
            <Text>texte</Text>
          </Html>,
        ),
      1,
    ),
  ).toBeNull();
  // html-to-text writes headings in capitals.
  expect(
    await compileSkeleton(
      ([value]) =>
        render(
          <Html>
            <Heading as="h2">{value}</Heading>
          </Html>,
        ),
      1,
    ),
  ).toBeNull();
  // A template that looks at the value.
  expect(
    await compileSkeleton(
      ([value]) =>
        render(
          <Html>
            <Text>{value.length > 20 ? "long" : value}</Text>
          </Html>,
        ),
      1,
    ),
  ).toBeNull();
});

test("the cache of shapes forgets the least recently used past its size", () => {
  const shapes = new LruMap<string, number>(2);
  shapes.set("a", 1);
  shapes.set("b", 2);
  expect(shapes.get("a")).toBe(1); // "b" is now the least recently used
  shapes.set("c", 3);
  expect([shapes.get("a"), shapes.get("b"), shapes.get("c")]).toEqual([1, undefined, 3]);
});
