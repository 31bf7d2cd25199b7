// The local groups' public pages shared between anonymous visitors (app/utils/page-cache.server.ts),
// assembled in app/page-cache-entries.server.ts. A group's page reads no query parameter (its
// notices come in a flash cookie, which makes the request a private one); the list reads its
// search. A copy lives one period: a new member, date or petition shows within two seconds.
import type { SharedPage } from "~/utils/page-cache.server";
import { GroupSearchSchema } from "./schema";

export const groupSharedPages = [
  { path: /^\/groupes$/, periods: 1, params: ["q"], query: GroupSearchSchema },
  { path: /^\/groupes\/[^/]+$/, periods: 1, params: [] },
] satisfies SharedPage[];
