// The projects' public pages shared between anonymous visitors (app/utils/page-cache.server.ts),
// assembled in app/page-cache-entries.server.ts. A page that reads query parameters names its
// schema: tests/unit/page-cache-entries.test.ts checks that `params` are its keys.
import type { SharedPage } from "~/utils/page-cache.server";
import { ProjectListFilterSchema } from "./report-schema";

export const projectSharedPages = [{ path: /^\/projets$/, periods: 1, params: ["type", "departement"], query: ProjectListFilterSchema }] satisfies SharedPage[];
