// Every message key the schemas give for the invalid cases of this folder is in both catalogs: a
// key missing from one would show the visitor the raw key (or crash the translator).
import { expect, test } from "vitest";
import { en } from "~/locales/en";
import { fr } from "~/locales/fr";
import * as documentRequest from "./cases/document-request";
import * as donation from "./cases/donation";
import * as legalAction from "./cases/legal-action";
import * as petitionAdmin from "./cases/petition-admin";
import * as petitionSignature from "./cases/petition-signature";
import * as project from "./cases/project";
import * as report from "./cases/report";
import * as small from "./cases/small";
import * as volunteer from "./cases/volunteer";
import { issuesOf, withPatch, type SchemaCases } from "./support";

const isCases = (value: unknown): value is SchemaCases => typeof value === "object" && value !== null && "schema" in value && "rejects" in value;

const allCases = [documentRequest, donation, legalAction, petitionAdmin, petitionSignature, project, report, small, volunteer]
  .flatMap((module) => Object.values(module))
  .flatMap((value) => (Array.isArray(value) ? value : [value]))
  .filter(isCases);

// A translation key ("errors.email.invalid"), not one of Zod's own English messages.
const KEY = /^[a-z][a-zA-Z]*(\.[a-zA-Z]+)+$/;

test("every error key the schemas give is in fr.ts and en.ts", () => {
  const keys = new Set<string>();
  for (const { schema, base, rejects } of allCases) {
    for (const { patch, messages } of rejects) {
      for (const message of messages ?? []) keys.add(message);
      for (const { message } of issuesOf(schema, withPatch(base, patch))) if (KEY.test(message)) keys.add(message);
    }
  }
  expect(keys.size).toBeGreaterThan(80);
  const missing = (catalog: Record<string, string>) => [...keys].filter((key) => !(key in catalog)).sort();
  expect(missing(fr), "missing in fr.ts").toEqual([]);
  expect(missing(en), "missing in en.ts").toEqual([]);
});
