// Every public page shared between anonymous visitors (app/utils/page-cache.server.ts): the
// pages of no feature module yet (the home page, the commune pages and the commune search), then
// each module's declaration (app/modules/<feature>/page-cache.ts). It sits beside the entry
// points, as JOBS (app/jobs/worker.server.ts) does, since utils do not import modules;
// app/entry.server.tsx passes it to the page cache. A module's new shared page, or a new query
// parameter of one, touches its folder only; tests/unit/page-cache-entries.test.ts ties each
// entry's parameters to the schema its page parses.
import { CommuneSearchSchema } from "~/schemas/commune-search";
import { legalActionSharedPages } from "~/modules/legal-actions/page-cache";
import { petitionSharedPages } from "~/modules/petitions/page-cache";
import { projectSharedPages } from "~/modules/projects/page-cache";
import { calendarSharedPages } from "~/modules/calendar/page-cache";
import { groupSharedPages } from "~/modules/groups/page-cache";
import type { SharedPage } from "~/utils/page-cache.server";

export const SHARED_PAGES = [
  { path: /^\/$/, periods: 1, params: [] },
  { path: /^\/villes\/[^/]+$/, periods: 1, params: [] },
  { path: /^\/villes$/, periods: 60, params: ["q"], query: CommuneSearchSchema },
  { path: /^\/api\/communes$/, periods: 60, params: ["q"], query: CommuneSearchSchema },
  ...petitionSharedPages,
  ...projectSharedPages,
  ...legalActionSharedPages,
  ...calendarSharedPages,
  ...groupSharedPages,
] satisfies SharedPage[];
