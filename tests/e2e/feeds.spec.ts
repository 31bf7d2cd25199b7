// The Atom feeds, read with a real XML parser (the browser's DOMParser): well formed, in the Atom
// namespace, each with its language (xml:lang); an update of a legal action is an entry of its own,
// with its own title and time (issue 29, item 13). @once: the parser runs as a script in the page.
import type { Page } from "@playwright/test";
import { addLegalActionUpdate, createLegalAction, publishLegalAction } from "~/modules/legal-actions/legal-action.server";
import { addOrganizer } from "~/models/organizer.server";
import { stopJobClient } from "~/utils/jobs.server";
import { expect, test } from "./fixtures";

test.afterAll(async () => {
  await stopJobClient();
});

const unique = () => Math.random().toString(36).slice(2, 10);

type Feed = { error: string | null; namespace: string | null; lang: string | null; updated: string; entries: { id: string; title: string; updated: string }[] };

async function readFeed(page: Page, path: string): Promise<Feed> {
  const response = await page.request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/atom+xml");
  const xml = await response.text();
  return page.evaluate((text) => {
    const atom = "http://www.w3.org/2005/Atom";
    const doc = new DOMParser().parseFromString(text, "application/xml");
    const failure = doc.getElementsByTagName("parsererror")[0];
    const root = doc.documentElement;
    const child = (parent: Element, name: string) =>
      [...parent.children].find((node) => node.namespaceURI === atom && node.localName === name)?.textContent ?? "";
    return {
      error: failure ? (failure.textContent ?? "parser error") : null,
      namespace: root.localName === "feed" ? root.namespaceURI : null,
      lang: root.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"),
      updated: child(root, "updated"),
      entries: [...root.children]
        .filter((node) => node.namespaceURI === atom && node.localName === "entry")
        .map((entry) => ({ id: child(entry, "id"), title: child(entry, "title"), updated: child(entry, "updated") })),
    };
  }, xml);
}

test("every Atom feed parses as Atom and says its language; a legal action's updates are entries of their own @once", async ({ page }) => {
  const { id: organizerId } = await addOrganizer({ email: `org.${unique()}@collectif.example`, role: "ORGANIZER", addedBy: null });
  const title = `Recours contre les caméras ${unique()}`;
  const { id } = await createLegalAction({
    input: {
      title,
      communes: "Nice",
      project: "",
      court: "Tribunal administratif de Nice",
      filedOn: "2026-09-15",
      status: "FILED",
      summary: "Le collectif demande l'annulation du marché.",
      documents: "",
    },
    inseeCodes: ["06088"],
    organizerId,
  });
  // Written before publication: both updates are published at the action's instant.
  await addLegalActionUpdate({ legalActionId: id, happenedOn: "2026-09-20", text: "Le tribunal enregistre la requête.", organizerId });
  await addLegalActionUpdate({ legalActionId: id, happenedOn: "2026-11-20", text: "Audience fixée au 4 décembre.", organizerId });
  await publishLegalAction({ id, organizerId });

  await page.goto("/mentions-legales");
  for (const path of ["/recours.atom", "/demandes.atom", "/projets.atom", "/projets/nice-reconnaissance-faciale-au-lycee-les-eucalyptus/flux.atom"]) {
    const feed = await readFeed(page, path);
    expect(feed.error, path).toBeNull();
    expect(feed.namespace, path).toBe("http://www.w3.org/2005/Atom");
    expect(feed.lang, path).toBe("fr");
  }

  const feed = await readFeed(page, "/recours.atom");
  const ours = feed.entries.filter((entry) => entry.id.includes(`/recours/${id}#`));
  const action = ours.find((entry) => entry.id.endsWith(`#action-${id}`));
  const updates = ours.filter((entry) => entry.id.includes("#update-"));
  expect(action?.title).toBe(title);
  expect(updates.map((entry) => entry.title).sort()).toEqual([
    `${title} — 20 novembre 2026\u00a0: Audience fixée au 4 décembre.`,
    `${title} — 20 septembre 2026\u00a0: Le tribunal enregistre la requête.`,
  ]);
  expect(updates.map((entry) => entry.updated).sort()).toEqual(["2026-09-20T00:00:00.000Z", "2026-11-20T00:00:00.000Z"]);
  expect(updates.map((entry) => entry.updated)).not.toContain(action?.updated);
});
