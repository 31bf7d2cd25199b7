import { expect, test } from "vitest";
import { meta as eventMeta } from "~/routes/agenda.$slug";
import { meta as groupMeta } from "~/routes/groupes.$slug";

type MetaArgs = Parameters<typeof eventMeta>[0];
const root = (lang: "fr" | "en") => ({ id: "root", data: { lang, origin: "https://technopolice.example", path: "/agenda/cartopartie" } });
const content = (tags: ReturnType<typeof eventMeta>, property: string) => {
  const tag = tags.find((candidate) => "property" in candidate && candidate.property === property) as { content?: string } | undefined;
  return tag?.content;
};

const event = {
  title: "Cartopartie du port",
  description: "Repérage des caméras autour du port.",
  startsAt: new Date("2026-12-12T13:00:00Z"),
  online: false,
  commune: { name: "Marseille" },
};

test("a shared event's preview says when and where before what, in the reader's language", () => {
  const french = eventMeta({ data: { event }, matches: [root("fr")] } as unknown as MetaArgs);
  expect(content(french, "og:title")).toBe("Cartopartie du port");
  expect(content(french, "og:description")).toMatch(/^12 décembre 2026 à 14:00 · Marseille\. Repérage des caméras/);
  const english = eventMeta({ data: { event: { ...event, online: true, commune: null } }, matches: [root("en")] } as unknown as MetaArgs);
  expect(content(english, "og:description")).toMatch(/^12 December 2026 at 14:00 · Online\. Repérage/);
});

test("a group's preview is cut at a word, with an ellipsis, never in the middle of one", () => {
  const presentation = `${"Nous documentons la safe city marseillaise ".repeat(6)}et les projets votés sans débat.`;
  const tags = groupMeta({ data: { title: "Technopolice Marseille", group: { presentation } }, matches: [root("fr")] } as unknown as Parameters<
    typeof groupMeta
  >[0]);
  const description = content(tags, "og:description")!;
  expect(description.length).toBeLessThanOrEqual(201);
  expect(description.endsWith("…")).toBe(true);
  expect(presentation.startsWith(description.slice(0, -1))).toBe(true);
  expect(presentation[description.length - 1]).toBe(" ");
});
