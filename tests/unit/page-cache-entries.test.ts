// The shared pages (app/page-cache-entries.server.ts, each feature's app/modules/<feature>/page-cache.ts):
// a copy is keyed by the query parameters its entry names, and only those, so a parameter the
// page reads and the entry does not name would give every value of it one and the same copy.
import { describe, expect, test } from "vitest";
import { SHARED_PAGES } from "~/page-cache-entries.server";
import { sharedPeriods, type SharedPage } from "~/utils/page-cache.server";

const pages: readonly SharedPage[] = SHARED_PAGES;

describe("shared pages", () => {
  test.each(pages.map((page) => [page.path.source, page] as const))("%s names exactly the query parameters its schema parses", (_, page) => {
    const parsed = page.query ? Object.keys(page.query.shape) : [];
    expect([...page.params].sort()).toEqual(parsed.sort());
  });

  test("each path is declared once", () => {
    const sources = SHARED_PAGES.map((page) => page.path.source);
    expect(sources).toEqual([...new Set(sources)]);
  });

  test("the busiest public pages are shared, the commune search longer, the others not", () => {
    const periods = (path: string) => sharedPeriods("GET", path, undefined, SHARED_PAGES);
    expect(
      Object.fromEntries(
        ["/", "/villes/nice", "/villes/nice/petition.json", "/petitions", "/projets", "/recours", "/villes", "/api/communes"].map((path) => [
          path,
          periods(path),
        ]),
      ),
    ).toEqual({
      "/": 1,
      "/villes/nice": 1,
      "/villes/nice/petition.json": 1,
      "/petitions": 1,
      "/projets": 1,
      "/recours": 1,
      "/villes": 60,
      "/api/communes": 60,
    });
    for (const path of ["/signaler", "/projets/nice-drones", "/carte", "/admin", "/villes/nice/merci", "/projets.data"]) expect(periods(path), path).toBe(0);
    expect(sharedPeriods("POST", "/", undefined, SHARED_PAGES)).toBe(0);
    expect(sharedPeriods("GET", "/", "session=abc", SHARED_PAGES)).toBe(0);
  });
});
