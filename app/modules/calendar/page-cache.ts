// The calendar's public pages shared between anonymous visitors (app/utils/page-cache.server.ts),
// assembled in app/page-cache-entries.server.ts. /agenda reads its filters from the query string:
// tests/unit/page-cache-entries.test.ts checks that `params` are its schema's keys. A copy lives
// one period (PAGE_CACHE_SECONDS): an event published, changed or cancelled shows within two, as
// a petition's count does; nothing has to be invalidated. The ICS, Atom and JSON feeds are not
// shared copies (the page cache keeps HTML and JSON pages only; the feeds are read by calendar
// clients about once an hour and carry their own Cache-Control).
import type { SharedPage } from "~/utils/page-cache.server";
import { AgendaQuerySchema } from "./schema";

export const calendarSharedPages = [
  { path: /^\/agenda$/, periods: 1, params: ["departement", "type", "du", "au"], query: AgendaQuerySchema },
  { path: /^\/agenda\.json$/, periods: 5, params: [] },
] satisfies SharedPage[];
