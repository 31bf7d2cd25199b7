import type { LoaderFunctionArgs } from "@remix-run/node";
import { feedCalendar } from "~/modules/calendar/feeds.server";
import { icsResponse } from "~/utils/ics.server";
import { getLang } from "~/utils/lang.server";

/** One event's iCalendar file: "add to my calendar", a plain link that works without JavaScript. */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const slug = params.slug ?? "";
  const ics = slug.length <= 120 ? await feedCalendar({ kind: "event", slug }, await getLang(request)) : null;
  if (!ics) throw new Response("Not found", { status: 404 });
  return icsResponse(ics, { filename: `${slug}.ics`, download: true });
}
