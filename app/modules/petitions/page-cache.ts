// The petitions' public pages shared between anonymous visitors (app/utils/page-cache.server.ts),
// assembled in app/page-cache-entries.server.ts. A page that reads query parameters names its
// schema: tests/unit/page-cache-entries.test.ts checks that `params` are its keys.
import type { SharedPage } from "~/utils/page-cache.server";
import { PetitionListQuerySchema } from "./list-schema";

export const petitionSharedPages = [
  { path: /^\/villes\/[^/]+\/petition\.json$/, periods: 1, params: [] },
  { path: /^\/petitions$/, periods: 1, params: ["tri"], query: PetitionListQuerySchema },
] satisfies SharedPage[];
