// The legal actions' public pages shared between anonymous visitors
// (app/utils/page-cache.server.ts), assembled in app/page-cache-entries.server.ts. A page that
// reads query parameters names its schema: tests/unit/page-cache-entries.test.ts checks that
// `params` are its keys.
import type { SharedPage } from "~/utils/page-cache.server";
import { LegalActionFiltersSchema } from "./schema";

export const legalActionSharedPages = [
  { path: /^\/recours$/, periods: 1, params: ["statut", "ville"], query: LegalActionFiltersSchema },
] satisfies SharedPage[];
