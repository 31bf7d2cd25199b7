// /recours.atom's entries (issue 29, item 13): an update is an entry of its own, with its own
// title and its own time, even when it was written before its action was published (it then
// shares the action's publication instant).
import { expect, test } from "vitest";
import { addLegalActionUpdate, createLegalAction, legalActionFeed, publishLegalAction } from "~/modules/legal-actions/legal-action.server";
import { addOrganizer } from "~/models/organizer.server";
import type { LegalActionInput } from "~/modules/legal-actions/schema";
import { RENNES } from "../factories/report";

const unique = () => Math.random().toString(36).slice(2, 10);

const input = (overrides: Partial<LegalActionInput> = {}): LegalActionInput => ({
  title: `Recours ${unique()}`,
  communes: "Rennes",
  project: "",
  court: "Tribunal administratif de Rennes",
  filedOn: "2026-09-15",
  status: "FILED",
  summary: "Le collectif demande l'annulation du marché.",
  documents: "",
  ...overrides,
});

test("each update of a legal action is its own feed entry: its own title and its own updated time, not the action's", async () => {
  const { id: organizerId } = await addOrganizer({ email: `org.${unique()}@collectif.example`, role: "ORGANIZER", addedBy: null });
  const fields = input();
  const { id } = await createLegalAction({ input: fields, inseeCodes: [RENNES], organizerId });
  // Written before publication: both get the action's publication instant.
  expect((await addLegalActionUpdate({ legalActionId: id, happenedOn: "2026-09-20", text: "Le tribunal enregistre la requête.", organizerId })).ok).toBe(true);
  const long = `Audience fixée au 4 décembre ; ${"le rapporteur public conclut à l'annulation du marché, ".repeat(4)}`;
  expect((await addLegalActionUpdate({ legalActionId: id, happenedOn: "2026-11-20", text: long, organizerId })).ok).toBe(true);
  expect((await publishLegalAction({ id, organizerId })).ok).toBe(true);

  const entries = (await legalActionFeed()).filter((entry) => entry.actionId === id);
  expect(entries).toHaveLength(3);
  const action = entries.find((entry) => entry.id === `action-${id}`);
  const updates = entries.filter((entry) => entry.id.startsWith("update-"));
  expect(action?.title).toBe(fields.title);
  expect(updates.map((entry) => entry.title).sort()).toEqual([
    `${fields.title} — 20 novembre 2026\u00a0: ${long.replace(/\s+/g, " ").slice(0, 119).trimEnd()}…`,
    `${fields.title} — 20 septembre 2026\u00a0: Le tribunal enregistre la requête.`,
  ]);
  // Each its own time: the day it happened, not the action's publication.
  expect(updates.map((entry) => entry.updated.toISOString()).sort()).toEqual(["2026-09-20T00:00:00.000Z", "2026-11-20T00:00:00.000Z"]);
  expect(updates.every((entry) => entry.updated.getTime() !== action?.updated.getTime())).toBe(true);
  expect(action?.updated.getTime()).toBe(action?.date.getTime());
});
